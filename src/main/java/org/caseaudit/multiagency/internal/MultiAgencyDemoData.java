package org.caseaudit.multiagency.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseaudit.cases.CaseFacts;
import org.caseaudit.cases.CaseFilter;
import org.caseaudit.cases.CaseRegisterService;
import org.caseaudit.findings.ActionForm;
import org.caseaudit.findings.ActionItem;
import org.caseaudit.findings.ActionPlanService;
import org.caseaudit.findings.ActionStatus;
import org.caseaudit.multiagency.Agency;
import org.caseaudit.multiagency.AgencyKind;
import org.caseaudit.multiagency.Grade;
import org.caseaudit.multiagency.PanelDomain;
import org.caseaudit.multiagency.ReturnStatus;
import org.caseaudit.multiagency.ReturnTemplate;
import org.caseaudit.multiagency.ReturnTemplates;
import org.caseaudit.multiagency.Stage;
import org.caseaudit.security.Roles;
import org.caseaudit.security.RunAs;
import org.caseaudit.shared.DemoData;
import org.caseaudit.shared.council.CouncilScope;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo multi-agency audits: four partner agencies (members: the demo users police, health, school, childrens), one
 * completed neglect audit of four children (every return in, one late; graded; one concern acknowledged) and one in
 * progress (some returns submitted, one draft, some not started). Deterministic and idempotent (by theme).
 */
@Component
@Order(60)
class MultiAgencyDemoData implements DemoData {

    static final String COMPLETED = "Neglect";
    static final String IN_PROGRESS = "Neglect: older children";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Map<AgencyKind, String[]> AGENCIES = new EnumMap<>(Map.of(
            AgencyKind.POLICE, new String[] {"Northshire Police", "police"},
            AgencyKind.HEALTH, new String[] {"Northshire Community Health NHS Trust", "health"},
            AgencyKind.EDUCATION, new String[] {"Northshire Schools Safeguarding Service", "school"},
            AgencyKind.CHILDRENS_SOCIAL_CARE, new String[] {"Northshire Children's Social Care", "childrens"}));

    private final MultiAgencyStore store;
    private final ReturnTemplates templates;
    private final CaseRegisterService register;
    private final ActionPlanService actionPlan;
    private final Clock clock;
    private final CurrentCouncil council;

    MultiAgencyDemoData(MultiAgencyStore store, ReturnTemplates templates, CaseRegisterService register,
            ActionPlanService actionPlan, Clock clock, CurrentCouncil council) {
        this.council = council;
        this.actionPlan = actionPlan;
        this.store = store;
        this.templates = templates;
        this.register = register;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void load() {
        // the lead's council, like the other loaders: the register read as the lead and the audits, members and
        // actions written here all belong to it, and every demo user named here must be its member
        long demo = RunAs.as("lead", council::id, Roles.AUDIT_LEAD);
        List<String> named = new java.util.ArrayList<>(List.of("lead"));
        AGENCIES.values().forEach(v -> named.add(v[1]));
        DemoData.requireMembers(council, demo, "MultiAgencyDemoData", named);
        CouncilScope.run(demo, this::loadInCouncil);
    }

    private void loadInCouncil() {
        Map<AgencyKind, Agency> agencies = new EnumMap<>(AgencyKind.class);
        AGENCIES.forEach((kind, v) -> {
            Agency agency = store.agencyByName(v[0]).orElseGet(() -> store.agency(store.insertAgency(v[0], kind))
                    .orElseThrow());
            if (store.agencyOf(v[1]).isEmpty()) {
                store.setMember(v[1], agency.id());
            }
            agencies.put(kind, agency);
        });
        List<CaseFacts> cases = RunAs.as("lead", () -> register.find(CaseFilter.all(), PageRequest.of(0, 40)),
                Roles.AUDIT_LEAD).stream().filter(c -> c.data().childReference() != null).limit(8).toList();
        if (cases.size() < 8) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        if (store.auditByTheme(COMPLETED).isEmpty()) {
            completed(agencies, cases.subList(0, 4), today);
        }
        if (store.auditByTheme(IN_PROGRESS).isEmpty()) {
            inProgress(agencies, cases.subList(4, 8), today);
        }
    }

    private void completed(Map<AgencyKind, Agency> agencies, List<CaseFacts> cases, LocalDate today) {
        LocalDate due = today.minusDays(60);
        long audit = store.insertAudit(COMPLETED, due, today.minusDays(45), "lead", at(today.minusDays(90)));
        agencies.values().forEach(a -> store.addAgency(audit, a.id()));
        List<Long> childIds = new java.util.ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            long child = store.insertChild(audit, i + 1, cases.get(i).id(), cases.get(i).data().childReference(), null);
            childIds.add(child);
            int j = 0;
            for (Agency a : agencies.values()) {
                long ret = store.insertReturn(audit, child, a.id(), templates.forKind(a.kind()).versionLabel());
                boolean late = a.kind() == AgencyKind.EDUCATION && i == 3;
                store.saveReturn(ret, 0, answers(templates.forKind(a.kind()), i + j), ReturnStatus.SUBMITTED,
                        AGENCIES.get(a.kind())[1], at(late ? due.plusDays(4) : due.minusDays(2)));
                j++;
            }
            Grade[] grades = i == 2
                    ? new Grade[] {Grade.INADEQUATE, Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE,
                            Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE, Grade.INADEQUATE}
                    : i == 1 ? new Grade[] {Grade.GOOD, Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.GOOD,
                            Grade.REQUIRES_IMPROVEMENT, Grade.REQUIRES_IMPROVEMENT}
                    : new Grade[] {Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.OUTSTANDING, Grade.GOOD, Grade.GOOD};
            PanelDomain[] domains = PanelDomain.values();
            for (int d = 0; d < domains.length; d++) {
                store.saveConclusion(child, domains[d], grades[d], RATIONALES[d], "lead", at(today.minusDays(45)));
            }
        }
        String text = "Missed developmental checks and dental appointments were not followed up; confirm the child "
                + "has been seen and tell the lead professional.";
        Agency health = agencies.get(AgencyKind.HEALTH);
        // as the service does it: the concern is an action in the plan, owned by the agency
        ActionItem action = RunAs.as("lead", () -> actionPlan.create(null, null, "multi-agency: " + COMPLETED,
                List.of(), new ActionForm("Immediate concern from the multi-agency audit (" + COMPLETED + "), Child C: "
                        + text, "Agency to respond to the panel's concern and confirm the child is safe", null,
                        health.name(), today.minusDays(38), ActionStatus.NOT_STARTED)), Roles.AUDIT_LEAD);
        long concern = store.insertConcern(audit, childIds.get(2), health.id(), text, today.minusDays(38), "lead",
                at(today.minusDays(45)), action.id());
        String response = "Health visitor saw the child at home; checks booked and the social worker told.";
        store.acknowledge(concern, 0, "health", at(today.minusDays(40)), response);
        RunAs.as("lead", () -> actionPlan.complete(action.id(), action.version(), response, today.minusDays(40)),
                Roles.AUDIT_LEAD);
        store.setStage(audit, 0, Stage.PANEL, null);
        store.setStage(audit, 1, Stage.COMPLETED, at(today.minusDays(30)));
    }

    private void inProgress(Map<AgencyKind, Agency> agencies, List<CaseFacts> cases, LocalDate today) {
        long audit = store.insertAudit(IN_PROGRESS, today.plusDays(10), today.plusDays(20), "lead",
                at(today.minusDays(7)));
        agencies.values().forEach(a -> store.addAgency(audit, a.id()));
        for (int i = 0; i < cases.size(); i++) {
            long child = store.insertChild(audit, i + 1, cases.get(i).id(), cases.get(i).data().childReference(), null);
            for (Agency a : agencies.values()) {
                long ret = store.insertReturn(audit, child, a.id(), templates.forKind(a.kind()).versionLabel());
                String who = AGENCIES.get(a.kind())[1];
                switch (a.kind()) {
                    case POLICE, CHILDRENS_SOCIAL_CARE -> store.saveReturn(ret, 0, answers(templates.forKind(a.kind()),
                            i), ReturnStatus.SUBMITTED, who, at(today.minusDays(2)));
                    case HEALTH -> {
                        if (i == 0) {
                            store.saveReturn(ret, 0, Map.of("involvement-summary", "Health visiting since birth; "
                                    + "school nursing from age 5.", "risks-recognised", "Partly"), ReturnStatus.DRAFT,
                                    who, at(today.minusDays(1)));
                        }
                    }
                    default -> { }
                }
            }
        }
    }

    private static final String[] RATIONALES = {
        "Agencies recognised signs of neglect (poor hygiene, missed appointments) and recorded them.",
        "Assessments drew on every agency's information and considered the child's lived experience.",
        "Plans named who would do what by when; progress was reviewed at core groups.",
        "Agencies shared information at strategy discussions and core groups without delay.",
        "The child's attendance, health and presentation improved over the period audited.",
        "Taking the domains together, the panel's judgement of the partnership's work with the child."};

    /** A complete return: mostly compliant, with a shortfall rotating over the questions by {@code seed}. */
    private static Map<String, String> answers(ReturnTemplate template, int seed) {
        Map<String, String> answers = new LinkedHashMap<>();
        int[] n = {0};
        template.sections().forEach(s -> s.questions().forEach(q -> {
            int k = n[0]++;
            if (q.scale().options().isEmpty()) {
                answers.put(q.id(), switch (q.id()) {
                    case "good-practice" -> "Prompt information sharing at the strategy discussion.";
                    case "areas-for-development" -> "Record the child's views in the child's own words.";
                    case "recommendations" -> "Use the neglect toolkit at every review.";
                    default -> "Regular contact with the child and family over the period audited.";
                });
            } else if (q.scale().options().size() == 4 && q.scale().options().contains("Good")) {
                answers.put(q.id(), seed % 3 == 2 ? "Requires improvement to be good" : "Good");
                if (seed % 3 == 2) {
                    answers.put(q.id() + ":note", "Practice drifted after the first review.");
                }
            } else if ((k + seed) % 4 == 0 && !q.scale().nonCompliantOptions().isEmpty()) {
                String value = q.scale().nonCompliantOptions().getLast();
                answers.put(q.id(), value);
                answers.put(q.id() + ":note", "Not found in the agency's records for the period.");
            } else {
                answers.put(q.id(), q.scale().options().getFirst());
            }
        }));
        return answers;
    }

    private Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(LONDON).toInstant();
    }

}
