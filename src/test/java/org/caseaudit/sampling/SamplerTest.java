package org.caseaudit.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SamplerTest {

    private static final List<String> TEAMS = List.of("North", "South", "East", "West", "Hospital");

    /** 230 cases with ids 100001.. (as text, in the order of the C00001.. they had as strings) over five teams. */
    static List<FrameItem> items(int count) {
        List<FrameItem> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String team = TEAMS.get((i * i) % 7 % TEAMS.size());
            items.add(new FrameItem(100_000 + i, "REF-" + i, team));
        }
        return items;
    }

    static SampleDesign design(SamplingMethod method) {
        SampleSize size = new SampleSize.Percentage(BigDecimal.TEN, 10, null);
        return switch (method) {
            case SIMPLE_RANDOM -> SampleDesign.simpleRandom(size, 3);
            case SYSTEMATIC -> SampleDesign.systematic(size, 3);
            case STRATIFIED -> SampleDesign.stratified(size, 3, Allocation.PROPORTIONAL, true);
        };
    }

    @ParameterizedTest
    @EnumSource(SamplingMethod.class)
    void same_frame_seed_and_method_give_the_same_sample_whatever_order_the_frame_arrives_in(SamplingMethod method) {
        List<FrameItem> shuffled = new ArrayList<>(items(230));
        Collections.shuffle(shuffled, new Random(99));
        DrawResult first = Sampler.draw(Frame.of(items(230)), design(method), 20261121L);
        DrawResult again = Sampler.draw(Frame.of(shuffled), design(method), 20261121L);
        assertThat(again.drawn()).isEqualTo(first.drawn());
        assertThat(again.frameSha256()).isEqualTo(first.frameSha256());
        assertThat(again.methodVersion()).isEqualTo(Sampler.METHOD_VERSION);
    }

    @ParameterizedTest
    @EnumSource(SamplingMethod.class)
    void different_seeds_give_different_samples(SamplingMethod method) {
        Frame frame = Frame.of(items(230));
        List<Long> a = Sampler.draw(frame, design(method), 1L).drawnIds();
        List<Long> b = Sampler.draw(frame, design(method), 2L).drawnIds();
        assertThat(a).isNotEqualTo(b);
    }

    @ParameterizedTest
    @EnumSource(SamplingMethod.class)
    void a_draw_has_the_resolved_size_distinct_cases_and_reserves_after_the_sample(SamplingMethod method) {
        DrawResult result = Sampler.draw(Frame.of(items(230)), design(method), 7L);
        assertThat(result.populationSize()).isEqualTo(230);
        assertThat(result.sampleSize()).isEqualTo(23);
        assertThat(result.sample()).hasSize(23);
        assertThat(result.reserves()).hasSize(3);
        assertThat(new HashSet<>(result.drawnIds())).hasSize(26);
        assertThat(result.drawn()).extracting(DrawnItem::drawOrder).containsExactlyElementsOf(IntStream.rangeClosed(1,
                26).boxed().toList());
        assertThat(result.drawn().subList(23, 26)).allMatch(d -> d.kind() == DrawnItem.Kind.RESERVE);
    }

    /** Pinned outcomes: if one changes, the algorithm changed and {@link Sampler#METHOD_VERSION} must change too. */
    @Test
    void a_known_seed_still_draws_the_cases_it_drew_when_this_version_was_written() {
        Frame frame = Frame.of(items(230));
        assertThat(Sampler.draw(frame, design(SamplingMethod.SIMPLE_RANDOM), 42L).drawnIds().subList(0, 5))
                .containsExactly(PINNED_SIMPLE);
        assertThat(Sampler.draw(frame, design(SamplingMethod.SYSTEMATIC), 42L).drawnIds().subList(0, 3))
                .containsExactly(PINNED_SYSTEMATIC);
        assertThat(Sampler.draw(frame, design(SamplingMethod.STRATIFIED), 42L).drawnIds().subList(0, 3))
                .containsExactly(PINNED_STRATIFIED);
    }

    /**
     * Decision 0021: draws pinned from the code of before numeric ids (ids as strings, main at 2d4d1c8), on a frame of
     * ids of different lengths, so text order and numeric order differ. The numeric ids must give the same hash and
     * the same cases in the same order, as a stored draw needs to reproduce and verify.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "SIMPLE_RANDOM | 11 950 1000 10 20 21 31",
            "SYSTEMATIC    | 10 11 20 3000 9 200 100",
            "STRATIFIED    | 9 100 2 10 31 11 3000 21"})
    void a_draw_made_when_ids_were_text_reproduces_with_numeric_ids(SamplingMethod method, String drawnThen) {
        long[] ids = {9, 10, 100, 11, 1000, 99, 950, 12, 2, 20, 200, 21, 3000, 31, 4};
        List<FrameItem> items = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            items.add(new FrameItem(ids[i], "OLD-" + ids[i], i % 2 == 0 ? "North" : "South"));
        }
        SampleDesign design = switch (method) {
            case SIMPLE_RANDOM -> SampleDesign.simpleRandom(new SampleSize.Fixed(5), 2);
            case SYSTEMATIC -> SampleDesign.systematic(new SampleSize.Fixed(5), 2);
            case STRATIFIED -> SampleDesign.stratified(new SampleSize.Fixed(6), 2, Allocation.PROPORTIONAL, true);
        };
        DrawResult now = Sampler.draw(Frame.of(items), design, 20261207L);
        assertThat(now.frameSha256()).isEqualTo("f9bd1b3082e83addddce1545f28b62e4657c97b8aaa7e27cd15a1c83578e1495");
        assertThat(now.drawnIds()).containsExactlyElementsOf(
                java.util.Arrays.stream(drawnThen.trim().split(" +")).map(Long::valueOf).toList());
    }

    private static final Long[] PINNED_SIMPLE = {100047L, 100049L, 100024L, 100016L, 100220L};
    private static final Long[] PINNED_SYSTEMATIC = {100003L, 100013L, 100023L};
    private static final Long[] PINNED_STRATIFIED = {100171L, 100004L, 100151L};

    @Test
    void systematic_selection_takes_every_kth_case_from_a_random_start() {
        Frame frame = Frame.of(items(100));
        DrawResult result = Sampler.draw(frame, SampleDesign.systematic(new SampleSize.Fixed(10), 0), 3L);
        List<Integer> positions = result.sample().stream().map(d -> frame.items().indexOf(d.item())).toList();
        for (int i = 1; i < positions.size(); i++) {
            assertThat(positions.get(i) - positions.get(i - 1)).isEqualTo(10);
        }
        assertThat(positions.getFirst()).isBetween(0, 9);
    }

    @Test
    void a_stratified_sample_takes_from_each_team_what_the_allocation_table_says() {
        DrawResult result = Sampler.draw(Frame.of(items(230)), design(SamplingMethod.STRATIFIED), 11L);
        Map<String, Long> perTeam = result.sample().stream()
                .collect(Collectors.groupingBy(d -> d.item().stratum(), Collectors.counting()));
        Map<String, Long> perTeamReserve = result.reserves().stream()
                .collect(Collectors.groupingBy(d -> d.item().stratum(), Collectors.counting()));
        for (AllocationRow row : result.allocation()) {
            assertThat(perTeam.getOrDefault(row.stratum(), 0L)).as(row.stratum()).isEqualTo(row.sample());
            assertThat(perTeamReserve.getOrDefault(row.stratum(), 0L)).as(row.stratum()).isEqualTo(row.reserves());
        }
        assertThat(result.allocation()).extracting(AllocationRow::stratum).isSorted();
    }

    @Test
    void a_sample_larger_than_the_frame_takes_the_whole_frame_and_no_reserves() {
        DrawResult result = Sampler.draw(Frame.of(items(6)), SampleDesign.simpleRandom(
                new SampleSize.Fixed(10), 5), 1L);
        assertThat(result.sample()).hasSize(6);
        assertThat(result.reserves()).isEmpty();
    }

    /**
     * Over 20,000 seeds, each of 20 cases should be in a 5-case simple random sample a quarter of the time, and each
     * should be first drawn equally often. Chi-square goodness of fit against uniform (Apache Commons Statistics);
     * a fixed seed list makes this deterministic, and p > 0.001 leaves a wide margin.
     */
    @Test
    void simple_random_selection_is_uniform_over_many_seeded_draws() {
        Frame frame = Frame.of(items(20));
        SampleDesign design = SampleDesign.simpleRandom(new SampleSize.Fixed(5), 0);
        long[] inSample = new long[20];
        long[] drawnFirst = new long[20];
        for (long seed = 1; seed <= 20_000; seed++) {
            DrawResult result = Sampler.draw(frame, design, seed);
            for (DrawnItem d : result.sample()) {
                inSample[frame.items().indexOf(d.item())]++;
            }
            drawnFirst[frame.items().indexOf(result.sample().getFirst().item())]++;
        }
        assertThat(ChiSquareTest.withDefaults().test(inSample).getPValue()).isGreaterThan(0.001);
        assertThat(ChiSquareTest.withDefaults().test(drawnFirst).getPValue()).isGreaterThan(0.001);
        assertThat(java.util.Arrays.stream(inSample).boxed().toList()).allSatisfy(count -> assertThat(count).isBetween(
                4700L, 5300L));
    }

    @Test
    void systematic_starts_are_uniform_over_the_interval() {
        Frame frame = Frame.of(items(50));
        SampleDesign design = SampleDesign.systematic(new SampleSize.Fixed(5), 0);
        long[] starts = new long[10];
        for (long seed = 1; seed <= 10_000; seed++) {
            starts[frame.items().indexOf(Sampler.draw(frame, design, seed).sample().getFirst().item())]++;
        }
        assertThat(ChiSquareTest.withDefaults().test(starts).getPValue()).isGreaterThan(0.001);
    }

    @Test
    void generated_seeds_are_positive_and_short() {
        for (int i = 0; i < 1000; i++) {
            assertThat(Sampler.generateSeed()).isBetween(1L, Sampler.MAX_GENERATED_SEED);
        }
    }
}
