package org.caseaudit.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.caseaudit.audit.AuditDetails;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditStateException;
import org.caseaudit.audit.Collaboration;
import org.caseaudit.audit.CollaborationInput;
import org.caseaudit.audit.CollaborationRules;
import org.caseaudit.audit.CollaborativeAuditService;
import org.caseaudit.audit.DomainGrade;
import org.caseaudit.audit.DomainGrades;
import org.caseaudit.audit.FamilyFeedback;
import org.caseaudit.audit.FamilyFeedbackService;
import org.caseaudit.audit.FeedbackRespondent;
import org.caseaudit.audit.GradeAgreement;
import org.caseaudit.audit.IssuedFeedbackLink;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.PlainText;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/**
 * An audit done with the practitioner: who was present, the auditor's view (overall grade, domain grades) beside the
 * practitioner's own reflection, their agreement with the grade or their disagreement and why, the feedback to them;
 * and the family feedback links of the audit. The audit lead sets the cycle's mode here too.
 */
@Route("audit-collaboration")
@PageTitle("Collaborative audit | Case Audit Workbench")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
class CollaborativeAuditView extends VerticalLayout implements BeforeEnterObserver {

    private final CollaborativeAuditService service;
    private final AuditService audits;
    private final DomainGrades domainGrades;
    private final FamilyFeedbackService feedback;
    private final CurrentUser currentUser;
    private long auditId;
    private Collaboration collaboration;

    CollaborativeAuditView(CollaborativeAuditService service, AuditService audits, DomainGrades domainGrades,
                           FamilyFeedbackService feedback, CurrentUser currentUser) {
        this.service = service;
        this.audits = audits;
        this.domainGrades = domainGrades;
        this.feedback = feedback;
        this.currentUser = currentUser;
        setMaxWidth("1200px");
    }

    static QueryParameters params(long auditId) {
        return QueryParameters.simple(Map.of("id", String.valueOf(auditId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        AuditPage.open(event, id -> {
            auditId = id;
            render();
        }, this::refused);
    }

    private void refused(String message) {
        Paragraph p = new Paragraph(message);
        p.setId("collab-refused");
        add(new H2("Collaborative audit"), p);
    }

    private void render() {
        removeAll();
        AuditDetails audit = audits.open(auditId);
        collaboration = service.collaboration(auditId);
        List<DomainGrade> domains = domainGrades.forAudit(auditId);
        add(new H2("Collaborative audit: case " + audit.summary().caseReference()));
        Paragraph meta = new Paragraph(audit.template().title() + " (version " + audit.summary().templateVersion()
                + ") · " + audit.status().label().toLowerCase());
        meta.setId("collab-meta");
        add(meta);
        add(mode());
        if (!collaboration.collaborative()) {
            Paragraph off = new Paragraph("This audit is not done with the practitioner. Turn collaborative mode on to"
                    + " record who was present, the practitioner's reflection and their view of the grade.");
            off.setId("collab-off");
            add(off);
        } else {
            add(presence());
            add(sideBySide(audit, domains));
            add(agreement());
        }
        Button back = new Button("Back to the audit", e -> UI.getCurrent().navigate("audit",
                QueryParameters.simple(Map.of("id", String.valueOf(auditId)))));
        back.setId("collab-back");
        add(familyFeedback(), back);
    }

    private Component mode() {
        Div box = new Div();
        box.setId("collab-mode");
        Checkbox audit = new Checkbox("Done with the practitioner (collaborative audit)",
                collaboration.collaborative());
        audit.setId("collab-audit-mode");
        audit.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            act(() -> service.setAuditMode(auditId, e.getValue() == collaboration.cycleCollaborative()
                    ? null : e.getValue()), e.getValue() ? "Collaborative mode on" : "Collaborative mode off");
        });
        box.add(audit);
        Span source = new Span(collaboration.override() == null ? " (as the cycle)" : " (this audit only; the cycle is "
                + (collaboration.cycleCollaborative() ? "collaborative)" : "not collaborative)"));
        box.add(source);
        if (currentUser.hasRole(Roles.AUDIT_LEAD) || currentUser.hasRole(Roles.ADMIN)) {
            Checkbox cycle = new Checkbox("Every audit of this cycle is collaborative",
                    collaboration.cycleCollaborative());
            cycle.setId("collab-cycle-mode");
            cycle.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    act(() -> {
                        service.setCycleCollaborative(collaboration.cycleId(), e.getValue());
                        return null;
                    }, "Cycle setting saved");
                }
            });
            Div line = new Div(cycle);
            box.add(line);
        }
        return box;
    }

    private TextField field(String label, String id, String value, PlainText.Rule rule) {
        TextField f = new TextField(label);
        f.setId(id);
        f.setValue(value == null ? "" : value);
        f.setMaxLength(rule.maxLength());
        f.setWidthFull();
        return f;
    }

    private TextArea area(String label, String id, String value, PlainText.Rule rule) {
        TextArea a = new TextArea(label);
        a.setId(id);
        a.setValue(value == null ? "" : value);
        a.setMaxLength(rule.maxLength());
        a.setWidthFull();
        a.setMinHeight("6em");
        return a;
    }

    private TextField practitioner;
    private TextField practitionerRole;
    private TextField manager;
    private TextField managerRole;
    private TextArea wentWell;
    private TextArea doDifferently;
    private TextArea feedbackText;

    private Component presence() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3("Present"));
        practitioner = field("Practitioner", "collab-practitioner", collaboration.practitionerName(),
                CollaborationRules.PRACTITIONER);
        practitionerRole = field("Practitioner's role", "collab-practitioner-role", collaboration.practitionerRole(),
                CollaborationRules.PRACTITIONER_ROLE);
        manager = field("Their manager", "collab-manager", collaboration.managerName(), CollaborationRules.MANAGER);
        managerRole = field("Manager's role", "collab-manager-role", collaboration.managerRole(),
                CollaborationRules.MANAGER_ROLE);
        FormLayout form = new FormLayout(practitioner, practitionerRole, manager, managerRole);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        Paragraph note = new Paragraph("Names are kept with this audit for the feedback only: reports and packs count"
                + " collaborative audits but never name the practitioner.");
        note.addClassName("hint");
        box.add(form, note);
        return box;
    }

    private Component sideBySide(AuditDetails audit, List<DomainGrade> domains) {
        VerticalLayout auditor = new VerticalLayout();
        auditor.setId("collab-auditor-view");
        auditor.setPadding(false);
        auditor.add(new H3("The auditor's view"));
        auditor.add(new Paragraph("Overall grade: " + (audit.grade() == null ? "not given yet" : audit.grade())));
        if (audit.gradeRationale() != null) {
            auditor.add(new Paragraph("Rationale: " + audit.gradeRationale()));
        }
        if (audit.strengths() != null) {
            auditor.add(new Paragraph("Strengths: " + audit.strengths()));
        }
        Div grades = new Div();
        grades.setId("collab-domain-grades");
        if (domains.isEmpty()) {
            grades.add(new Paragraph(audit.template().gradedDomains().isEmpty()
                    ? "This template version has no graded domains."
                    : "Domain grades appear here once the audit has started."));
        }
        for (DomainGrade d : domains) {
            grades.add(new Paragraph(d.domainTitle() + ": " + (d.grade() == null ? "not graded yet" : d.grade())));
        }
        auditor.add(grades);

        VerticalLayout reflection = new VerticalLayout();
        reflection.setId("collab-reflection");
        reflection.setPadding(false);
        reflection.add(new H3("The practitioner's reflection"));
        wentWell = area("What went well", "collab-went-well", collaboration.wentWell(),
                CollaborationRules.WENT_WELL);
        doDifferently = area("What I would do differently", "collab-do-differently", collaboration.doDifferently(),
                CollaborationRules.DO_DIFFERENTLY);
        feedbackText = area("Feedback to the practitioner", "collab-feedback", collaboration.feedbackToPractitioner(),
                CollaborationRules.FEEDBACK);
        Button save = new Button("Save presence and reflection", e -> act(() -> service.record(auditId,
                new CollaborationInput(practitioner.getValue(), practitionerRole.getValue(), manager.getValue(),
                        managerRole.getValue(), wentWell.getValue(), doDifferently.getValue(), feedbackText.getValue(),
                        collaboration.version())), "Saved"));
        save.setId("collab-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        reflection.add(wentWell, doDifferently, feedbackText, save);

        FlexLayout columns = new FlexLayout(auditor, reflection);
        columns.setId("collab-columns");
        columns.setWidthFull();
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.getStyle().set("gap", "var(--lumo-space-l)");
        auditor.getStyle().set("flex", "1 1 320px");
        reflection.getStyle().set("flex", "1 1 320px");
        return columns;
    }

    private Component agreement() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("collab-agreement");
        box.add(new H3("The practitioner's view of the grade"));
        if (collaboration.agreement() != null) {
            Paragraph now = new Paragraph(collaboration.agreement().label() + " (" + collaboration.agreedGrade() + ")"
                    + (collaboration.disagreementReason() == null ? "" : ": " + collaboration.disagreementReason())
                    + (collaboration.agreementCurrent() ? "" : ". The grade has changed since: ask again."));
            now.setId("collab-agreement-now");
            box.add(now);
        }
        RadioButtonGroup<GradeAgreement> choice = new RadioButtonGroup<>("Does the practitioner agree with the"
                + " overall grade?");
        choice.setId("collab-agreement-choice");
        choice.setItems(GradeAgreement.values());
        choice.setItemLabelGenerator(GradeAgreement::label);
        TextArea reason = area("Reason (needed for a disagreement)", "collab-agreement-reason", null,
                CollaborationRules.REASON);
        Button record = new Button("Record their view", e -> act(() -> service.recordAgreement(auditId,
                choice.getValue(), reason.getValue(), collaboration.version()), "Recorded"));
        record.setId("collab-agreement-save");
        box.add(choice, reason, record);
        return box;
    }

    private Component familyFeedback() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("collab-family");
        box.add(new H3("Feedback from the family"));
        box.add(new Paragraph("Create a link for a parent or carer, or the young person, and send it to them. The link"
                + " works once, for " + "a limited time, with no sign-in; the page shows nothing about the case."));
        Select<FeedbackRespondent> who = new Select<>();
        who.setLabel("For");
        who.setId("collab-family-respondent");
        who.setItems(FeedbackRespondent.values());
        who.setItemLabelGenerator(FeedbackRespondent::label);
        who.setValue(FeedbackRespondent.PARENT);
        TextField link = new TextField("Link to copy and send (shown once)");
        link.setId("collab-family-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setVisible(false);
        Div list = new Div();
        list.setId("collab-family-list");
        Button create = new Button("Create feedback link", e -> {
            try {
                IssuedFeedbackLink issued = feedback.issue(auditId, who.getValue());
                String base = com.vaadin.flow.server.VaadinServletRequest.getCurrent() == null ? "" : baseUrl();
                link.setValue(base + "/" + issued.path());
                link.setVisible(true);
                fillFamilyList(list);
                Notifications.success("Link created; it expires on " + Formats.dateTime(issued.expiresAt()));
            } catch (AuditStateException | AccessDeniedException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        create.setId("collab-family-create");
        box.add(new com.vaadin.flow.component.orderedlayout.HorizontalLayout(who, create), link);
        fillFamilyList(list);
        box.add(list);
        return box;
    }

    private void fillFamilyList(Div list) {
        list.removeAll();
        List<FamilyFeedback> links = feedback.forAudit(auditId);
        if (links.isEmpty()) {
            list.add(new Paragraph("No feedback asked for yet."));
        }
        for (FamilyFeedback f : links) {
            String state = f.answered() ? "answered " + Formats.dateTime(f.answeredAt())
                    : f.expired() ? "expired unanswered" : "waiting (expires " + Formats.dateTime(f.expiresAt()) + ")";
            Div row = new Div(new Span(f.respondent().label() + ", sent " + Formats.dateTime(f.issuedAt()) + ": "
                    + state));
            if (f.answered()) {
                row.add(new Paragraph("Listened to: " + f.listenedTo().label() + " · Understood what was happening: "
                        + f.understood().label() + " · Things are better: " + f.madeDifference().label()
                        + (f.comments() == null ? "" : " · \u201c" + f.comments() + "\u201d")));
            }
            list.add(row);
        }
    }

    private static String baseUrl() {
        var request = com.vaadin.flow.server.VaadinServletRequest.getCurrent().getHttpServletRequest();
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    private void act(java.util.function.Supplier<?> action, String done) {
        try {
            action.get();
            Notifications.success(done);
            render();
        } catch (AuditStateException | AccessDeniedException e) {
            Notifications.error(e.getMessage());
        }
    }
}
