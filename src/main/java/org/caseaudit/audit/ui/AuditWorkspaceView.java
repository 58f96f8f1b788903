package org.caseaudit.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caseaudit.audit.AnswerState;
import org.caseaudit.audit.AuditDetails;
import org.caseaudit.audit.AuditKind;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditStage;
import org.caseaudit.audit.AuditStateException;
import org.caseaudit.audit.AuditStatus;
import org.caseaudit.audit.CaseFactsView;
import org.caseaudit.audit.GradeInput;
import org.caseaudit.audit.MissingItem;
import org.caseaudit.audit.SubmitRefusedException;
import org.caseaudit.calendar.MeasureResult;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.Notifications;
import org.caseaudit.templates.AnswerScale;
import org.caseaudit.templates.SectionDefinition;
import org.springframework.security.access.AccessDeniedException;

/**
 * The audit workspace: the case facts (with every computed timescale, its due date and how it was computed) beside the
 * checklist, one section at a time with progress; answers save as they change; submit lists what is missing; a
 * submitted audit is read-only. Query parameter {@code id}.
 */
@Route("audit")
@PageTitle("Audit | Case Audit Workbench")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
class AuditWorkspaceView extends VerticalLayout implements BeforeEnterObserver {

    static final String GRADE_TAB = "overall";

    private final AuditService service;
    private final Div content = new Div();
    private final Tabs sections = new Tabs();
    private final Div sectionBody = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    /** What stops a submission, at the top of the page, each with a link to its question. */
    private final Div problems = new Div();
    private final Span meta = new Span();
    private final Paragraph notStarted = new Paragraph();
    /** Editors of the section in view (and of any other question whose save clash is still shown). */
    private final Map<String, QuestionEditor> editors = new java.util.LinkedHashMap<>();
    /** The latest known state of every answer: editors are built for the section in view only (memory per UI). */
    private final Map<String, AnswerState> states = new java.util.HashMap<>();
    private final List<String> tabKeys = new ArrayList<>();
    private AuditDetails audit;
    private long gradeVersion;

    AuditWorkspaceView(AuditService service) {
        this.service = service;
        setSizeFull();
        content.setWidthFull();
        add(content);
        sections.addSelectedChangeListener(e -> showSection(sections.getSelectedIndex()));
    }

    static QueryParameters params(long auditId) {
        return QueryParameters.simple(Map.of("id", String.valueOf(auditId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        Long id = event.getLocation().getQueryParameters().getSingleParameter("id").map(s -> {
            try {
                return Long.valueOf(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
        var params = event.getLocation().getQueryParameters();
        if (id == null) {
            // links from the sampling module's My audits name the cycle, the case and the task
            try {
                long cycle = Long.parseLong(params.getSingleParameter("cycle").orElse(""));
                long caseId = Long.parseLong(params.getSingleParameter("case").orElse(""));
                AuditKind kind = "MODERATION".equals(params.getSingleParameter("task").orElse("AUDIT"))
                        ? AuditKind.MODERATION : AuditKind.AUDIT;
                id = service.findMine(cycle, caseId, kind).orElse(null);
            } catch (NumberFormatException e) {
                id = null;
            }
        }
        if (id == null) {
            Paragraph none = new Paragraph("No audit of yours was found here: choose one in My audits. The audit lead"
                    + " creates the audits of a cycle once its sample is assigned.");
            none.setId("audit-refused");
            content.add(none);
            return;
        }
        try {
            audit = service.open(id);
        } catch (AccessDeniedException | AuditStateException e) {
            Paragraph refused = new Paragraph(e.getMessage());
            refused.setId("audit-refused");
            content.add(refused);
            return;
        }
        render();
    }

    private void render() {
        content.removeAll();
        editors.clear();
        states.clear();
        states.putAll(audit.answersByQuestion());
        tabKeys.clear();
        gradeVersion = audit.version();
        var s = audit.summary();
        H2 title = new H2((s.kind() == AuditKind.MODERATION ? "Moderation: " : "Audit: ") + s.caseReference());
        title.setId("audit-title");
        meta.setId("audit-status");
        content.add(title, meta);
        showMeta();
        if (audit.reopenReason() != null && s.status() == AuditStatus.IN_PROGRESS) {
            Paragraph reopened = new Paragraph("Reopened by " + audit.reopenedBy() + ": " + audit.reopenReason());
            reopened.setId("reopened-banner");
            content.add(reopened);
        }
        notStarted.setId("not-started-banner");
        notStarted.getStyle().set("font-weight", "600");
        if (s.status() == AuditStatus.NOT_STARTED) {
            String due = s.dueDate() == null ? "" : "; due " + Formats.date(s.dueDate());
            notStarted.setText(audit.editable()
                    ? "Not started yet" + due + ". The audit starts with your first answer; opening it changes nothing."
                    : "Not started by " + s.auditor() + " yet" + due + ". The questions below show what the case data"
                            + " proposes; nothing is answered yet.");
            content.add(notStarted);
        }
        if (!audit.editable()) {
            Paragraph ro = new Paragraph(s.submittedAt() != null
                    ? "Submitted " + Formats.dateTime(s.submittedAt()) + ". This "
                            + (s.kind() == AuditKind.MODERATION ? "moderation" : "audit") + " is read-only."
                    : "Read-only: this audit is not assigned to you.");
            ro.setId("read-only-banner");
            ro.getStyle().set("font-weight", "600");
            content.add(ro);
        }
        content.add(actions());
        problems.removeAll();
        problems.setVisible(false);
        problems.setId("submit-problems");
        problems.getElement().setAttribute("role", "alert");
        problems.getStyle().set("border", "2px solid var(--lumo-error-color)").set("border-radius",
                "var(--lumo-border-radius-m)")
                .set("padding", "0 1em").set("margin", "0.5em 0");
        content.add(problems);

        Div columns = new Div();
        columns.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "1.5em")
                .set("align-items", "flex-start");
        Component facts = facts(audit.caseFacts());
        facts.getElement().getStyle().set("flex", "1 1 22em").set("min-width", "min(18em, 100%)");
        VerticalLayout checklist = new VerticalLayout();
        checklist.setId("checklist");
        checklist.setPadding(false);
        checklist.getStyle().set("flex", "2 1 34em").set("min-width", "min(20em, 100%)").set("max-width", "100%");

        sections.setId("section-tabs");
        // the tab strip scrolls within the checklist column (Vaadin shows its scroll buttons) instead of widening
        // the page: no sideways scrolling of the page at 1280 px or on a tablet (WCAG 1.4.10 reflow)
        sections.setWidthFull();
        sections.getStyle().set("max-width", "100%").set("min-width", "0");
        sections.removeAll();
        for (SectionDefinition section : audit.template().sections()) {
            Tab tab = new Tab(section.title());
            tab.setId("tab-" + section.id());
            sections.add(tab);
            tabKeys.add(section.id());
        }
        if (audit.template().overallGrade() != null) {
            Tab tab = new Tab("Overall grade");
            tab.setId("tab-" + GRADE_TAB);
            sections.add(tab);
            tabKeys.add(GRADE_TAB);
        }
        progress.setId("audit-progress");
        progressText.setId("audit-progress-text");
        // a progress bar needs an accessible name (WCAG 4.1.2): the "n of m questions answered" text beside it
        progress.getElement().setAttribute("aria-labelledby", "audit-progress-text");
        Button previous = new Button("Previous section", e -> move(-1));
        previous.setId("section-previous");
        Button next = new Button("Next section", e -> move(1));
        next.setId("section-next");
        sectionBody.setId("section-body");
        sectionBody.setWidthFull();
        checklist.add(progressText, progress, sections, sectionBody, new HorizontalLayout(previous, next));
        columns.add(facts, checklist);
        content.add(columns);
        updateProgress();
        showSection(0);
    }

    private Component actions() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("audit-actions");
        bar.setAlignItems(Alignment.BASELINE);
        // on a phone the actions wrap onto a new line instead of running off the screen
        bar.getStyle().set("flex-wrap", "wrap");
        var s = audit.summary();
        if (audit.editable()) {
            Button submit = new Button(s.kind() == AuditKind.MODERATION ? "Submit moderation" : "Submit audit",
                    e -> confirmSubmit());
            submit.setId("submit-audit");
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            bar.add(submit);
        }
        if (audit.canReopen()) {
            TextField reason = new TextField("Reason for reopening");
            reason.setId("reopen-reason");
            Button reopen = new Button("Reopen", e -> {
                try {
                    service.reopen(audit.id(), reason.getValue());
                    Notifications.success("Audit reopened for " + s.auditor());
                    audit = service.open(audit.id());
                    render();
                } catch (AuditStateException ex) {
                    Notifications.error(ex.getMessage());
                }
            });
            reopen.setId("reopen-audit");
            bar.add(reason, reopen);
        }
        if (s.kind() == AuditKind.AUDIT) {
            // with the practitioner (collaborative mode), and the family's feedback
            Button collaboration = new Button("Practitioner and family", e -> getUI().ifPresent(ui -> ui.navigate(
                    CollaborativeAuditView.class, CollaborativeAuditView.params(audit.id()))));
            collaboration.setId("open-collaboration");
            bar.add(collaboration);
        }
        Long moderated = s.kind() == AuditKind.MODERATION ? s.moderatesAuditId() : Long.valueOf(s.id());
        boolean showModeration = s.kind() == AuditKind.MODERATION ? s.status() != AuditStatus.IN_PROGRESS
                && s.status() != AuditStatus.NOT_STARTED
                : s.status() == AuditStatus.MODERATED || s.status() == AuditStatus.CLOSED || audit.canReopen();
        if (showModeration && moderated != null) {
            Button compare = new Button(s.kind() == AuditKind.MODERATION ? "Compare with the auditor's answers"
                    : "Moderation", e -> getUI().ifPresent(ui -> ui.navigate(ModerationView.class,
                            AuditWorkspaceView.params(moderated))));
            compare.setId("open-moderation");
            bar.add(compare);
        }
        return bar;
    }

    private Component facts(CaseFactsView f) {
        VerticalLayout box = new VerticalLayout();
        box.setId("case-facts");
        box.setPadding(false);
        box.add(new H3("Case " + f.caseReference()));
        if (f.restricted()) {
            Paragraph note = new Paragraph("Only the case details this checklist uses are shown.");
            note.setId("facts-restricted");
            box.add(note);
        }
        Div list = new Div();
        list.getStyle().set("display", "grid").set("grid-template-columns", "auto 1fr").set("gap", "0.2em 1em");
        for (CaseFactsView.Fact fact : f.facts()) {
            Span label = new Span(fact.label());
            label.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Span value = new Span(fact.value());
            value.setId("fact-" + fact.field());
            list.add(label, value);
        }
        box.add(list);
        if (!f.timescales().isEmpty()) {
            Grid<MeasureResult> grid = new Grid<>();
            grid.setId("timescales-grid");
            grid.addColumn(r -> r.measure().label()).setHeader("Timescale").setAutoWidth(true);
            grid.addColumn(r -> r.status().label()).setHeader("Status").setAutoWidth(true);
            grid.addColumn(r -> r.dueDate() == null ? "" : Formats.date(r.dueDate())).setHeader("Due")
                    .setAutoWidth(true);
            grid.addColumn(MeasureResult::explanation).setHeader("How it was computed").setFlexGrow(1);
            grid.setItems(f.timescales());
            grid.setAllRowsVisible(true);
            grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.TextRenderer<>(MeasureResult::explanation));
            box.add(new H3("Timescales"), grid);
        }
        return box;
    }

    private void move(int delta) {
        int i = Math.max(0, Math.min(tabKeys.size() - 1, sections.getSelectedIndex() + delta));
        sections.setSelectedIndex(i);
    }

    private void showSection(int index) {
        sectionBody.removeAll();
        releaseEditors();
        if (index < 0 || index >= tabKeys.size()) {
            return;
        }
        String key = tabKeys.get(index);
        if (GRADE_TAB.equals(key)) {
            sectionBody.add(gradeEditor());
            return;
        }
        SectionDefinition section = audit.template().sections().get(index);
        if (section.description() != null) {
            sectionBody.add(new Paragraph(section.description()));
        }
        section.questions().forEach(q -> {
            QuestionEditor editor = editors.computeIfAbsent(q.id(), k -> new QuestionEditor(audit.id(), q,
                    states.get(q.id()), service, audit.editable(), saved -> {
                        states.put(q.id(), saved);
                        updateProgress();
                        startedNow();
                    }));
            if (section.grade() != null && section.grade().questionId().equals(q.id())) {
                // a graded domain: its grade (Ofsted's four points) closes the section, beside the overall grade
                H3 domain = new H3("Grade for this domain");
                domain.setId("domain-grade-" + q.id());
                sectionBody.add(domain);
            }
            sectionBody.add(editor);
        });
    }

    /**
     * Lets go of the editors of the section being left, keeping their latest state: each answer is saved as it
     * changes (a pending lazy value is sent before the click that changes section), so an editor is rebuilt from
     * its state when its section is shown again. An editor still showing a save clash is kept, with the user's
     * unsaved text in it.
     */
    private void releaseEditors() {
        editors.values().removeIf(editor -> {
            states.put(editor.questionId(), editor.state());
            return !editor.showsConflict();
        });
    }

    private Map<String, AnswerState> currentAnswers() {
        Map<String, AnswerState> map = new java.util.HashMap<>(states);
        editors.forEach((k, e) -> map.put(k, e.state()));
        return map;
    }

    private Component gradeEditor() {
        VerticalLayout box = new VerticalLayout();
        box.setId("grade-section");
        box.setPadding(false);
        var def = audit.template().overallGrade();
        box.add(new H3(def.text()));
        if (def.guidance() != null) {
            box.add(new Paragraph(def.guidance()));
        }
        RadioButtonGroup<String> grade = new RadioButtonGroup<>("Overall grade (quality of practice)");
        grade.setId("overall-grade");
        grade.setItems(AnswerScale.OFSTED_GRADE.options());
        grade.setValue(audit.grade());
        TextArea rationale = new TextArea(def.rationaleRequired() ? "Rationale (required)" : "Rationale");
        rationale.setId("grade-rationale");
        rationale.setWidthFull();
        rationale.setValue(Objects.requireNonNullElse(audit.gradeRationale(), ""));
        rationale.setValueChangeMode(ValueChangeMode.LAZY);
        rationale.setValueChangeTimeout(1500);
        TextArea strengths = new TextArea("Strengths seen in this case");
        strengths.setId("strengths");
        strengths.setWidthFull();
        strengths.setValue(Objects.requireNonNullElse(audit.strengths(), ""));
        strengths.setValueChangeMode(ValueChangeMode.LAZY);
        strengths.setValueChangeTimeout(1500);
        Span saved = new Span();
        saved.setId("grade-saved");
        Runnable save = () -> {
            try {
                gradeVersion = service.saveGrade(audit.id(), new GradeInput(grade.getValue(), rationale.getValue(),
                        strengths.getValue(), gradeVersion));
                saved.setText("Saved");
                audit = withGrade(grade.getValue(), rationale.getValue(), strengths.getValue());
                startedNow();
            } catch (AuditStateException e) {
                saved.setText("Not saved: " + e.getMessage());
            }
        };
        grade.addValueChangeListener(e -> { if (e.isFromClient()) { save.run(); } });
        rationale.addValueChangeListener(e -> { if (e.isFromClient()) { save.run(); } });
        strengths.addValueChangeListener(e -> { if (e.isFromClient()) { save.run(); } });
        boolean ro = !audit.editable();
        grade.setReadOnly(ro);
        rationale.setReadOnly(ro);
        strengths.setReadOnly(ro);
        box.add(grade, rationale, strengths, saved);
        return box;
    }

    private AuditDetails withGrade(String grade, String rationale, String strengths) {
        return new AuditDetails(audit.summary(), audit.template(), audit.answers(), grade, rationale, strengths,
                gradeVersion, audit.reopenedBy(), audit.reopenReason(), audit.caseFacts(), audit.editable(),
                audit.canReopen());
    }

    private void updateProgress() {
        Map<String, AnswerState> answers = currentAnswers();
        long total = audit.template().questions().count();
        long answered = answers.values().stream().filter(AnswerState::answered).count();
        progress.setValue(total == 0 ? 0 : (double) answered / total);
        progressText.setText(answered + " of " + total + " questions answered");
    }

    /** The first answer (or grade) saved starts the audit: say so, and take the audit's new version for the grade. */
    private void startedNow() {
        if (audit.status() != AuditStatus.NOT_STARTED) {
            return;
        }
        AuditStage stage = service.stage(audit.id());
        if (stage.status() == AuditStatus.NOT_STARTED) {
            return;
        }
        gradeVersion = stage.version();
        audit = new AuditDetails(audit.summary().withStatus(stage.status()), audit.template(), audit.answers(),
                audit.grade(), audit.gradeRationale(), audit.strengths(), gradeVersion, audit.reopenedBy(),
                audit.reopenReason(), audit.caseFacts(), audit.editable(), audit.canReopen());
        showMeta();
        notStarted.setVisible(false);
    }

    private void showMeta() {
        var s = audit.summary();
        meta.setText(audit.template().title() + " (version " + s.templateVersion() + ") · status "
                + s.status().label() + (s.dueDate() == null ? "" : " · due " + Formats.date(s.dueDate()))
                + (s.kind() == AuditKind.MODERATION ? " · moderator: " : " · auditor: ") + s.auditor());
    }

    /** Submitting cannot be undone by the auditor (only the audit lead reopens): ask first. */
    private void confirmSubmit() {
        var kind = audit.summary().kind() == AuditKind.MODERATION ? "moderation" : "audit";
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("submit-confirm");
        confirm.setHeader("Submit this " + kind + "?");
        confirm.setText("Once submitted, the answers can no longer be changed; only the audit lead can reopen it.");
        confirm.setCancelable(true);
        confirm.setCancelText("Not yet");
        confirm.setConfirmText("Submit");
        confirm.addConfirmListener(e -> submit());
        confirm.open();
    }

    private void submit() {
        problems.removeAll();
        problems.setVisible(false);
        try {
            service.submit(audit.id());
            Notifications.success(audit.summary().kind() == AuditKind.MODERATION ? "Moderation submitted"
                    : "Audit submitted");
            audit = service.open(audit.id());
            render();
        } catch (SubmitRefusedException e) {
            showProblems(e.missing());
            Notifications.warning("Not submitted: " + e.missing().size() + " item(s) to complete, listed at the top");
        } catch (AuditStateException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void showProblems(List<MissingItem> missing) {
        H3 heading = new H3("Not submitted: " + missing.size() + " item" + (missing.size() == 1 ? "" : "s")
                + " to complete");
        heading.setId("submit-problems-title");
        UnorderedList list = new UnorderedList();
        list.setId("submit-missing");
        int i = 0;
        for (MissingItem m : missing) {
            Button go = new Button(m.description(), ev -> goTo(m.questionId()));
            go.setId("submit-problem-" + i++);
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            go.getStyle().set("text-align", "start").set("white-space", "normal").set("height", "auto");
            go.getElement().setAttribute("title", "Go to this question");
            go.getElement().setAttribute("data-question", m.questionId() == null ? GRADE_TAB : m.questionId());
            list.add(new ListItem(go));
        }
        problems.add(heading, list);
        problems.setVisible(true);
        problems.getElement().callJsFunction("scrollIntoView");
    }

    private void goTo(String questionId) {
        if (questionId == null) {
            sections.setSelectedIndex(tabKeys.indexOf(GRADE_TAB));
            return;
        }
        audit.template().sectionOf(questionId).ifPresent(s -> sections.setSelectedIndex(tabKeys.indexOf(s.id())));
        QuestionEditor editor = editors.get(questionId);
        if (editor != null) {
            editor.getElement().callJsFunction("scrollIntoView");
            editor.focusAnswer();
        }
    }
}
