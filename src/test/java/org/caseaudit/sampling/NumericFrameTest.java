package org.caseaudit.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A frame of numeric ids only must be the same frame as a list of items with those ids: same order, same hash, and
 * so the same draw for every design that does not stratify. Checked against the list backing, the reference.
 */
class NumericFrameTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("idSets")
    void ids_sort_and_hash_exactly_as_their_decimal_text(String name, long[] ids) {
        Frame numeric = Frame.ofNumericIds(ids);
        Frame list = Frame.of(items(ids));
        assertThat(numeric.idsOnly()).isTrue();
        assertThat(numeric.size()).isEqualTo(list.size());
        assertThat(numeric.items()).extracting(FrameItem::id).containsExactlyElementsOf(
                list.items().stream().map(FrameItem::id).toList());
        assertThat(numeric.sha256()).isEqualTo(list.sha256());
    }

    static Stream<Arguments> idSets() {
        SplittableRandom random = new SplittableRandom(20261122L);
        long[] wide = new long[5_000];
        for (int i = 0; i < wide.length; i++) {
            // every length from 1 to 17 digits, so prefixes ("12", "120", "1200") meet
            wide[i] = random.nextLong(Frame.MAX_NUMERIC_ID >> random.nextInt(57)) + (i % 3 == 0 ? 0 : 1);
        }
        long[] distinctWide = java.util.Arrays.stream(wide).distinct().toArray();
        return Stream.of(
                Arguments.of("prefixes and zeros", new long[] {120, 12, 1200, 1, 10, 100, 0, 9, 99, 1000, 11, 2}),
                Arguments.of("a register's ids", java.util.stream.LongStream.rangeClosed(1, 20_000).toArray()),
                Arguments.of("the largest ids", new long[] {Frame.MAX_NUMERIC_ID, Frame.MAX_NUMERIC_ID - 1,
                        10_000_000_000_000_000L, 9_999_999_999_999_999L, 1}),
                Arguments.of("random lengths", distinctWide));
    }

    @ParameterizedTest
    @MethodSource("designs")
    void every_design_that_does_not_stratify_draws_the_same_cases_from_either_backing(SampleDesign design) {
        long[] ids = new long[2_345];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = 7 + 3L * i * i;
        }
        for (long seed = 1; seed <= 30; seed++) {
            DrawResult fromNumbers = Sampler.draw(Frame.ofNumericIds(ids), design, seed);
            DrawResult fromItems = Sampler.draw(Frame.of(items(ids)), design, seed);
            assertThat(fromNumbers.drawnIds()).containsExactlyElementsOf(fromItems.drawnIds());
            assertThat(fromNumbers.drawn()).extracting(DrawnItem::kind)
                    .containsExactlyElementsOf(fromItems.drawn().stream().map(DrawnItem::kind).toList());
            assertThat(fromNumbers.frameSha256()).isEqualTo(fromItems.frameSha256());
        }
    }

    static Stream<SampleDesign> designs() {
        return Stream.of(
                SampleDesign.simpleRandom(new SampleSize.Percentage(BigDecimal.TEN, null, null), 10),
                SampleDesign.simpleRandom(new SampleSize.Fixed(5_000), 3),
                SampleDesign.systematic(new SampleSize.Fixed(97), 12),
                SampleDesign.systematic(new SampleSize.Percentage(new BigDecimal("33"), 10, 500), 0));
    }

    @Test
    void a_duplicate_a_negative_or_a_too_long_id_is_refused() {
        assertThatThrownBy(() -> Frame.ofNumericIds(new long[] {5, 7, 5}))
                .hasMessage("The frame holds case id 5 more than once");
        assertThatThrownBy(() -> Frame.ofNumericIds(new long[] {-1}))
                .hasMessage("Case id -1 cannot be held as a numeric frame id");
        assertThatThrownBy(() -> Frame.ofNumericIds(new long[] {Frame.MAX_NUMERIC_ID + 1}))
                .hasMessageContaining("cannot be held as a numeric frame id");
    }

    @Test
    void a_frame_of_ids_only_has_no_teams_to_stratify_by() {
        Frame frame = Frame.ofNumericIds(new long[] {3, 1, 2});
        assertThatThrownBy(frame::strata).isInstanceOf(IllegalStateException.class);
        SampleDesign stratified = SampleDesign.stratified(new SampleSize.Fixed(2), 0, Allocation.PROPORTIONAL, false);
        assertThatThrownBy(() -> Sampler.draw(frame, stratified, 1L)).isInstanceOf(IllegalStateException.class);
    }

    private static List<FrameItem> items(long[] ids) {
        List<FrameItem> items = new ArrayList<>(ids.length);
        for (long id : ids) {
            items.add(FrameItem.of(id, "T"));
        }
        return items;
    }
}
