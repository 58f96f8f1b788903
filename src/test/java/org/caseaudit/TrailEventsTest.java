package org.caseaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caseaudit.audit.AuditKind;
import org.caseaudit.audit.CaseAuditTrail;
import org.caseaudit.audit.PracticeTrail;
import org.caseaudit.calendar.CalendarChangeType;
import org.caseaudit.calendar.CalendarTrail;
import org.caseaudit.cases.CaseRegisterService;
import org.caseaudit.cases.CaseTrail;
import org.caseaudit.cases.ImportCounts;
import org.caseaudit.cases.ImportResult;
import org.caseaudit.cases.ImportStatus;
import org.caseaudit.findings.FindingsTrail;
import org.caseaudit.installation.InstallationTrail;
import org.caseaudit.multiagency.AgencyKind;
import org.caseaudit.multiagency.MultiAgencyTrail;
import org.caseaudit.partnership.PartnershipTrail;
import org.caseaudit.reminders.MailTrail;
import org.caseaudit.reports.ReportTrail;
import org.caseaudit.sampling.CycleStatus;
import org.caseaudit.sampling.SamplingMethod;
import org.caseaudit.sampling.SamplingTrail;
import org.caseaudit.security.AuditTrail.Outcome;
import org.caseaudit.security.TrailEntry;
import org.caseaudit.security.TrailEvent;
import org.caseaudit.templates.TemplateTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Each typed audit-trail event maps to the stored code, target and detail the trail page, reports and retention read.
 */
class TrailEventsTest {

    static Stream<Arguments> events() {
        return Stream.of(
                row(new SamplingTrail.CycleCreated(7, "Spring", "S47 2026", "simple random 20", true),
                        "AUDIT_CYCLE_CREATED", "audit_cycle", "7",
                        "Spring; frame: S47 2026; design: simple random 20; moderation blind"),
                row(new SamplingTrail.CycleUpdated(7, "Spring", "f", "d"), "AUDIT_CYCLE_UPDATED", "audit_cycle", "7",
                        "Spring; frame: f; design: d"),
                row(new SamplingTrail.CycleMoved(7, CycleStatus.IN_PROGRESS, CycleStatus.MODERATION),
                        "AUDIT_CYCLE_STATUS", "audit_cycle", "7", "IN_PROGRESS -> MODERATION"),
                row(new SamplingTrail.SampleDiscarded(7, 42, "ab12"), "SAMPLE_DISCARDED", "audit_cycle", "7",
                        "frame or design changed; seed was 42, frame hash ab12"),
                row(new SamplingTrail.SampleRedrawn(7, 42, "ab12", "wrong frame"), "SAMPLE_REDRAWN", "audit_cycle", "7",
                        "previous seed 42, frame hash ab12; reason: wrong frame"),
                row(new SamplingTrail.Drawn(7, 42, true, SamplingMethod.SIMPLE_RANDOM, "1", 600, "ab12", 20, 5),
                        "SAMPLE_DRAWN", "audit_cycle", "7", "seed 42 (generated); SIMPLE_RANDOM 1; population 600; "
                                + "frame SHA-256 ab12; sample 20 + 5 reserves"),
                row(new SamplingTrail.SampleVerified(7, true, "same"), "SAMPLE_VERIFIED", "audit_cycle", "7",
                        "confirmed: same"),
                row(new SamplingTrail.CaseExcluded(9, 7, "C-1", "closed"), "SAMPLE_CASE_EXCLUDED", "sample_item", "9",
                        "cycle 7, case C-1: closed"),
                row(new SamplingTrail.NoReserveLeft(7, "C-1"), "SAMPLE_NO_RESERVE", "audit_cycle", "7",
                        "no reserve left to replace C-1"),
                row(new SamplingTrail.ReserveUsed(10, 7, "C-2", 21, "C-1", "ann", "bob"), "SAMPLE_RESERVE_USED",
                        "sample_item", "10",
                        "cycle 7, reserve C-2 (draw order 21) replaces C-1; auditor ann, moderator bob"),
                row(new SamplingTrail.ReserveUsed(10, 7, "C-2", 21, "C-1", null, null), "SAMPLE_RESERVE_USED",
                        "sample_item", "10", "cycle 7, reserve C-2 (draw order 21) replaces C-1"),
                row(new SamplingTrail.SampleAssigned(7, new TreeMap<>(java.util.Map.of("ann", 3L, "bob",
                2L)), 1, 10, 5),
                        "SAMPLE_ASSIGNED", "audit_cycle", "7",
                        "auditors {ann=3, bob=2}; 1 moderated (10%, seed 5); sample locked"),
                row(new CaseAuditTrail.AuditAssigned(3, 7, "C-1", "ann"), "AUDIT_ASSIGNED", "case_audit", "3",
                        "cycle 7, case C-1 to ann"),
                row(new CaseAuditTrail.ModerationAssigned(4, 3, false, "bob"), "MODERATION_ASSIGNED", "case_audit", "4",
                        "moderates audit 3 (open) by bob"),
                row(new CaseAuditTrail.AuditStarted(3, "C-1"), "AUDIT_STARTED", "case_audit", "3", "case C-1"),
                row(new CaseAuditTrail.GradeChanged(3, null, "GOOD"), "AUDIT_GRADE_CHANGED", "case_audit", "3",
                        "grade none -> GOOD"),
                row(new CaseAuditTrail.AuditSubmitted(3, AuditKind.AUDIT, "C-1"), "AUDIT_SUBMITTED", "case_audit", "3",
                        AuditKind.AUDIT.label() + " of case C-1"),
                row(new CaseAuditTrail.AuditReopened(3, " missing note "), "AUDIT_REOPENED", "case_audit", "3",
                "missing note"),
                row(new CaseAuditTrail.AuditReopened(3, null), "AUDIT_REOPENED", "case_audit", "3", ""),
                row(new CaseAuditTrail.AuditClosed(3, "C-1"), "AUDIT_CLOSED", "case_audit", "3", "case C-1"),
                row(new CaseAuditTrail.SharedWithManager(3, "C-1", "tm"), "AUDIT_SHARED", "case_audit", "3",
                        "case C-1 with team manager tm"),
                row(new CaseAuditTrail.FeedbackOpened(3, "C-1"), "AUDIT_FEEDBACK_OPENED", "case_audit",
                "3", "case C-1"),
                row(new CaseAuditTrail.ReplyAdded(3, 12), "AUDIT_REPLY_ADDED", "case_audit", "3", "12 characters"),
                row(new CaseAuditTrail.ComparisonOpened(3, "C-1"), "MODERATION_COMPARISON_OPENED", "case_audit",
                "3", "case C-1"),
                row(new CaseAuditTrail.AnswerAgreed(3, "q1", "Yes"), "MODERATION_ANSWER_AGREED", "case_audit", "3",
                        "q1: agreed 'Yes'"),
                row(new CaseAuditTrail.AnswerAgreed(3, "q1", null), "MODERATION_ANSWER_AGREED", "case_audit", "3",
                        "q1: agreed none"),
                row(new CaseAuditTrail.ModerationCompleted(3, 2), "MODERATION_COMPLETED", "case_audit", "3",
                        "2 disagreement(s) settled"),
                row(new CaseAuditTrail.RetentionSettingChanged("case_register", "Register", 72, 84),
                        "RETENTION_SETTING_CHANGED", "retention_setting", "case_register", "Register: 72 -> 84 months"),
                row(new CaseTrail.CaseViewed(5, "csv", "C-1", null, null), "CASE_FACTS_VIEWED", "case", "5", "csv/C-1"),
                row(new CaseTrail.CaseViewed(5, "csv", "C-1", 3L, " (minimal: team)"), "CASE_FACTS_VIEWED", "case", "5",
                        "csv/C-1 via audit 3 (minimal: team)"),
                row(new CaseTrail.RegisterExported(CaseRegisterService.ExportFormat.CSV, 600, "all cases"),
                        "CASE_REGISTER_EXPORTED", "case-register", "CSV", "600 cases; all cases"),
                row(new CaseTrail.ImportRun(new ImportResult(11L, ImportStatus.COMMITTED, "cases.csv",
                "ee", "LCS", "lcs",
                        new ImportCounts(10, 4, 3, 2, 1), 1, null, null, null), "upload"), "CASE_IMPORT_COMMITTED",
                        "case-import", "11", "file=cases.csv; sha256=ee; profile=LCS; source=lcs; channel=upload; "
                                + "rows=10; new=4; updated=3; unchanged=2; rejected=1; problems=1"),
                row(new CaseTrail.ImportRun(new ImportResult(null, ImportStatus.REJECTED, "cases.csv",
                "ee", "LCS", "lcs",
                        new ImportCounts(1, 0, 0, 0, 1), 1, null, null, null), "api"), "CASE_IMPORT_REJECTED",
                        "case-import", "-", "file=cases.csv; sha256=ee; profile=LCS; source=lcs; channel=api; "
                                + "rows=1; new=0; updated=0; unchanged=0; rejected=1; problems=1"),
                row(new CaseTrail.MappingProfileSaved(2, "LCS", true), "MAPPING_PROFILE_CREATED",
                "mapping-profile", "2", "LCS"),
                row(new CaseTrail.MappingProfileSaved(2, "LCS", false), "MAPPING_PROFILE_UPDATED",
                "mapping-profile", "2", "LCS"),
                row(new CaseTrail.MappingProfileDeleted(2, "LCS"), "MAPPING_PROFILE_DELETED",
                "mapping-profile", "2", "LCS"),
                row(new CaseTrail.TokenCreated(4, "bi", "cases:read", LocalDate.of(2027, 1, 31)),
                        "INTEGRATION_TOKEN_CREATED", "integration-account", "4", "bi (cases:read, expires 2027-01-31)"),
                row(new CaseTrail.TokenRevoked(4, "bi"), "INTEGRATION_TOKEN_REVOKED", "integration-account", "4", "bi"),
                row(new TemplateTrail.VersionStored("s47", 2, "UPLOAD", "s47.yaml", "ff"), "TEMPLATE_VERSION_STORED",
                        "TemplateVersion", "s47 v2", "UPLOAD s47.yaml sha256=ff"),
                row(new TemplateTrail.UploadUnchanged("s47", 2, "s47"), "TEMPLATE_UPLOAD_UNCHANGED", "TemplateVersion",
                        "s47 v2", "s47 is identical to the stored version"),
                row(new TemplateTrail.UploadRefused("s47", 2, "line 3: no id"), "TEMPLATE_UPLOAD_REFUSED",
                        "TemplateVersion", "s47", "2 problem(s); first: line 3: no id"),
                row(new TemplateTrail.VersionFirstUsed("s47", 2), "TEMPLATE_VERSION_USED", "TemplateVersion", "s47 v2",
                        "first used by an audit"),
                row(new TemplateTrail.VersionDeleted("s47", 2), "TEMPLATE_VERSION_DELETED",
                "TemplateVersion", "s47 v2", ""),
                row(new CalendarTrail.VersionCreated(3, CalendarChangeType.ADD, "Added x"), "CALENDAR_VERSION_CREATED",
                        "calendar_version", "3", "ADD: Added x"),
                row(new CalendarTrail.TimescaleChanged("ICPC", "15 days", "10 days"), "TIMESCALE_SETTING_CHANGED",
                        "timescale_setting", "ICPC", "15 days -> 10 days"),
                row(new FindingsTrail.FindingsViewed(7, 4), "FINDINGS_VIEWED", "audit_cycle", "7", "4 finding(s)"),
                row(new FindingsTrail.StrengthsViewed(7, 2), "STRENGTHS_VIEWED", "audit_cycle", "7",
                "2 strength note(s)"),
                row(new FindingsTrail.ActionCreated(8, "Do x"), "ACTION_CREATED", "action_item", "8", "Do x"),
                row(new FindingsTrail.ActionUpdated(8, "a", "b"), "ACTION_UPDATED", "action_item", "8", "a -> b"),
                row(new FindingsTrail.ActionNoteAdded(8, " " + "n".repeat(250)), "ACTION_NOTE_ADDED",
                "action_item", "8",
                        "n".repeat(199) + "\u2026"),
                row(new FindingsTrail.ActionClosed(8, LocalDate.of(2026, 5, 1), "minutes"), "ACTION_COMPLETED",
                        "action_item", "8", "completed on 2026-05-01; evidence: minutes"),
                row(new FindingsTrail.ReAuditLaunched(8, 9, "Re-audit", LocalDate.of(2026, 4, 1), 5, 11),
                        "ACTION_REAUDIT_LAUNCHED", "action_item", "8",
                        "cycle 9 (Re-audit); cases with S47 start from 2026-04-01; 5 audit(s); seed 11"),
                row(new FindingsTrail.DeliveryGroupSaved(2, true, "North", "Ann"), "DELIVERY_GROUP_CREATED",
                        "delivery_group", "2", "North; chair Ann"),
                row(new FindingsTrail.DeliveryGroupSaved(2, false, "North", "Ann"), "DELIVERY_GROUP_UPDATED",
                        "delivery_group", "2", "North; chair Ann"),
                row(new MultiAgencyTrail.AgencyCreated(1, "Police", AgencyKind.values()[0]),
                "AGENCY_CREATED", "agency", "1",
                        "Police (" + AgencyKind.values()[0].label() + ")"),
                row(new MultiAgencyTrail.AgencyMemberSet(1, "pc", "Police"), "AGENCY_MEMBER_SET", "agency", "1",
                "pc -> Police"),
                row(new MultiAgencyTrail.AuditCreated(6, "Neglect", "4 children chosen by the lead", "Police, Health"),
                        "MA_AUDIT_CREATED", "multi-agency-audit", "6",
                        "Neglect: 4 children chosen by the lead, agencies Police, Health"),
                row(new MultiAgencyTrail.AgencyMemberRemoved(1, "pc", "Police"), "AGENCY_MEMBER_REMOVED", "agency", "1",
                        "pc left Police"),
                row(new MultiAgencyTrail.ChildNominated(6, "Police", "C-12"), "MA_CHILD_NOMINATED",
                "multi-agency-audit",
                        "6", "Police nominated case C-12"),
                row(new MultiAgencyTrail.NominationDecided(6, "C-12", true), "MA_NOMINATION_ACCEPTED",
                        "multi-agency-audit", "6", "case C-12"),
                row(new MultiAgencyTrail.NominationDecided(6, "C-12", false), "MA_NOMINATION_DECLINED",
                        "multi-agency-audit", "6", "case C-12"),
                row(new MultiAgencyTrail.RecommendationMade(6, 3, 40), "MA_RECOMMENDATION_MADE", "multi-agency-audit",
                        "6", "recommendation 3 -> action 40"),
                row(new MultiAgencyTrail.WorkbookExported(6, 90, 24), "MA_WORKBOOK_EXPORTED", "multi-agency-audit", "6",
                        "90 answers, 24 conclusions"),
                row(new PartnershipTrail.ComparisonViewed(2, "s47 v1 q1, 2026-01-01 to 2026-06-30", 2),
                        "PARTNERSHIP_COMPARISON_VIEWED", "partnership", "2",
                        "s47 v1 q1, 2026-01-01 to 2026-06-30, 2 council(s)"),
                row(new PartnershipTrail.ComparisonWorkbookGenerated(2, "s47 v1 q1"), "REPORT_GENERATED",
                "partnership", "2",
                        "Partnership comparison workbook: s47 v1 q1"),
                row(new PartnershipTrail.ComparisonPackGenerated(2, "s47 v1 q1", "PDF"), "REPORT_GENERATED",
                        "partnership", "2", "Partnership comparison pack (PDF): s47 v1 q1"),
                row(new InstallationTrail.PartnershipCreated("NSSP", "North and South"), "PARTNERSHIP_CREATED",
                        "partnership", "NSSP", "North and South"),
                row(new InstallationTrail.CouncilCreated("SVB", "Southvale", "admin2"), "COUNCIL_CREATED",
                "council", "SVB",
                        "Southvale; first administrator admin2"),
                row(new InstallationTrail.TeamAdded("SVB", "North"), "COUNCIL_TEAM_ADDED", "council", "SVB", "North"),
                row(new InstallationTrail.IntegrationAdded("SVB", "LCS"), "COUNCIL_INTEGRATION_ADDED", "council", "SVB",
                        "LCS"),
                row(new InstallationTrail.CouncilExported("SVB", 120, 9), "COUNCIL_EXPORTED", "council", "SVB",
                        "120 row(s) in 9 file(s)"),
                row(new InstallationTrail.CouncilOffboarded("SVB", 120, 8, 2), "COUNCIL_OFFBOARDED", "council", "SVB",
                        "120 row(s) deleted from 8 table(s), 2 user(s) deleted; trail entries kept"),
                row(new PracticeTrail.CycleModeSet(3, true), "CYCLE_COLLABORATIVE_MODE", "audit_cycle", "3",
                "collaborative"),
                row(new PracticeTrail.AuditModeSet(8, null), "AUDIT_COLLABORATIVE_MODE", "case_audit", "8",
                "as the cycle"),
                row(new PracticeTrail.AuditModeSet(8, false), "AUDIT_COLLABORATIVE_MODE", "case_audit", "8",
                        "not collaborative"),
                row(new PracticeTrail.CollaborationRecorded(8, true), "AUDIT_COLLABORATION_RECORDED", "case_audit", "8",
                        "present and reflection recorded, feedback given"),
                row(new PracticeTrail.GradeAgreement(8, "DISAGREED", "Good"), "AUDIT_GRADE_AGREEMENT",
                "case_audit", "8",
                        "DISAGREED with grade Good"),
                row(new PracticeTrail.FeedbackLinkIssued(5, 8, "Parent", Instant.parse("2026-12-01T10:00:00Z")),
                        "FAMILY_FEEDBACK_LINK_ISSUED", "family_feedback_link", "5",
                        "audit 8, Parent, expires 2026-12-01T10:00:00Z"),
                row(new PracticeTrail.FeedbackRead(8), "FAMILY_FEEDBACK_READ", "case_audit", "8", null),
                row(new PracticeTrail.CalibrationViewed("auditor2", 4), "CALIBRATION_VIEWED", "auditor", "auditor2",
                        "4 cycle(s) with moderated grades"),
                row(new MultiAgencyTrail.AuditOpened(6, "Neglect"), "MA_AUDIT_OPENED", "multi-agency-audit",
                "6", "Neglect"),
                row(new MultiAgencyTrail.ReturnOpened(12, 6, 1), "MA_RETURN_OPENED", "multi-agency-return", "12",
                        "audit 6, agency 1"),
                row(new MultiAgencyTrail.ReturnSaved(12, true, 9), "MA_RETURN_SUBMITTED", "multi-agency-return",
                "12", "9 answers"),
                row(new MultiAgencyTrail.ReturnSaved(12, false, 9), "MA_RETURN_SAVED", "multi-agency-return",
                "12", "9 answers"),
                row(new MultiAgencyTrail.PanelStarted(6, 3), "MA_PANEL_STARTED", "multi-agency-audit", "6",
                "3 returns submitted"),
                row(new MultiAgencyTrail.PanelChildOpened(6, 2), "MA_PANEL_CHILD_OPENED", "multi-agency-audit",
                "6", "child 2"),
                row(new MultiAgencyTrail.ConclusionRecorded(6, 2, "Safety", "Good"), "MA_CONCLUSION_RECORDED",
                        "multi-agency-audit", "6", "child 2, Safety: Good"),
                row(new MultiAgencyTrail.ConcernRaised(3, 6, 2, "Police"), "MA_CONCERN_RAISED",
                "multi-agency-concern", "3",
                        "audit 6, child 2 -> Police"),
                row(new MultiAgencyTrail.ConcernAcknowledged(3, "Police"), "MA_CONCERN_ACKNOWLEDGED",
                        "multi-agency-concern", "3", "Police"),
                row(new MultiAgencyTrail.AuditCompleted(6, "Neglect"), "MA_AUDIT_COMPLETED", "multi-agency-audit",
                "6", "Neglect"),
                row(new MultiAgencyTrail.BoardReportBuilt(6, true), "MA_BOARD_REPORT", "multi-agency-audit", "6",
                        "disclosure-controlled"),
                row(new MailTrail.PreferenceSet("ann", "DAILY"), "MAIL_PREFERENCE_SET", "user", "ann", "DAILY"),
                row(new MailTrail.OverdueCompulsorySet(true), "MAIL_OVERDUE_COMPULSORY", "mail_setting", "1", "true"),
                row(new MailTrail.MailRetried(5), "MAIL_RETRIED", "mail_outbox", "5",
                "queued again by an administrator"),
                row(new ReportTrail.ReportGenerated("audit_cycle", "7", "committee pack PDF, anonymised"),
                        "REPORT_GENERATED", "audit_cycle", "7", "committee pack PDF, anonymised"),
                row(new ReportTrail.ReportDownloaded("report_file", "4", "pack"), "REPORT_DOWNLOADED",
                "report_file", "4", "pack"),
                row(new ReportTrail.ScheduleChanged(true, false, true, "0 0 6 * * MON"), "REPORT_SCHEDULE_CHANGED",
                        "report_schedule", "1", "on; full no, anonymised yes; cron 0 0 6 * * MON"),
                row(new ReportTrail.FilesPurged(2, 30), "REPORT_FILES_PURGED", "report_file", "-",
                        "2 kept report file(s) past their 30 days deleted"),
                row(new ReportTrail.ScheduledSkipped("no complete audit cycle yet"), "SCHEDULED_REPORT_SKIPPED",
                        "report_schedule", "1", "no complete audit cycle yet"),
                row(new ReportTrail.ScheduledStored(4, "pack"), "SCHEDULED_REPORT_STORED", "report_file", "4", "pack"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("events")
    void each_event_maps_to_its_stored_code_target_and_detail(TrailEvent event, String code, String targetType,
                                                              String targetId, String detail) {
        TrailEntry e = event.entry();
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.targetType()).isEqualTo(targetType);
        assertThat(e.targetId()).isEqualTo(targetId);
        assertThat(e.detail()).isEqualTo(detail);
        assertThat(e.actor()).as("the current user").isNull();
        assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(e.council()).as("the current council").isNull();
    }

    @Test
    void a_family_feedback_entry_names_the_council_of_its_link_and_an_unknown_token_none() {
        assertThat(new PracticeTrail.FeedbackLinkOpened(5, "10.0.0.2", 3).entry().council()).isEqualTo(3L);
        assertThat(new PracticeTrail.FeedbackAnswered(5, 8, "10.0.0.2", 3).entry().council()).isEqualTo(3L);
        assertThat(new PracticeTrail.FeedbackLinkRefused("5", "expired", "10.0.0.2", 3L).entry().council())
                .isEqualTo(3L);
        assertThat(new PracticeTrail.FeedbackLinkRefused("unknown", "unknown token", "10.0.0.2", null).entry()
                .council()).isNull();
        TrailEntry moved = TrailEntry.of("X", "t", 1, "d").by("a").from("b").in(4).withOutcome(Outcome.DENIED);
        assertThat(moved.council()).as("kept through the other withers").isEqualTo(4L);
    }

    static Stream<Arguments> eventsOfTheirOwn() {
        return Stream.of(
                Arguments.of(new CaseAuditTrail.RetentionRun("2 cases removed", 72, 84),
                "CASE_DATA_RETENTION", "system",
                        null, Outcome.SUCCESS, "2 cases removed (retention: register 72 months, audit text 84 months)"),
                Arguments.of(new MailTrail.MailFailed(5, "a@x", 3, "timeout"), "MAIL_FAILED", "system", null,
                        Outcome.FAILURE, "to a@x after 3 attempts: timeout"),
                Arguments.of(new CaseTrail.TokenRejected("/api/cases.csv", "10.0.0.1"),
                "API_TOKEN_REJECTED", "anonymous",
                        "10.0.0.1", Outcome.DENIED, null),
                Arguments.of(new ReportTrail.ScheduledFailed(7, "pack: no data"),
                "SCHEDULED_REPORT_FAILED", "scheduler",
                        null, Outcome.FAILURE, "pack: no data"),
                Arguments.of(new PracticeTrail.FeedbackLinkOpened(5, "10.0.0.2", 3), "FAMILY_FEEDBACK_LINK_OPENED",
                        "family (feedback link)", "10.0.0.2", Outcome.SUCCESS, null),
                Arguments.of(new PracticeTrail.FeedbackAnswered(5, 8, "10.0.0.2", 3), "FAMILY_FEEDBACK_ANSWERED",
                        "family (feedback link)", "10.0.0.2", Outcome.SUCCESS, "audit 8"),
                Arguments.of(new PracticeTrail.FeedbackLinkRefused("5", "expired", "10.0.0.2", 3L),
                "FAMILY_FEEDBACK_LINK_REFUSED",
                        "family (feedback link)", "10.0.0.2", Outcome.DENIED, "expired"),
                Arguments.of(new PracticeTrail.CalibrationRefused("auditor2"), "CALIBRATION_REFUSED", null, null,
                        Outcome.DENIED, "calibration of another auditor"),
                Arguments.of(new ReportTrail.ReportRefused("report_file", "4", "stored full report x.pdf"),
                "REPORT_REFUSED",
                        null, null, Outcome.DENIED, "stored full report x.pdf"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("eventsOfTheirOwn")
    void events_by_the_system_or_refused_carry_their_actor_and_outcome(TrailEvent event, String code, String actor,
                                                                       String address, Outcome outcome, String detail) {
        TrailEntry e = event.entry();
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.actor()).isEqualTo(actor);
        assertThat(e.remoteAddress()).isEqualTo(address);
        assertThat(e.outcome()).isEqualTo(outcome);
        assertThat(e.detail()).isEqualTo(detail);
    }

    @Test
    void every_kind_of_event_is_in_the_tables() {
        Set<String> tested = Stream.concat(events(), eventsOfTheirOwn()).map(a -> a.get()[0].getClass().getName())
                .collect(Collectors.toSet());
        Set<String> declared = declared();
        assertThat(declared).as("trail events of the application").isNotEmpty();
        assertThat(tested).containsAll(declared);
    }

    /**
     * Every class of the application (not of the tests) under org.caseaudit that is a {@link TrailEvent}, read from the
     * class files as ArchUnit's import did (which took minutes of a loaded run: it resolves the supertypes of every
     * class, Spring's and Vaadin's too), by Spring's class-path scanner: any class but an interface, nested, inner or
     * anonymous, that implements the interface directly or through another.
     */
    static Set<String> declared() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return !definition.getMetadata().isInterface();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(TrailEvent.class));
        return scanner.findCandidateComponents("org.caseaudit").stream()
                .filter(definition -> !String.valueOf(definition.getSource()).contains("/test-classes/"))
                .map(BeanDefinition::getBeanClassName).collect(Collectors.toSet());
    }

    private static Arguments row(TrailEvent event, String code, String targetType, String targetId, String detail) {
        return Arguments.of(event, code, targetType, targetId, detail);
    }
}
