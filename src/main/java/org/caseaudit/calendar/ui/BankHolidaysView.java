package org.caseaudit.calendar.ui;

import org.caseaudit.shared.ui.Dialogs;
import org.caseaudit.shared.ui.LimitedUpload;
import org.caseaudit.shared.ui.Notifications;
import org.caseaudit.shared.ui.UkDatePickers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Optional;
import org.caseaudit.calendar.BankHoliday;
import org.caseaudit.calendar.BankHolidayService;
import org.caseaudit.calendar.CalendarChangeException;
import org.caseaudit.calendar.CalendarChangeResult;
import org.caseaudit.calendar.CalendarFileDifference;
import org.caseaudit.calendar.CalendarVersionInfo;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.MainLayout;

/**
 * Administrators keep the bank-holiday table: list versions and their dates, load a GOV.UK bank-holidays file,
 * add, correct or remove a date. Each change makes a new version; edits are always based on the newest one.
 */
@Route(value = "admin/bank-holidays", layout = MainLayout.class)
@PageTitle("Bank holidays | Case Audit Workbench")
@Menu(title = "Bank holidays", order = 91, icon = "vaadin:calendar-o")
@RolesAllowed(Roles.ADMIN)
class BankHolidaysView extends VerticalLayout {

    private static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    private final BankHolidayService service;
    private final Grid<CalendarVersionInfo> versions = new Grid<>();
    private final Grid<BankHoliday> holidays = new Grid<>();
    private final H2 datesHeading = new H2();
    private final Div uploadMessage = new Div();
    private final Button add = new Button("Add date", e -> openEditor(null));
    private final Button correct = new Button("Correct date", e -> selectedHoliday().ifPresent(this::openEditor));
    private final Button remove = new Button("Remove date", e -> selectedHoliday().ifPresent(this::confirmRemove));
    private long newestVersion;

    BankHolidaysView(BankHolidayService service) {
        this.service = service;
        setId("bank-holidays-view");
        setSizeFull();

        versions.setId("versions-grid");
        versions.addColumn(CalendarVersionInfo::version).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> Formats.dateTime(v.createdAt())).setHeader("Made").setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(CalendarVersionInfo::createdBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> v.changeType().name().replace('_', ' ').toLowerCase()).setHeader("Change").setAutoWidth(
                true).setFlexGrow(0);
        versions.addColumn(CalendarVersionInfo::holidayCount).setHeader("Dates").setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(CalendarVersionInfo::description).setHeader("Description").setFlexGrow(1);
        versions.setHeight("16rem");
        versions.addSelectionListener(e -> showDates(e.getFirstSelectedItem()));

        holidays.setId("holidays-grid");
        holidays.addColumn(h -> Formats.date(h.date())).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        holidays.addColumn(h -> h.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Formats.LOCALE)).setHeader("Day")
                .setAutoWidth(true).setFlexGrow(0);
        holidays.addColumn(BankHoliday::title).setHeader("Name").setFlexGrow(1);
        holidays.addSelectionListener(e -> updateButtons());
        holidays.setMinHeight("16rem");

        Upload upload = new Upload(LimitedUpload.inMemory(MAX_FILE_BYTES, this::loadFile,
                (name, message) -> showUploadError(message)));
        upload.setId("holiday-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setUploadButton(new Button("Load GOV.UK bank-holidays file (.json)"));
        upload.addFileRejectedListener(e -> showUploadError(e.getErrorMessage()));
        uploadMessage.setId("upload-message");

        add.setId("add-holiday");
        correct.setId("correct-holiday");
        remove.setId("remove-holiday");

        add(new Paragraph(
                "The newest version is used for every working-day calculation; older versions stay as they were. "
                        + "Loading a file replaces the dates of the years it covers and keeps the other years. "
                        + "Data from GOV.UK is under the Open Government Licence v3.0."),
                new H2("Versions"), versions, new HorizontalLayout(upload), uploadMessage,
                datesHeading, new HorizontalLayout(add, correct, remove), holidays);
        refresh();
    }

    /**
     * Called with the uploaded bytes, inside the UI lock. A file that would remove dates from years already in the
     * table is shown as a difference first and applied only when the administrator confirms it.
     */
    void loadFile(String fileName, byte[] content) {
        try {
            CalendarFileDifference difference = service.compareGovUkFile(newestVersion, fileName, content);
            if (difference.removesDates()) {
                confirmDifference(difference, fileName, content);
                return;
            }
        } catch (CalendarChangeException e) {
            showUploadError(e.getMessage());
            return;
        }
        apply(fileName, content, false);
    }

    private void confirmDifference(CalendarFileDifference difference, String fileName, byte[] content) {
        Dialog dialog = new Dialog();
        dialog.setId("holiday-file-difference");
        dialog.setHeaderTitle("Check the changes in " + difference.fileName());
        Paragraph intro = new Paragraph("This file replaces the dates of " + (difference.years().size() == 1
                ? "the year " : "the years ") + new java.util.TreeSet<>(difference.years()) .toString()
                .replaceAll("[\\[\\]]", "") + ". It removes " + difference.removed().size()
                + " date(s) that are in the table now. Working days are counted differently after it is applied.");
        VerticalLayout body = new VerticalLayout(intro);
        body.setPadding(false);
        body.add(dateList("Dates removed", "holiday-dates-removed", difference.removed()));
        if (!difference.added().isEmpty()) {
            body.add(dateList("Dates added", "holiday-dates-added", difference.added()));
        }
        if (!difference.renamed().isEmpty()) {
            body.add(dateList("Dates renamed", "holiday-dates-renamed", difference.renamed()));
        }
        dialog.add(body);
        Button apply = new Button("Apply, removing " + difference.removed().size() + " date(s)", e -> {
            dialog.close();
            apply(fileName, content, true);
        });
        apply.setId("apply-holiday-file");
        apply.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel: keep the table as it is", e -> {
            dialog.close();
            showUploadError(difference.fileName() + " was not loaded.");
        });
        cancel.setId("cancel-holiday-file");
        dialog.getFooter().add(cancel, apply);
        dialog.open();
    }

    private static VerticalLayout dateList(String heading, String id, List<BankHoliday> holidays) {
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        list.setId(id);
        holidays.forEach(h -> list.add(new com.vaadin.flow.component.html.ListItem(Formats.date(h.date()) + " "
                + h.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Formats.LOCALE) + ": " + h.title())));
        VerticalLayout section = new VerticalLayout(new com.vaadin.flow.component.html.H3(heading), list);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    private void apply(String fileName, byte[] content, boolean removalsConfirmed) {
        try {
            CalendarChangeResult result = service.loadGovUkFile(newestVersion, fileName, content, removalsConfirmed);
            uploadMessage.setText(result.summary());
            uploadMessage.getElement().setAttribute("role", "status");
            refresh();
            Notifications.success(result.summary());
        } catch (CalendarChangeException e) {
            showUploadError(e.getMessage());
            if ("version".equals(e.field())) {
                refresh();
            }
        }
    }

    private void showUploadError(String message) {
        uploadMessage.setText(message);
        uploadMessage.getElement().setAttribute("role", "alert");
        Notifications.error(message);
    }

    private void openEditor(BankHoliday existing) {
        Dialog dialog = new Dialog();
        dialog.setId("holiday-editor");
        dialog.setHeaderTitle(existing == null ? "Add a bank holiday" : "Correct " + Formats.date(existing.date()));
        DatePicker date = UkDatePickers.create(existing == null ? "Date" : "Correct date", "holiday-date");
        TextField title = new TextField("Name");
        title.setId("holiday-title");
        title.setMaxLength(BankHolidayService.TITLE.maxLength());
        title.setWidthFull();
        if (existing != null) {
            date.setValue(existing.date());
            title.setValue(existing.title());
        }
        dialog.add(new FormLayout(date, title));
        Button save = new Button("Save as new version", e -> {
            try {
                CalendarChangeResult result = existing == null
                        ? service.addHoliday(newestVersion, date.getValue(), title.getValue())
                        : service.correctHoliday(newestVersion, existing.date(), date.getValue(), title.getValue());
                dialog.close();
                refresh();
                Notifications.success(result.summary());
            } catch (CalendarChangeException ex) {
                switch (ex.field()) {
                    case "date", "newDate" -> {
                        date.setInvalid(true);
                        date.setErrorMessage(ex.getMessage());
                    }
                    case "title" -> {
                        title.setInvalid(true);
                        title.setErrorMessage(ex.getMessage());
                    }
                    default -> {
                        dialog.close();
                        refresh();
                        Notifications.error(ex.getMessage());
                    }
                }
            }
        });
        save.setId("save-holiday");
        Dialogs.footer(dialog, save, "cancel-holiday");
        dialog.open();
    }

    private void confirmRemove(BankHoliday holiday) {
        Dialog dialog = new Dialog();
        dialog.setId("remove-dialog");
        dialog.setHeaderTitle("Remove " + Formats.date(holiday.date()) + "?");
        dialog.add(new Paragraph("\"" + holiday.title() + "\" will not be a bank holiday in the new version. "
                + "The current version keeps it."));
        Button confirm = new Button("Remove and make a new version", e -> {
            try {
                CalendarChangeResult result = service.removeHoliday(newestVersion, holiday.date());
                Notifications.success(result.summary());
            } catch (CalendarChangeException ex) {
                Notifications.error(ex.getMessage());
            }
            dialog.close();
            refresh();
        });
        confirm.setId("confirm-remove");
        Dialogs.dangerFooter(dialog, confirm, "Cancel", "cancel-remove");
        dialog.open();
    }

    private void refresh() {
        List<CalendarVersionInfo> all = service.versions();
        newestVersion = all.isEmpty() ? 0 : all.getFirst().version();
        versions.setItems(all);
        if (all.isEmpty()) {
            showDates(Optional.empty());
        } else {
            versions.select(all.getFirst());
        }
    }

    private void showDates(Optional<CalendarVersionInfo> version) {
        if (version.isEmpty()) {
            datesHeading.setText("Dates");
            holidays.setItems(List.of());
        } else {
            long v = version.get().version();
            datesHeading.setText("Dates in version " + v + (v == newestVersion ? " (newest, in use)"
                    : " (older version, read only)"));
            holidays.setItems(service.holidays(v));
        }
        updateButtons();
    }

    private void updateButtons() {
        boolean newestShown = versions.getSelectedItems().stream().anyMatch(v -> v.version() == newestVersion)
                || versions.getSelectedItems().isEmpty() && newestVersion == 0;
        add.setEnabled(newestShown);
        boolean dateChosen = newestShown && selectedHoliday().isPresent();
        correct.setEnabled(dateChosen);
        remove.setEnabled(dateChosen);
    }

    private Optional<BankHoliday> selectedHoliday() {
        return holidays.getSelectedItems().stream().findFirst();
    }
}
