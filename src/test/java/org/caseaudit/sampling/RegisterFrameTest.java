package org.caseaudit.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.cases.CaseFilter;
import org.caseaudit.cases.CaseKey;
import org.caseaudit.cases.CaseKeyService;
import org.caseaudit.cases.CaseRegisterService;
import org.caseaudit.shared.council.CurrentCouncil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Frames from the real case register (demo cases). */
@IntegrationTest
@WithMockUser(username = "lead", roles = "AUDIT_LEAD")
class RegisterFrameTest {

    private static final LocalDate FROM = LocalDate.of(2000, 1, 1);
    private static final LocalDate TO = LocalDate.of(2099, 12, 31);

    @Autowired
    SampleService samples;
    @Autowired
    AuditCycleService cycles;
    @Autowired
    CaseRegisterService register;
    @Autowired
    CaseKeyService caseKeys;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void the_frame_holds_the_register_cases_whose_s47_started_in_the_period() {
        long inRegister = register.count(new CaseFilter(null, FROM, TO, null, null, null));
        FramePreview preview = samples.preview(FrameDefinition.period(FROM, TO), null);
        assertThat(inRegister).isPositive();
        assertThat(preview.size()).isEqualTo((int) inRegister);
        assertThat(preview.teams().stream().mapToInt(FramePreview.TeamCount::cases).sum()).isEqualTo(preview.size());
    }

    @Test
    void frame_ids_are_the_register_ids_as_decimal_text_with_their_references_and_teams() {
        List<CaseKey> keys = jdbc.query("SELECT id, case_reference, team FROM case_record"
                + " WHERE council_id = ? AND s47_start_date BETWEEN ? AND ?", (rs, n) -> new CaseKey(rs.getLong(1),
                rs.getString(2),
                rs.getString(3)), CurrentCouncil.INSTALLATION_COUNCIL, FROM, TO);
        List<FrameItem> streamed = new java.util.ArrayList<>();
        caseKeys.eachKey(CaseKeyService.DateBasis.S47_START, FROM, TO, List.of(), List.of(),
                (id, reference, team) -> streamed.add(new FrameItem(id, reference, team)));
        assertThat(keys).isNotEmpty();
        Frame expected = Frame.of(streamed);
        assertThat(expected.items()).isEqualTo(Frame.of(keys.stream()
                .map(k -> new FrameItem(k.id(), k.caseReference(), k.team())).toList()).items());
        FramePreview preview = samples.preview(FrameDefinition.period(FROM, TO), null);
        assertThat(preview.sha256()).isEqualTo(expected.sha256());
        assertThat(preview.teams()).extracting(FramePreview.TeamCount::team)
                .containsExactlyElementsOf(expected.strata().keySet());
    }

    @Test
    void a_team_and_outcome_filter_narrows_the_frame_and_a_draw_from_it_verifies() {
        String team = register.teams().getFirst();
        FrameDefinition definition = new FrameDefinition(FrameDefinition.DateField.S47_START, FROM, TO, List.of(team),
                List.of("ICPC"), 0, List.of());
        long expected = register.count(new CaseFilter(team, FROM, TO, org.caseaudit.cases.S47Outcome.ICPC, null, null));
        assertThat(samples.preview(definition, null).size()).isEqualTo((int) expected);

        CycleSummary cycle = cycles.create(new CycleDetails("Register frame cycle", null, null, null,
                FrameDefinition.period(FROM, TO),
                SampleDesign.stratified(new SampleSize.Percentage(BigDecimal.TEN, 10, null), 2,
                Allocation.PROPORTIONAL, true), 20));
        SampleDrawn record = samples.draw(cycle.id(), cycle.version(), 2026L);
        assertThat(record.populationSize()).isEqualTo(register.count(new CaseFilter(null, FROM, TO, null, null, null)));
        assertThat(samples.verify(cycle.id()).confirmed()).isTrue();
    }

    @Test
    void a_simple_random_draw_from_the_register_reads_ids_alone_and_shows_the_register_references() {
        long[] ids = caseKeys.ids(CaseKeyService.DateBasis.S47_START, FROM, TO, List.of(), List.of());
        java.util.Map<Long, CaseKey> byId = new java.util.HashMap<>();
        jdbc.query(
                "SELECT id, case_reference, team FROM case_record WHERE council_id = ? AND s47_start_date BETWEEN ? "
                + "AND ?",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> byId.put(rs.getLong(1),
                        new CaseKey(rs.getLong(1), rs.getString(2), rs.getString(3))),
                CurrentCouncil.INSTALLATION_COUNCIL, FROM, TO);
        assertThat(ids).hasSize(byId.size());
        assertThat(java.util.Arrays.stream(ids).boxed().toList()).containsExactlyInAnyOrderElementsOf(byId.keySet());

        CycleSummary cycle = cycles.create(new CycleDetails("Register list cycle", null, null, null,
                FrameDefinition.period(FROM, TO), SampleDesign.simpleRandom(new SampleSize.Fixed(12), 3), 20));
        SampleDrawn drawn = samples.draw(cycle.id(), cycle.version(), 4711L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sample_item WHERE sample_id = ?", Integer.class,
                drawn.sampleId())).isZero();
        assertThat(drawn.frameSha256()).isEqualTo(samples.preview(FrameDefinition.period(FROM, TO), null).sha256());

        SampleRecord record = samples.sample(cycle.id()).orElseThrow();
        assertThat(record.items()).hasSize(15).allSatisfy(i -> {
            CaseKey key = byId.get(i.caseId());
            assertThat(i.caseReference()).isEqualTo(key.caseReference());
            assertThat(i.team()).isEqualTo(key.team());
        });
        assertThat(samples.verify(cycle.id()).confirmed()).isTrue();

        SampleItemInfo first = record.activeItems().getFirst();
        samples.exclude(record.id(), first.drawOrder(), first.version(), "Duplicate of another enquiry");
        SampleRecord after = samples.sample(cycle.id()).orElseThrow();
        assertThat(after.items()).extracting(SampleItemInfo::caseReference)
                .isEqualTo(record.items().stream().map(SampleItemInfo::caseReference).toList());
        assertThat(after.activeItems()).hasSize(12).noneMatch(i -> i.caseId() == first.caseId());
        assertThat(samples.verify(cycle.id()).confirmed()).isTrue();
    }
}
