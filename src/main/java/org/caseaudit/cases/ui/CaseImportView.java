package org.caseaudit.cases.ui;

import org.caseaudit.shared.ui.Layouts;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.List;
import org.caseaudit.cases.CaseData;
import org.caseaudit.cases.CaseImportService;
import org.caseaudit.cases.ImportOptions;
import org.caseaudit.cases.ImportProblem;
import org.caseaudit.cases.ImportRecord;
import org.caseaudit.cases.ImportResult;
import org.caseaudit.cases.ImportStatus;
import org.caseaudit.cases.IntegrationAccount;
import org.caseaudit.cases.IntegrationScope;
import org.caseaudit.cases.IntegrationTokenService;
import org.caseaudit.cases.MappingProfile;
import org.caseaudit.cases.MappingProfileService;
import org.caseaudit.cases.RunningImport;
import org.caseaudit.cases.StagedFile;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.LimitedUpload;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.Notifications;

/**
 * Upload a case export, choose or edit its mapping profile, preview (every problem with row and column), commit
 * (all or nothing) with a progress bar and cancel. The import runs in the background; this view polls for
 * progress (UI polling every 500 ms while an import runs, so no @Push and no frontend rebuild is needed).
 * Administrators also manage the integration accounts of the HTTP API here.
 */
@Route("cases/import")
@PageTitle("Import cases | Case Audit Workbench")
@Menu(title = "Import cases", order = 21, icon = "vaadin:upload")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
class CaseImportView extends VerticalLayout {

    static final int POLL_MS = 500;

    private final CaseImportService imports;
    private final MappingProfileService profiles;
    private final IntegrationTokenService integrations;

    private final Upload upload;
    private final Span fileName = new Span("No file chosen.");
    private final ComboBox<MappingProfile> profile = new ComboBox<>("Mapping profile");
    private final TextField source = new TextField("Source system (optional)");
    private final Checkbox acceptTeams = new Checkbox("Add teams not yet known");
    private final Button preview = new Button("Preview");
    private final Button commit = new Button("Commit import");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Span summary = new Span();
    private final Grid<ImportResult.HeaderMatch> headers = new Grid<>();
    private final Grid<ImportProblem> problems = new Grid<>();
    private final Grid<CaseData> firstRows = new Grid<>();
    private final Grid<ImportRecord> history = new Grid<>();
    private final Grid<IntegrationAccount> accounts = new Grid<>();

    private StagedFile staged;
    private RunningImport running;
    private ImportResult lastPreview;
    private String lastPreviewKey;

    CaseImportView(CaseImportService imports, MappingProfileService profiles, IntegrationTokenService integrations,
                   CurrentUser currentUser) {
        this.imports = imports;
        this.profiles = profiles;
        this.integrations = integrations;
        setId("case-import-view");

        upload = new Upload(uploadHandler());
        upload.setId("upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxBytes()));
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        fileName.setId("file-name");

        profile.setId("profile");
        profile.setItemLabelGenerator(p -> p.name() + (p.builtIn() ? " (built-in)" : ""));
        profile.setWidth("20rem");
        profile.addValueChangeListener(e -> invalidatePreview());
        reloadProfiles(MappingProfile.STANDARD);
        Button newProfile = new Button("New profile", e -> openProfile(null));
        newProfile.setId("new-profile");
        Button editProfile = new Button("Edit profile", e -> openProfile(profile.getValue()));
        editProfile.setId("edit-profile");
        source.setId("source");
        source.setHelperText("Defaults to the profile's source system");
        source.addValueChangeListener(e -> invalidatePreview());
        acceptTeams.setId("accept-teams");
        acceptTeams.addValueChangeListener(e -> invalidatePreview());

        preview.setId("preview");
        preview.addClickListener(e -> start(false));
        commit.setId("commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(e -> start(true));
        commit.setEnabled(false);
        cancel.setId("cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> {
            if (running != null) {
                running.control().cancel();
                progressText.setText("Cancelling: nothing will be written.");
            }
        });
        cancel.setVisible(false);
        progress.setId("progress");
        progress.setVisible(false);
        progressText.setId("progress-text");
        summary.setId("result-summary");

        headers.setId("header-grid");
        headers.addColumn(ImportResult.HeaderMatch::column).setHeader("Column in file").setAutoWidth(true);
        headers.addColumn(h -> h.field() == null ? "not stored" : h.field().label()).setHeader("Field").setAutoWidth(true);
        headers.addColumn(h -> switch (h.how()) {
            case "profile" -> "from profile";
            case "similar" -> "similar name";
            default -> "ignored";
        }).setHeader("Matched").setAutoWidth(true);
        headers.setAllRowsVisible(true);
        headers.setVisible(false);

        problems.setId("problem-grid");
        Layouts.wrapCells(problems);
        problems.addColumn(p -> p.row() == 0 ? "file" : String.valueOf(p.row())).setHeader("Row").setAutoWidth(true);
        problems.addColumn(ImportProblem::column).setHeader("Column").setAutoWidth(true);
        problems.addColumn(ImportProblem::field).setHeader("Field").setAutoWidth(true);
        problems.addColumn(ImportProblem::message).setHeader("Problem").setFlexGrow(1);
        problems.setHeight("18rem");
        problems.setVisible(false);

        firstRows.setId("preview-grid");
        firstRows.addColumn(CaseData::caseReference).setHeader("Case").setAutoWidth(true);
        firstRows.addColumn(CaseData::childReference).setHeader("Child").setAutoWidth(true);
        firstRows.addColumn(CaseData::team).setHeader("Team").setAutoWidth(true);
        firstRows.addColumn(c -> Formats.date(c.referralDate())).setHeader("Referral");
        firstRows.addColumn(c -> CaseFactsPanel.text(c.strategyDiscussionDates())).setHeader("Strategy discussions");
        firstRows.addColumn(c -> Formats.date(c.s47StartDate())).setHeader("S47 start");
        firstRows.addColumn(c -> c.s47Outcome() == null ? "" : c.s47Outcome().label()).setHeader("Outcome");
        firstRows.addColumn(c -> Formats.date(c.icpcDate())).setHeader("ICPC");
        firstRows.addColumn(c -> CaseFactsPanel.text(c.consentSought())).setHeader("Consent sought");
        firstRows.addColumn(c -> CaseFactsPanel.text(c.chronologyOnFile())).setHeader("Chronology");
        firstRows.setHeight("16rem");
        firstRows.setVisible(false);

        history.setId("import-history");
        history.addColumn(r -> r.startedAt() == null ? "" : Formats.dateTime(r.startedAt().toInstant(ZoneOffset.UTC)))
                .setHeader("When").setAutoWidth(true);
        history.addColumn(ImportRecord::username).setHeader("Who").setAutoWidth(true);
        history.addColumn(ImportRecord::fileName).setHeader("File").setAutoWidth(true);
        history.addColumn(ImportRecord::profileName).setHeader("Profile").setAutoWidth(true);
        history.addColumn(r -> r.status() == null ? "running" : r.status().name().toLowerCase()).setHeader("Result");
        history.addColumn(r -> counts(r.counts().created(), r.counts().updated(), r.counts().unchanged(),
                r.counts().rejected())).setHeader("New / updated / unchanged / rejected").setAutoWidth(true);
        history.addColumn(r -> r.sha256().substring(0, 12) + "…").setHeader("SHA-256");
        history.setHeight("14rem");

        HorizontalLayout profileRow = Layouts.wrap(new HorizontalLayout(profile, newProfile, editProfile, source, acceptTeams));
        profileRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        profileRow.setWrap(true);
        HorizontalLayout actions = Layouts.wrap(new HorizontalLayout(preview, commit, cancel));
        add(new H3("1. Choose the export"), upload, fileName,
                new H3("2. Mapping"), profileRow,
                new H3("3. Preview and commit"),
                new Paragraph("A commit is all or nothing: any problem means nothing is written. Re-importing a newer "
                        + "export updates cases by reference."),
                actions, progress, progressText, summary, headers, problems, firstRows,
                new H3("Recent imports"), history);
        if (currentUser.hasRole(Roles.ADMIN)) {
            add(integrationSection());
        }
        refreshHistory();
    }

    /** Streams to a staged file on disk; a file over the limit is refused while it streams (issue 19). */
    private UploadHandler uploadHandler() {
        return LimitedUpload.streaming(imports.maxBytes(), (event, in) -> {
            StagedFile file = StagedFile.copy(in, event.getFileName(), imports.maxBytes());
            if (file.tooLarge()) {
                file.close();
                return;
            }
            event.getUI().access(() -> accept(file));
        }, (name, message) -> {
            closeStaged();
            fileName.setText(message);
            Notifications.error(message);
        });
    }

    /** A new upload replaces the previous one. Package-private for view tests. */
    void accept(StagedFile file) {
        closeStaged();
        staged = file;
        fileName.setText(file.originalName() + (file.tooLarge() ? " (over the size limit)" : ""));
        invalidatePreview();
    }

    private void invalidatePreview() {
        commit.setEnabled(false);
        lastPreview = null;
    }

    private String key() {
        return (staged == null ? "" : staged.path().toString()) + "|" + (profile.getValue() == null ? ""
                : profile.getValue().name() + "@" + profile.getValue().version()) + "|" + source.getValue() + "|"
                + acceptTeams.getValue();
    }

    private void start(boolean doCommit) {
        if (staged == null) {
            Notifications.warning("Choose a file first.");
            return;
        }
        if (profile.getValue() == null) {
            Notifications.warning("Choose a mapping profile.");
            return;
        }
        if (running != null) {
            return;
        }
        UI ui = UI.getCurrent();
        running = imports.start(staged, profile.getValue().name(),
                new ImportOptions(source.getValue(), acceptTeams.getValue()), doCommit);
        preview.setEnabled(false);
        commit.setEnabled(false);
        cancel.setVisible(true);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        progressText.setText(doCommit ? "Importing…" : "Checking…");
        ui.setPollInterval(POLL_MS);
        RunningImport job = running;
        String previewKey = key();
        job.result().whenComplete((result, failure) -> ui.access(() -> finished(job, result, failure, doCommit,
                previewKey)));
    }

    /** Called by UI polling while an import runs. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().addPollListener(e -> showProgress());
    }

    private void showProgress() {
        if (running == null) {
            return;
        }
        double f = running.control().fraction();
        progress.setIndeterminate(f < 0);
        if (f >= 0) {
            progress.setValue(f);
        }
        progressText.setText(running.control().rowsRead() + " rows read");
    }

    private void finished(RunningImport job, ImportResult result, Throwable failure, boolean doCommit, String previewKey) {
        if (running == job) {
            running = null;
        }
        UI.getCurrent().setPollInterval(-1);
        preview.setEnabled(true);
        cancel.setVisible(false);
        progress.setVisible(false);
        progressText.setText("");
        if (failure != null) {
            Notifications.error("The import failed and nothing was written: " + failure.getMessage());
            return;
        }
        show(result);
        if (!doCommit && result.status() == ImportStatus.PREVIEWED && result.problemCount() == 0) {
            lastPreview = result;
            lastPreviewKey = previewKey;
            commit.setEnabled(previewKey.equals(key()));
        }
        if (doCommit) {
            refreshHistory();
            String outcome = switch (result.status()) {
                case COMMITTED -> "Import committed: " + counts(result.counts().created(), result.counts().updated(),
                        result.counts().unchanged(), result.counts().rejected()) + " (new / updated / unchanged / rejected).";
                case CANCELLED -> "Import cancelled: nothing was written.";
                default -> "Import rejected: nothing was written. " + result.problemCount() + " problem(s).";
            };
            if (result.status() == ImportStatus.COMMITTED) {
                Notifications.success(outcome);
            } else {
                Notifications.error(outcome);
            }
        }
    }

    private void show(ImportResult r) {
        String what = switch (r.status()) {
            case PREVIEWED -> r.problemCount() == 0 ? "Preview: ready to commit. " : "Preview: cannot be committed. ";
            case COMMITTED -> "Committed. ";
            case CANCELLED -> "Cancelled: nothing written. ";
            case REJECTED -> "Rejected: nothing written. ";
            case FAILED -> "Failed: nothing written. ";
        };
        String outcome = r.status() == ImportStatus.PREVIEWED ? "a commit would give " : "";
        summary.setText(what + r.counts().rowsRead() + " rows read; " + outcome + counts(r.counts().created(),
                r.counts().updated(), r.counts().unchanged(), r.counts().rejected())
                + " (new / updated / unchanged / rejected); " + r.problemCount() + " problem(s)"
                + (r.problemCount() > r.problems().size() ? " (first " + r.problems().size() + " shown)" : "")
                + ". File " + r.fileName() + ", SHA-256 " + r.sha256() + "."
                + (r.newTeams().isEmpty() ? "" : (r.status() == ImportStatus.COMMITTED ? " Teams added: "
                : " Teams not yet known, to be added: ") + String.join(", ", r.newTeams()) + "."));
        headers.setItems(r.headerMatches());
        headers.setVisible(!r.headerMatches().isEmpty());
        problems.setItems(r.problems());
        problems.setVisible(!r.problems().isEmpty());
        firstRows.setItems(r.firstRows());
        firstRows.setVisible(!r.firstRows().isEmpty());
    }

    private static String counts(int created, int updated, int unchanged, int rejected) {
        return created + " / " + updated + " / " + unchanged + " / " + rejected;
    }

    private void refreshHistory() {
        history.setItems(imports.recentImports());
    }

    private void reloadProfiles(String select) {
        List<MappingProfile> all = profiles.list();
        profile.setItems(all);
        all.stream().filter(p -> p.name().equalsIgnoreCase(select)).findFirst().ifPresent(profile::setValue);
    }

    private void openProfile(MappingProfile p) {
        List<ImportResult.HeaderMatch> headings = lastPreview != null ? lastPreview.headerMatches() : headerItems();
        new ProfileDialog(profiles, p, headings, saved -> reloadProfiles(saved.name())).open();
    }

    private List<ImportResult.HeaderMatch> headerItems() {
        return headers.getListDataView().getItems().toList();
    }

    private VerticalLayout integrationSection() {
        TextField name = new TextField("Integration account name");
        name.setId("integration-name");
        name.setHelperText("For example council-nightly-export");
        CheckboxGroup<IntegrationScope> scopes = new CheckboxGroup<>("The token may");
        scopes.setId("integration-scopes");
        scopes.setItems(IntegrationScope.values());
        scopes.setItemLabelGenerator(s -> s == IntegrationScope.IMPORT ? "import (POST /api/imports)"
                : "export (GET /api/cases.csv)");
        scopes.setValue(java.util.EnumSet.allOf(IntegrationScope.class));
        DatePicker expires = org.caseaudit.shared.ui.UkDatePickers.create("Expires on", "integration-expires");
        expires.setValue(integrations.now().toLocalDate().plusDays(IntegrationTokenService.DEFAULT_DAYS));
        expires.setMin(integrations.now().toLocalDate().plusDays(1));
        expires.setMax(integrations.now().toLocalDate().plusDays(IntegrationTokenService.MAX_DAYS));
        Button create = new Button("Create token", e -> {
            try {
                IntegrationTokenService.CreatedToken created = integrations.create(name.getValue(), scopes.getValue(),
                        expires.getValue());
                showToken(created);
                name.clear();
                refreshAccounts();
            } catch (IllegalArgumentException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        create.setId("create-token");
        accounts.setId("integration-grid");
        accounts.addColumn(IntegrationAccount::name).setHeader("Account").setAutoWidth(true);
        accounts.addColumn(a -> a.tokenHint() + "…").setHeader("Token starts").setAutoWidth(true);
        accounts.addColumn(IntegrationAccount::createdBy).setHeader("Created by");
        accounts.addColumn(a -> a.lastUsedAt() == null ? "never" : Formats.dateTime(a.lastUsedAt()
                .toInstant(ZoneOffset.UTC))).setHeader("Last used");
        accounts.addColumn(IntegrationAccount::scopeText).setHeader("Scope").setAutoWidth(true);
        accounts.addColumn(a -> a.expiresAt() == null ? "" : Formats.date(a.expiresAt().toLocalDate()))
                .setHeader("Expires").setAutoWidth(true);
        accounts.addColumn(a -> a.status(integrations.now())).setHeader("Status");
        accounts.addComponentColumn(a -> {
            Button revoke = new Button("Revoke", e -> {
                integrations.revoke(a.id());
                refreshAccounts();
                Notifications.success("Token of " + a.name() + " revoked.");
            });
            revoke.setId("revoke-" + a.name());
            revoke.setEnabled(a.active());
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return revoke;
        });
        accounts.setAllRowsVisible(true);
        refreshAccounts();
        HorizontalLayout form = Layouts.wrap(new HorizontalLayout(name, scopes, expires, create));
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(new H3("Integration accounts (HTTP API)"),
                new Paragraph("Scheduled jobs call POST /api/imports and GET /api/cases.csv with a bearer token. "
                        + "A token does only what its scope allows and stops working on its expiry date. "
                        + "The token is shown once; only its hash is kept."), form, accounts);
        section.setPadding(false);
        section.setId("integration-section");
        return section;
    }

    private void showToken(IntegrationTokenService.CreatedToken created) {
        Dialog dialog = new Dialog();
        dialog.setId("token-dialog");
        dialog.setHeaderTitle("Token for " + created.account().name());
        TextField token = new TextField("Copy it now: it will not be shown again");
        token.setId("new-token");
        token.setValue(created.token());
        token.setReadOnly(true);
        token.setWidth("36rem");
        dialog.add(token);
        dialog.getFooter().add(new Button("Done", e -> dialog.close()));
        dialog.open();
    }

    private void refreshAccounts() {
        accounts.setItems(integrations.list());
    }

    private void closeStaged() {
        if (staged != null) {
            StagedFile old = staged;
            staged = null;
            if (running != null) {
                running.result().whenComplete((r, e) -> old.close());
            } else {
                old.close();
            }
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (running != null) {
            running.control().cancel();
        }
        closeStaged();
        super.onDetach(detachEvent);
    }

    /** For view tests: the import in progress, if any. */
    RunningImport running() {
        return running;
    }
}
