package org.caseaudit.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameTest {

    @Test
    void the_hash_is_sha256_of_the_sorted_ids_one_per_line() {
        // printf '1\n2\n3\n' | sha256sum
        Frame frame = Frame.of(List.of(FrameItem.of("3", "A"), FrameItem.of("1", "B"), FrameItem.of("2", "A")));
        assertThat(frame.sha256()).isEqualTo("14c5e74c4b96ccef41cd94db73a9ec3348038ac094feca4fd897cecffa07cdae");
        assertThat(frame.items()).extracting(FrameItem::id).containsExactly("1", "2", "3");
    }

    @Test
    void a_large_frame_hashes_exactly_like_one_update_per_id_and_line_feed() throws Exception {
        // ids of many lengths (the hash is fed in blocks: ids straddle block ends), non-ASCII, one longer than a block
        List<FrameItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            items.add(FrameItem.of(i % 3 == 0 ? "case-" + i + "-é𝄞".repeat(i % 11) : String.valueOf(i), "T"));
        }
        items.add(FrameItem.of("z".repeat(70_000), "T"));
        Frame frame = Frame.of(items);
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        for (FrameItem item : frame.items()) {
            digest.update(item.id().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        assertThat(frame.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(digest.digest()));
    }

    @Test
    void the_order_the_items_arrive_in_does_not_matter() {
        Frame a = Frame.of(List.of(FrameItem.of("x", "T"), FrameItem.of("y", "T"), FrameItem.of("z", "U")));
        Frame b = Frame.of(List.of(FrameItem.of("z", "U"), FrameItem.of("x", "T"), FrameItem.of("y", "T")));
        assertThat(a.items()).isEqualTo(b.items());
        assertThat(a.sha256()).isEqualTo(b.sha256());
    }

    @Test
    void a_duplicate_id_is_refused() {
        assertThatThrownBy(() -> Frame.of(List.of(FrameItem.of("7", "A"), FrameItem.of("7", "B"))))
                .hasMessage("The frame holds case id 7 more than once");
    }

    @Test
    void items_without_a_team_form_their_own_stratum() {
        Frame frame = Frame.of(List.of(FrameItem.of("1", null), FrameItem.of("2", "North")));
        assertThat(frame.strata()).containsOnlyKeys(Frame.NO_STRATUM, "North");
    }

    @Test
    void a_comparison_names_added_removed_and_moved_cases() {
        List<FrameItem> before = List.of(new FrameItem("1", "C-1", "North"), new FrameItem("2", "C-2", "North"),
                new FrameItem("3", "C-3", "South"));
        List<FrameItem> now = List.of(new FrameItem("1", "C-1", "North"), new FrameItem("3", "C-3", "North"),
                new FrameItem("4", "C-4", "South"));
        FrameComparison comparison = FrameComparison.between(before, now);
        assertThat(comparison.added()).containsExactly("C-4");
        assertThat(comparison.removed()).containsExactly("C-2");
        assertThat(comparison.stratumChanged()).containsExactly("C-3 (South -> North)");
        assertThat(comparison.describe()).isEqualTo("1 case(s) now in the frame that were not: C-4; "
                + "1 case(s) no longer in the frame: C-2; 1 case(s) changed team: C-3 (South -> North).");
        assertThat(FrameComparison.between(before, before).unchanged()).isTrue();
    }
}
