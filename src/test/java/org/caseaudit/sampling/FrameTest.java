package org.caseaudit.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameTest {

    @Test
    void the_hash_is_sha256_of_the_sorted_ids_one_per_line() {
        // printf '1\n2\n3\n' | sha256sum
        Frame frame = Frame.of(List.of(FrameItem.of(3, "A"), FrameItem.of(1, "B"), FrameItem.of(2, "A")));
        assertThat(frame.sha256()).isEqualTo("14c5e74c4b96ccef41cd94db73a9ec3348038ac094feca4fd897cecffa07cdae");
        assertThat(frame.items()).extracting(FrameItem::id).containsExactly(1L, 2L, 3L);
    }

    /** Decision 0021: numeric ids keep the order and hash their decimal text had, so stored draws reproduce. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "9 10 100                | 10 100 9",
            "2 19 1 200 20           | 1 19 2 20 200",
            "7                       | 7",
            "0 10 1                  | 0 1 10",
            "99999999999999999 9 1000 | 1000 9 99999999999999999",
            "123456789012 12345 1234567890123 | 12345 123456789012 1234567890123"})
    void the_frame_order_is_the_order_of_the_ids_as_text(String given, String expected) {
        long[] ids = java.util.Arrays.stream(given.trim().split(" +")).mapToLong(Long::parseLong).toArray();
        List<Long> order = java.util.Arrays.stream(expected.trim().split(" +")).map(Long::valueOf).toList();
        List<String> asText = java.util.Arrays.stream(ids).mapToObj(Long::toString).sorted().toList();

        Frame listed = Frame.of(java.util.Arrays.stream(ids).mapToObj(id -> FrameItem.of(id, "T")).toList());
        Frame numeric = Frame.ofNumericIds(ids.clone());

        assertThat(listed.items()).extracting(FrameItem::id).containsExactlyElementsOf(order);
        assertThat(numeric.items()).extracting(FrameItem::id).containsExactlyElementsOf(order);
        assertThat(order).extracting(String::valueOf).containsExactlyElementsOf(asText);
        assertThat(listed.sha256()).isEqualTo(textHash(asText)).isEqualTo(numeric.sha256());
    }

    @Test
    void a_large_frame_hashes_exactly_like_the_sorted_text_ids_one_per_line() throws Exception {
        // ids of many lengths (the hash is fed in blocks: ids straddle block ends), as before as text
        List<FrameItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            items.add(FrameItem.of(i % 3 == 0 ? (long) i * 1_000_003L : i, "T"));
        }
        items.add(FrameItem.of(Frame.MAX_NUMERIC_ID, "T"));
        Frame frame = Frame.of(items);
        List<String> asText = items.stream().map(i -> Long.toString(i.id())).sorted().toList();
        assertThat(frame.items()).extracting(i -> Long.toString(i.id())).containsExactlyElementsOf(asText);
        assertThat(frame.sha256()).isEqualTo(textHash(asText));
    }

    @Test
    void the_order_the_items_arrive_in_does_not_matter() {
        Frame a = Frame.of(List.of(FrameItem.of(24, "T"), FrameItem.of(25, "T"), FrameItem.of(26, "U")));
        Frame b = Frame.of(List.of(FrameItem.of(26, "U"), FrameItem.of(24, "T"), FrameItem.of(25, "T")));
        assertThat(a.items()).isEqualTo(b.items());
        assertThat(a.sha256()).isEqualTo(b.sha256());
    }

    @Test
    void a_negative_id_is_refused() {
        assertThatThrownBy(() -> FrameItem.of(-1, "A")).hasMessageContaining("Case id -1 cannot be a frame id");
    }

    /** The hash as anyone recomputes it from the ids as text: {@code LC_ALL=C sort | sha256sum}. */
    private static String textHash(List<String> sortedText) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (String id : sortedText) {
                digest.update((id + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_duplicate_id_is_refused() {
        assertThatThrownBy(() -> Frame.of(List.of(FrameItem.of(7, "A"), FrameItem.of(7, "B"))))
                .hasMessage("The frame holds case id 7 more than once");
    }

    @Test
    void items_without_a_team_form_their_own_stratum() {
        Frame frame = Frame.of(List.of(FrameItem.of(1, null), FrameItem.of(2, "North")));
        assertThat(frame.strata()).containsOnlyKeys(Frame.NO_STRATUM, "North");
    }

    @Test
    void a_comparison_names_added_removed_and_moved_cases() {
        List<FrameItem> before = List.of(new FrameItem(1, "C-1", "North"), new FrameItem(2, "C-2", "North"),
                new FrameItem(3, "C-3", "South"));
        List<FrameItem> now = List.of(new FrameItem(1, "C-1", "North"), new FrameItem(3, "C-3", "North"),
                new FrameItem(4, "C-4", "South"));
        FrameComparison comparison = FrameComparison.between(before, now);
        assertThat(comparison.added()).containsExactly("C-4");
        assertThat(comparison.removed()).containsExactly("C-2");
        assertThat(comparison.stratumChanged()).containsExactly("C-3 (South -> North)");
        assertThat(comparison.describe()).isEqualTo("1 case(s) now in the frame that were not: C-4; "
                + "1 case(s) no longer in the frame: C-2; 1 case(s) changed team: C-3 (South -> North).");
        assertThat(FrameComparison.between(before, before).unchanged()).isTrue();
    }
}
