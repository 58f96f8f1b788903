package org.caseaudit.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.caseaudit.IntegrationTest;
import org.caseaudit.security.Role;
import org.caseaudit.security.UserService;
import org.caseaudit.security.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@Import(TestFrameSource.class)
@WithMockUser(username = "lead", roles = "AUDIT_LEAD")
class SampleServiceTest {

    @Autowired
    AuditCycleService cycles;
    @Autowired
    SampleService samples;
    @Autowired
    MyAuditsService myAudits;
    @Autowired
    UserService users;
    @Autowired
    TestFrameSource.Register register;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetRegister() {
        register.reset();
    }

    /** Draws and reads the sample back, as the cycle screen does. */
    private SampleRecord draw(CycleSummary cycle, Long seed) {
        samples.draw(cycle.id(), cycle.version(), seed);
        return samples.sample(cycle.id()).orElseThrow();
    }

    private CycleSummary create(String name, int excludeMonths, List<FrameDefinition.ReferenceExclusion> excluded) {
        FrameDefinition frame = new FrameDefinition(FrameDefinition.DateField.S47_START, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), List.of(), List.of(), excludeMonths, excluded);
        SampleDesign design = SampleDesign.stratified(new SampleSize.Percentage(BigDecimal.TEN, 10, null), 4,
                Allocation.PROPORTIONAL, true);
        return cycles.create(new CycleDetails(name, null, null, LocalDate.of(2026, 5, 29), frame, design, 20));
    }

    @Test
    void an_audit_lead_draws_verifies_excludes_assigns_and_each_auditor_sees_their_list() {
        CycleSummary cycle = create("March 2026 S47 enquiries", 0,
                List.of(new FrameDefinition.ReferenceExclusion("CR-160", "subject of a serious case review")));
        assertThat(cycle.status()).isEqualTo(CycleStatus.PLANNED);

        FramePreview preview = samples.preview(cycle.frame(), cycle.id());
        assertThat(preview.size()).isEqualTo(59);
        assertThat(preview.excludedByReference()).containsExactly("CR-160");

        SampleRecord record = draw(cycle, null);
        assertThat(record.seedGenerated()).isTrue();
        assertThat(record.populationSize()).isEqualTo(59);
        assertThat(record.sampleSize()).isEqualTo(10); // 10% of 59 = 5.9 -> 6, but at least 10
        assertThat(record.activeItems()).hasSize(10);
        assertThat(record.items()).hasSize(14);
        assertThat(record.allocation()).extracting(AllocationRow::sample).containsExactly(
                StratumAllocator.allocate(TestFrameSource.TEAMS.stream().sorted().toList(),
                        record.allocation().stream().mapToInt(AllocationRow::population).toArray(), 10, 4,
                        Allocation.PROPORTIONAL, true).stream().map(AllocationRow::sample).toArray(Integer[]::new));
        assertThat(record.methodVersion()).isEqualTo(Sampler.METHOD_VERSION);
        assertThat(cycles.get(cycle.id()).status()).isEqualTo(CycleStatus.SAMPLING);

        // The same frame and seed drawn outside the service give the same list.
        Frame frame = Frame.of(register.items(cycle.frame()).stream().filter(i -> i.id() != 160).toList());
        assertThat(Sampler.draw(frame, cycle.design(), record.seed()).drawnIds())
                .isEqualTo(record.items().stream().map(SampleItemInfo::caseId).toList());

        VerifyResult verified = samples.verify(cycle.id());
        assertThat(verified.confirmed()).as(verified.summary()).isTrue();

        SampleItemInfo first = record.activeItems().getFirst();
        SampleItemInfo replacement = samples.exclude(record.id(), first.drawOrder(), first.version(),
                "Case transferred to another authority")
                .orElseThrow();
        assertThat(replacement.kind()).isEqualTo(DrawnItem.Kind.RESERVE);
        assertThat(replacement.team()).isEqualTo(first.team());
        assertThat(replacement.replacesReference()).isEqualTo(first.caseReference());
        SampleRecord afterExclusion = samples.sample(cycle.id()).orElseThrow();
        assertThat(afterExclusion.activeItems()).hasSize(10).noneMatch(i -> i.id() == first.id());
        assertThat(auditTrailCount("SAMPLE_CASE_EXCLUDED", first.id())).isEqualTo(1);

        CycleSummary drawn = cycles.get(cycle.id());
        SampleRecord assigned = samples.assign(cycle.id(), drawn.version(), 4242L);
        assertThat(assigned.locked()).isTrue();
        assertThat(assigned.moderationSeed()).isEqualTo(4242L);
        assertThat(cycles.get(cycle.id()).status()).isEqualTo(CycleStatus.IN_PROGRESS);
        Map<String, String> teamOf = new java.util.HashMap<>();
        users.findEnabledWithRole(Role.AUDITOR).forEach(u -> teamOf.put(u.username(), u.team()));
        users.findEnabledWithRole(Role.MODERATOR).forEach(u -> teamOf.put(u.username(), u.team()));
        assertThat(assigned.activeItems()).allSatisfy(i -> {
            assertThat(i.auditor()).isNotNull();
            assertThat(Assigner.sameTeam(teamOf.get(i.auditor()), i.team())).isFalse();
            assertThat(i.moderator()).isNotEqualTo(i.auditor());
        });
        assertThat(assigned.activeItems().stream().filter(i -> i.moderator() != null)).hasSize(2);

        CycleSummary inProgress = cycles.get(cycle.id());
        assertThatThrownBy(() -> samples.draw(cycle.id(), inProgress.version(), 1L))
                .isInstanceOf(SamplingException.class);

        SampleItemInfo second = assigned.activeItems().get(1);
        SampleItemInfo lateReplacement = samples.exclude(assigned.id(), second.drawOrder(), second.version(),
                "Duplicate record").orElseThrow();
        assertThat(lateReplacement.auditor()).isNotNull();
        assertThat(Assigner.sameTeam(teamOf.get(lateReplacement.auditor()), lateReplacement.team())).isFalse();

        SampleRecord finalSample = samples.sample(cycle.id()).orElseThrow();
        for (UserSummary auditor : users.findEnabledWithRole(Role.AUDITOR)) {
            List<MyAudit> mine = as(auditor.username(), "AUDITOR", () -> myAudits.mine()).stream()
                    .filter(m -> m.cycleId() == cycle.id()).toList();
            long expected = finalSample.activeItems().stream().filter(i -> auditor.username().equals(
                    i.auditor())).count();
            assertThat(mine.stream().filter(m -> m.task() == MyAudit.Task.AUDIT)).hasSize((int) expected);
            assertThat(mine).allSatisfy(m -> assertThat(m.dueDate()).isEqualTo(LocalDate.of(2026, 5, 29)));
        }
    }

    @Test
    void verify_explains_which_cases_entered_or_left_the_frame() {
        CycleSummary cycle = create("Verify after register change", 0, List.of());
        SampleRecord record = draw(cycle, 77L);
        assertThat(record.seedGenerated()).isFalse();

        register.add(new FrameItem(999, "CR-999", "North Assessment Team"));
        register.remove(101);
        VerifyResult result = samples.verify(cycle.id());

        assertThat(result.recordConsistent()).isTrue();
        assertThat(result.registerConsistent()).isFalse();
        assertThat(result.frameChanges().added()).containsExactly("CR-999");
        assertThat(result.frameChanges().removed()).containsExactly("CR-101");
        assertThat(result.summary()).contains("The stored frame (60 cases), design and seed 77 give the same 14 cases")
                .contains("1 case(s) now in the frame that were not: CR-999");
    }

    @Test
    void a_stratified_draw_stores_its_rows_and_the_frame_it_drew_from() {
        CycleSummary cycle = create("Rows as stored", 0, List.of());
        SampleDrawn drawn = samples.draw(cycle.id(), cycle.version(), 31L);

        SampleRecord read = samples.sample(cycle.id()).orElseThrow();
        assertThat(drawn.sampleId()).isEqualTo(read.id());
        assertThat(read.items()).hasSize(drawn.sampleSize() + drawn.reserveCount()).hasSize(14)
                .allSatisfy(i -> assertThat(i.id()).isPositive());
        Frame frame = Frame.of(register.items(cycle.frame()));
        DrawResult expected = Sampler.draw(frame, cycle.design(), 31L);
        assertThat(read.items()).extracting(SampleItemInfo::caseId).isEqualTo(expected.drawnIds());
        assertThat(read.items()).extracting(SampleItemInfo::drawOrder)
                .isEqualTo(expected.drawn().stream().map(DrawnItem::drawOrder).toList());
        assertThat(read.items()).extracting(SampleItemInfo::caseReference)
                .isEqualTo(expected.drawn().stream().map(d -> d.item().reference()).toList());
        assertThat(read.items()).extracting(SampleItemInfo::team)
                .isEqualTo(expected.drawn().stream().map(d -> d.item().stratum()).toList());
        assertThat(read.items()).extracting(SampleItemInfo::status).containsExactlyElementsOf(expected.drawn().stream()
                .map(d -> d.kind() == DrawnItem.Kind.SAMPLE ? SampleItemInfo.Status.SELECTED
                : SampleItemInfo.Status.RESERVE)
                .toList());
        assertThat(read.frameSha256()).isEqualTo(frame.sha256());

        byte[] stored = storedFrame(drawn.sampleId());
        assertThat(new String(stored, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("CAF2");
        assertThat(org.caseaudit.sampling.internal.FrameSnapshot.decode(stored)).isEqualTo(frame.items());
    }

    @Test
    void a_later_cycle_can_leave_out_cases_sampled_in_the_months_before() {
        CycleSummary first = create("Earlier cycle", 0, List.of());
        SampleRecord earlier = draw(first, 5L);
        CycleSummary later = create("Later cycle leaving out recent", 6, List.of());

        FramePreview preview = samples.preview(later.frame(), later.id());

        assertThat(preview.excludedAsRecentlySampled()).isGreaterThanOrEqualTo(earlier.activeItems().size());
        SampleRecord drawn = draw(later, 5L);
        assertThat(drawn.items()).extracting(SampleItemInfo::caseId)
                .doesNotContainAnyElementsOf(earlier.activeItems().stream().map(SampleItemInfo::caseId).toList());
        assertThat(samples.verify(later.id()).confirmed()).isTrue();
    }

    @Test
    void changing_the_design_of_a_drawn_but_unassigned_cycle_discards_the_draft_sample() {
        CycleSummary cycle = create("Redesign before assignment", 0, List.of());
        samples.draw(cycle.id(), cycle.version(), 9L);
        CycleSummary drawn = cycles.get(cycle.id());
        CycleDetails changed = new CycleDetails(drawn.name(), null, null, drawn.dueDate(), drawn.frame(),
                SampleDesign.simpleRandom(new SampleSize.Fixed(5), 1), 10);

        CycleSummary updated = cycles.update(cycle.id(), drawn.version(), changed);

        assertThat(updated.sampleDrawn()).isFalse();
        assertThat(updated.status()).isEqualTo(CycleStatus.PLANNED);
        samples.draw(cycle.id(), updated.version(), 9L);
        assertThat(samples.sample(cycle.id()).orElseThrow().activeItems()).hasSize(5);
    }

    private CycleSummary createSimpleRandom(String name, List<String> teams) {
        FrameDefinition frame = new FrameDefinition(FrameDefinition.DateField.S47_START, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), teams, List.of(), 0, List.of());
        return cycles.create(new CycleDetails(name, null, null, LocalDate.of(2026, 5, 29), frame,
                SampleDesign.simpleRandom(new SampleSize.Fixed(6), 3), 20));
    }

    @Test
    void a_simple_random_draw_stores_its_list_and_writes_the_rows_at_the_first_change() {
        CycleSummary cycle = createSimpleRandom("Simple random as a list", List.of());
        SampleDrawn drawn = samples.draw(cycle.id(), cycle.version(), 808L);

        // the draw stored the frame's ids and the drawn list, and no row per case
        assertThat(rowCount(drawn.sampleId())).isZero();
        assertThat(new String(storedFrame(drawn.sampleId()), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("CAF3");
        List<FrameItem> frame = register.items(cycle.frame());
        DrawResult expected = Sampler.draw(Frame.of(frame), cycle.design(), 808L);
        SampleRecord read = samples.sample(cycle.id()).orElseThrow();
        assertThat(read.items()).extracting(SampleItemInfo::caseId).isEqualTo(expected.drawnIds());
        assertThat(read.items()).extracting(SampleItemInfo::drawOrder).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(read.items()).extracting(SampleItemInfo::status).containsExactly(
                SampleItemInfo.Status.SELECTED, SampleItemInfo.Status.SELECTED, SampleItemInfo.Status.SELECTED,
                SampleItemInfo.Status.SELECTED, SampleItemInfo.Status.SELECTED, SampleItemInfo.Status.SELECTED,
                SampleItemInfo.Status.RESERVE, SampleItemInfo.Status.RESERVE, SampleItemInfo.Status.RESERVE);
        Map<Long, FrameItem> byId = new java.util.HashMap<>();
        frame.forEach(i -> byId.put(i.id(), i));
        assertThat(read.items()).allSatisfy(i -> {
            assertThat(i.caseReference()).isEqualTo(byId.get(i.caseId()).reference());
            assertThat(i.team()).isEqualTo(byId.get(i.caseId()).stratum());
        });
        assertThat(read.frameSha256()).isEqualTo(Frame.of(frame).sha256()).isEqualTo(drawn.frameSha256());
        VerifyResult verified = samples.verify(cycle.id());
        assertThat(verified.confirmed()).as(verified.summary()).isTrue();

        // the first change writes every row, in draw order, then changes the one excluded
        SampleItemInfo third = read.activeItems().get(2);
        SampleItemInfo replacement = samples.exclude(read.id(), third.drawOrder(), third.version(), "Wrong enquiry")
                .orElseThrow();
        assertThat(rowCount(read.id())).isEqualTo(9);
        assertThat(replacement.caseId()).isEqualTo(expected.drawnIds().get(6));
        assertThat(replacement.replacesReference()).isEqualTo(third.caseReference());
        SampleRecord after = samples.sample(cycle.id()).orElseThrow();
        assertThat(after.items()).extracting(SampleItemInfo::caseId).isEqualTo(expected.drawnIds());
        assertThat(after.items()).extracting(SampleItemInfo::caseReference)
                .isEqualTo(read.items().stream().map(SampleItemInfo::caseReference).toList());
        assertThat(after.items()).allSatisfy(i -> assertThat(i.id()).isPositive());
        assertThat(after.items().get(2).status()).isEqualTo(SampleItemInfo.Status.EXCLUDED);
        assertThat(auditTrailCount("SAMPLE_CASE_EXCLUDED", after.items().get(2).id())).isEqualTo(1);
        assertThat(samples.verify(cycle.id()).confirmed()).isTrue();

        // a stale version of the same case is refused as a concurrent change
        assertThatThrownBy(() -> samples.exclude(read.id(), read.items().get(3).drawOrder(), 7, "stale"))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);

        SampleRecord assigned = samples.assign(cycle.id(), cycles.get(cycle.id()).version(), 99L);
        assertThat(assigned.activeItems()).hasSize(6).allSatisfy(i -> assertThat(i.auditor()).isNotNull());
    }

    @Test
    void assigning_a_sample_drawn_as_a_list_writes_its_rows() {
        CycleSummary cycle = createSimpleRandom("Assigned straight after the draw", List.of());
        SampleDrawn drawn = samples.draw(cycle.id(), cycle.version(), 5150L);
        List<SampleItemInfo> listed = samples.sample(cycle.id()).orElseThrow().items();

        SampleRecord assigned = samples.assign(cycle.id(), cycles.get(cycle.id()).version(), 1L);

        assertThat(rowCount(drawn.sampleId())).isEqualTo(9);
        assertThat(assigned.items()).extracting(SampleItemInfo::caseId)
                .isEqualTo(listed.stream().map(SampleItemInfo::caseId).toList());
        assertThat(assigned.activeItems()).hasSize(6).allSatisfy(i -> assertThat(i.auditor()).isNotNull());
        assertThat(samples.verify(cycle.id()).confirmed()).isTrue();
    }

    @Test
    void a_case_of_a_sample_since_drawn_again_cannot_be_excluded() {
        CycleSummary cycle = createSimpleRandom("Drawn twice", List.of());
        samples.draw(cycle.id(), cycle.version(), 1L);
        SampleRecord first = samples.sample(cycle.id()).orElseThrow();
        samples.redraw(cycle.id(), cycles.get(cycle.id()).version(), 2L, "Wrong period");

        assertThatThrownBy(() -> samples.exclude(first.id(), 1, 0, "Not this one"))
                .isInstanceOf(SamplingException.class).hasMessageContaining("drawn again");
        assertThat(rowCount(first.id())).isZero();
    }

    @Test
    void verify_of_a_sample_drawn_as_a_list_names_by_reference_the_cases_that_entered_or_left() {
        List<String> teams = TestFrameSource.TEAMS.subList(0, 3);
        CycleSummary cycle = createSimpleRandom("List verify after register change", teams);
        samples.draw(cycle.id(), cycle.version(), 77L);
        FrameItem leaving = register.items(cycle.frame()).getFirst();

        register.add(new FrameItem(999, "CR-999", teams.getFirst()));
        register.remove(leaving.id());
        // out of the frame
        register.add(new FrameItem(leaving.id(), leaving.reference(), TestFrameSource.TEAMS.get(3)));
        VerifyResult result = samples.verify(cycle.id());

        assertThat(result.recordConsistent()).isTrue();
        assertThat(result.registerConsistent()).isFalse();
        assertThat(result.frameChanges().added()).containsExactly("CR-999");
        assertThat(result.frameChanges().removed()).containsExactly(leaving.reference());
        assertThat(result.frameChanges().stratumChanged()).isEmpty();
    }

    /**
     * Decision 0021: a draw stored while case ids were text (sample_item.case_id VARCHAR before V38_1) verifies
     * unchanged. The ids have different lengths, so their text and numeric orders differ; the drawn list is the one
     * the code of before drew from this frame and seed (main at 2d4d1c8), the hash that of the sorted text ids.
     */
    @Test
    void a_draw_stored_while_case_ids_were_text_still_verifies() {
        String team = "Text-id team " + System.nanoTime();
        long[] ids = {9, 10, 100, 11, 1000, 99, 950, 12, 2, 20, 200, 21, 3000, 31, 4};
        for (long id : ids) {
            register.add(new FrameItem(id, "TX-" + id, team));
        }
        FrameDefinition frame = new FrameDefinition(FrameDefinition.DateField.S47_START, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), List.of(team), List.of(), 0, List.of());
        CycleSummary cycle = cycles.create(new CycleDetails(team, null, null, LocalDate.of(2026, 5, 29), frame,
                SampleDesign.stratified(new SampleSize.Fixed(6), 2, Allocation.PROPORTIONAL, true), 20));
        SampleRecord record = draw(cycle, 20261207L);
        // the rows as the text-id code bound them
        for (SampleItemInfo item : record.items()) {
            jdbc.update("UPDATE sample_item SET case_id = ? WHERE id = ?", Long.toString(item.caseId()), item.id());
        }

        assertThat(record.items()).extracting(SampleItemInfo::caseId)
                .containsExactly(11L, 950L, 1000L, 10L, 20L, 21L, 31L, 2L);
        assertThat(record.frameSha256()).isEqualTo("f9bd1b3082e83addddce1545f28b62e4657c97b8aaa7e27cd15a1c83578e1495");
        assertThat(samples.verify(cycle.id()).confirmed()).isTrue();
        assertThat(jdbc.queryForObject("""
                SELECT DATA_TYPE FROM information_schema.COLUMNS
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'sample_item' AND COLUMN_NAME = 'case_id'""",
                String.class)).isEqualTo("bigint");
    }

    @Test
    void cases_in_a_sample_drawn_as_a_list_count_as_recently_sampled() {
        // a team and ids of this test's own, so no other sample in the database has any of them
        String team = "List team " + System.nanoTime();
        long base = 1_000_000_000L + Math.floorMod(System.nanoTime(), 1_000_000_000L);
        for (int i = 0; i < 10; i++) {
            register.add(new FrameItem(base + i, "LT-" + (base + i), team));
        }
        FrameDefinition frame = new FrameDefinition(FrameDefinition.DateField.S47_START, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), List.of(team), List.of(), 0, List.of());
        CycleSummary first = cycles.create(new CycleDetails("Earlier list sample " + base, null, null, null, frame,
                SampleDesign.simpleRandom(new SampleSize.Fixed(6), 2), 20));
        samples.draw(first.id(), first.version(), 5L);
        assertThat(rowCount(samples.sample(first.id()).orElseThrow().id())).isZero();
        List<Long> earlier = samples.sample(first.id()).orElseThrow().activeItems().stream()
                .map(SampleItemInfo::caseId).toList();
        FrameDefinition laterFrame = new FrameDefinition(FrameDefinition.DateField.S47_START, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), List.of(team), List.of(), 6, List.of());
        CycleSummary later = cycles.create(new CycleDetails("Later list sample " + base, null, null, null, laterFrame,
                SampleDesign.simpleRandom(new SampleSize.Fixed(10), 0), 20));

        FramePreview preview = samples.preview(later.frame(), later.id());
        assertThat(preview.excludedAsRecentlySampled()).isEqualTo(6);
        assertThat(preview.size()).isEqualTo(4);
        SampleRecord drawn = draw(later, 5L);
        assertThat(drawn.items()).hasSize(4).extracting(SampleItemInfo::caseId).doesNotContainAnyElementsOf(earlier);
        assertThat(samples.verify(later.id()).confirmed()).isTrue();
    }

    @Test
    void a_duplicate_cycle_name_is_refused_on_the_name_field() {
        create("Named once", 0, List.of());
        assertThatThrownBy(() -> create("named ONCE", 0, List.of()))
                .isInstanceOfSatisfying(SamplingException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void an_auditor_cannot_run_cycles() {
        assertThatThrownBy(() -> cycles.list())
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    private byte[] storedFrame(long sampleId) {
        return jdbc.queryForObject("SELECT frame_items FROM sample_frame WHERE sample_id = ?", byte[].class, sampleId);
    }

    private int rowCount(long sampleId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sample_item WHERE sample_id = ?", Integer.class, sampleId);
    }

    private int auditTrailCount(String action, long itemId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = ? AND target_id = ?", Integer.class,
                action, String.valueOf(itemId));
    }

    private static <T> T as(String username, String role, Supplier<T> call) {
        return org.caseaudit.security.RunAs.as(username, call, role);
    }
}
