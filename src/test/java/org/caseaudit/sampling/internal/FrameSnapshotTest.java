package org.caseaudit.sampling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.caseaudit.sampling.Frame;
import org.caseaudit.sampling.FrameItem;
import org.junit.jupiter.api.Test;

class FrameSnapshotTest {

    /**
     * A snapshot in the text format, exactly as the code before format 2 wrote it (SamplingJson.frameItems at commit
     * 46650a1) for the items of {@link #LEGACY_ITEMS}: stored samples hold blobs like this one.
     */
    private static final String LEGACY_TEXT_SNAPSHOT = "H4sIAAAAAAAA/zM0MOR0DtI1BFJ++UUlGQqOxcWpxcW5qXklCiGpiblchgZGQAUxJUA6"
            + "JiaR0zkjMydFIaAovyQ1uSQzP0/BNbG4BKjIGGKKcUxecWpyfl6KQk5mXmpMEU5DTTidE9MOr1R4NGOqwoe5LfM4D3cWlmYWpCoEl6YAjTPl"
            + "BGGNvHyFEqAjNLkA7tY43qcAAAA=";

    private static final List<FrameItem> LEGACY_ITEMS = List.of(
            new FrameItem(101, "CR-101", "North Assessment Team"),
            new FrameItem(102, "CR\t102\\a", "Child Protection East"),
            new FrameItem(103, "CR-103\nsecond line\r", "North Assessment Team"),
            new FrameItem(104, "Café ☕ 𝄞", "Équipe Sud"),
            new FrameItem(105, null, null));

    @Test
    void format_2_gives_back_exactly_the_items_written() {
        List<FrameItem> items = new ArrayList<>(LEGACY_ITEMS);
        items.add(new FrameItem(106, "CR-101", "North Assessment Team")); // same reference as an earlier case
        items.add(new FrameItem(107, "CR-101", "North Assessment Team")); // same reference as the previous case
        items.add(new FrameItem(108, "C", "x".repeat(300)));               // shorter than the previous; long team
        items.add(new FrameItem(1080, "é".repeat(200), "Team\twith\ttabs\n"));
        items.add(new FrameItem(109, "𝄞𝄟", "(no team)"));
        items.add(new FrameItem(10, "𝄞𝄠", "North Assessment Team"));          // shares 3 of a character's 4 bytes
        for (List<FrameItem> frame : List.of(List.<FrameItem>of(), items, manyTeams(), register(200_000))) {
            byte[] stored = FrameSnapshot.encode(frame);
            assertThat(Arrays.copyOf(stored, 4)).isEqualTo("CAF2".getBytes(StandardCharsets.US_ASCII));
            assertThat(FrameSnapshot.decode(stored)).isEqualTo(frame);
        }
    }

    @Test
    void a_large_frame_is_a_small_fraction_of_the_text_form() {
        List<FrameItem> frame = Frame.of(register(200_000)).items();
        byte[] stored = FrameSnapshot.encode(frame);
        byte[] text = TextFrameSnapshot.write(frame);
        assertThat(stored.length).isLessThan(text.length / 4);
    }

    @Test
    void the_unreleased_text_form_is_refused_saying_so() {
        byte[] text = Base64.getDecoder().decode(LEGACY_TEXT_SNAPSHOT);
        assertThatThrownBy(() -> FrameSnapshot.decode(text)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unreleased text format").hasMessageContaining("redraw the sample");
    }

    @Test
    void a_damaged_or_unknown_snapshot_is_refused_not_misread() {
        byte[] stored = FrameSnapshot.encode(register(1_000));
        assertThatThrownBy(() -> FrameSnapshot.decode(Arrays.copyOf(stored, stored.length / 2)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cut short");
        byte[] flipped = stored.clone();
        flipped[flipped.length / 2] ^= 0x5a;
        assertThatThrownBy(() -> FrameSnapshot.decode(flipped)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("damaged");
        byte[] badChecksum = stored.clone();
        badChecksum[badChecksum.length - 1] ^= 1;
        assertThatThrownBy(() -> FrameSnapshot.decode(badChecksum)).hasMessage(
                "Frame snapshot is damaged (checksum differs)");
        assertThatThrownBy(() -> FrameSnapshot.decode("[[\"1\",\"CR-1\",\"T\"]]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Unknown frame snapshot format");
    }

    @Test
    void format_3_gives_back_exactly_the_ids_written_in_their_order() {
        long[] frameOrder = Frame.ofNumericIds(java.util.stream.LongStream.rangeClosed(1, 200_000)
                .toArray()).numericIds();
        long[] drawOrder = {70_001, 5, 199_999, 5_000_000_000L, 0, Frame.MAX_NUMERIC_ID, 1};
        for (long[] ids : List.of(new long[0], drawOrder, frameOrder)) {
            byte[] stored = FrameSnapshot.encodeIds(ids);
            assertThat(Arrays.copyOf(stored, 4)).isEqualTo("CAF3".getBytes(StandardCharsets.US_ASCII));
            assertThat(FrameSnapshot.idsOnly(stored)).isTrue();
            // equal arrays and lists: the same ids in the same order (containsExactly's diff was quadratic here)
            assertThat(FrameSnapshot.decodeIds(stored)).isEqualTo(ids);
            List<FrameItem> decoded = FrameSnapshot.decode(stored);
            assertThat(decoded.stream().map(FrameItem::id).toList())
                    .isEqualTo(Arrays.stream(ids).boxed().toList());
            assertThat(decoded).allSatisfy(i -> {
                assertThat(i.reference()).isEqualTo(Long.toString(i.id()));
                assertThat(i.stratum()).isEqualTo(Frame.NO_STRATUM);
            });
        }
        // a register's frame of ids is smaller than the same frame with references and teams
        assertThat(FrameSnapshot.encodeIds(frameOrder).length).isLessThan(FrameSnapshot.encode(register(
                200_000)).length);
        byte[] stored = FrameSnapshot.encodeIds(drawOrder);
        byte[] badChecksum = stored.clone();
        badChecksum[badChecksum.length - 1] ^= 1;
        assertThatThrownBy(() -> FrameSnapshot.decodeIds(badChecksum)).hasMessage(
                "Frame snapshot is damaged (checksum differs)");
        assertThatThrownBy(() -> FrameSnapshot.decodeIds(FrameSnapshot.encode(register(3))))
                .hasMessageContaining("Not a list of numeric ids");
    }

    /** 300 teams, so team numbers need two-byte varints. */
    private static List<FrameItem> manyTeams() {
        List<FrameItem> items = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            items.add(new FrameItem(10_000 + i, "REF-" + (i * 7919 % 3000), "Team " + (i % 300)));
        }
        return items;
    }

    /** Like the register: ids are decimal numbers (in id order, i.e. as text), references similar, 8 teams. */
    static List<FrameItem> register(int size) {
        String[] teams = {"North Assessment Team", "South Assessment Team", "Child Protection East",
                "Child Protection West", "Disabled Children Team", "Hospital Team", "Out of Hours", "MASH"};
        List<FrameItem> items = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            items.add(new FrameItem(600 + i, "BR-" + (5_000_000 + i), teams[(i * 31) % teams.length]));
        }
        return Frame.of(items).items();
    }
}
