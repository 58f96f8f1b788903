package org.caseaudit.templates.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Dialogs;
import org.caseaudit.shared.ui.LimitedUpload;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.Notifications;
import org.caseaudit.templates.TemplateInUseException;
import org.caseaudit.templates.TemplateProblem;
import org.caseaudit.templates.TemplateService;
import org.caseaudit.templates.TemplateValidationException;
import org.caseaudit.templates.TemplateVersionSummary;

/** Lists the stored template versions; administrators upload new templates or versions here. */
@Route("templates")
@PageTitle("Templates | Case Audit Workbench")
@Menu(title = "Templates", order = 50, icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
class TemplatesView extends VerticalLayout {

    private final TemplateService service;
    private final Grid<TemplateVersionSummary> grid = new Grid<>();
    private final Button preview = new Button("Preview");
    private final Button compare = new Button("Compare with previous version");
    private final Button delete = new Button("Delete version");
    private final Div uploadProblems = new Div();

    TemplatesView(TemplateService service, CurrentUser currentUser) {
        this.service = service;
        setSizeFull();
        add(new H2("Checklist templates"));

        grid.setId("template-versions");
        grid.addColumn(TemplateVersionSummary::templateId).setHeader("Template").setAutoWidth(true).setSortable(true);
        grid.addColumn(TemplateVersionSummary::version).setHeader("Version").setAutoWidth(true);
        grid.addColumn(TemplateVersionSummary::title).setHeader("Title").setWidth("24em").setFlexGrow(1);
        grid.addColumn(v -> String.join(", ", v.caseTypes())).setHeader("Case types").setAutoWidth(true);
        grid.addColumn(TemplateVersionSummary::questionCount).setHeader("Questions").setAutoWidth(true);
        grid.addColumn(TemplateVersionSummary::sourceFile).setHeader("File").setAutoWidth(true);
        grid.addColumn(v -> Formats.dateTime(v.storedAt())).setHeader("Stored").setAutoWidth(true);
        grid.addColumn(TemplateVersionSummary::storedBy).setHeader("By").setAutoWidth(true);
        grid.addColumn(v -> v.inUse() ? "Yes" : "No").setHeader("Used by audits").setAutoWidth(true);
        grid.addSelectionListener(e -> updateButtons());
        grid.addItemDoubleClickListener(e -> openPreview(e.getItem()));

        preview.setId("preview-button");
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::openPreview));
        compare.setId("compare-button");
        compare.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::openCompare));
        delete.setId("delete-button");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::confirmDelete));
        var actions = new HorizontalLayout(preview, compare);
        add(actions, grid);
        if (currentUser.hasRole(Roles.ADMIN)) {
            actions.add(delete);
            add(uploadSection());
        }
        refresh();
    }

    private VerticalLayout uploadSection() {
        // The size limit is enforced by the server while the file streams, not only by the browser (issue 19).
        var handler = LimitedUpload.inMemory(TemplateService.MAX_FILE_BYTES, this::uploaded,
                (name, message) -> Notifications.error(message));
        var upload = new Upload(handler);
        upload.setId("template-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".yaml", ".yml");
        upload.setMaxFileSize(TemplateService.MAX_FILE_BYTES);
        upload.addFileRejectedListener(e -> Notifications.error(e.getFileName() + " was refused: "
                + e.getErrorMessage()));
        // The outcome shows in the notification, the grid and the problems list; an emptied file list keeps the upload
        // ready for the next file (a full list of one disables it and greys out its drop label below contrast limits).
        upload.addAllFinishedListener(e -> upload.clearFileList());
        uploadProblems.setId("upload-problems");
        var section = new VerticalLayout(new H3("Upload a new template or version"),
                new Paragraph(
                "One YAML file following audit-templates/README.md. A changed template needs a new version "
                        + "number; an invalid file is refused and nothing is stored."),
                upload, uploadProblems);
        section.setPadding(false);
        return section;
    }

    /** Runs in the UI (the in-memory upload handler calls back under UI access). */
    void uploaded(String fileName, byte[] content) {
        uploadProblems.removeAll();
        try {
            var result = service.upload(fileName, content);
            var v = result.version();
            Notifications.success(result.alreadyStored()
                    ? "Version " + v.version() + " of " + v.templateId() + " is already stored with the same content"
                    : "Stored version " + v.version() + " of " + v.templateId());
            refresh();
            grid.select(v);
        } catch (TemplateValidationException e) {
            uploadProblems.add(new Paragraph(fileName + " was refused; nothing was stored:"));
            var list = new UnorderedList();
            e.problems().stream().map(TemplateProblem::toString).map(ListItem::new).forEach(list::add);
            uploadProblems.add(list);
            Notifications.error(fileName + " was refused: " + e.problems().size() + " problem(s)");
        }
    }

    /** Deleting cannot be undone: the administrator confirms, seeing which checklist and version go. */
    private void confirmDelete(TemplateVersionSummary v) {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setId("confirm-delete-dialog");
        dialog.setHeaderTitle("Delete version " + v.version() + " of \u201c" + v.title() + "\u201d?");
        dialog.add(new com.vaadin.flow.component.html.Paragraph("The version is removed for good; it has never been"
                + " used by an audit. Upload the file again to bring it back."));
        Button confirm = new Button("Delete version " + v.version(), e -> {
            dialog.close();
            deleteVersion(v);
        });
        confirm.setId("confirm-delete");
        Dialogs.dangerFooter(dialog, confirm, "Keep it", "cancel-delete");
        dialog.open();
    }

    private void deleteVersion(TemplateVersionSummary v) {
        try {
            service.delete(v.templateId(), v.version());
            Notifications.success("Deleted version " + v.version() + " of " + v.templateId());
            refresh();
        } catch (TemplateInUseException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void openPreview(TemplateVersionSummary v) {
        getUI().ifPresent(ui -> ui.navigate(TemplatePreviewView.class, QueryParams.of(v.templateId(), "version",
                v.version())));
    }

    private void openCompare(TemplateVersionSummary v) {
        getUI().ifPresent(ui -> ui.navigate(TemplateCompareView.class, QueryParams.of(v.templateId(), "to",
                v.version())));
    }

    private void refresh() {
        grid.setItems(service.versions());
        updateButtons();
    }

    private void updateButtons() {
        var selected = grid.getSelectedItems().stream().findFirst();
        preview.setEnabled(selected.isPresent());
        compare.setEnabled(selected.map(v -> service.versions(v.templateId()).size() > 1).orElse(false));
        delete.setEnabled(selected.map(v -> !v.inUse()).orElse(false));
    }
}
