package org.caseaudit.calendar.ui;

import org.caseaudit.shared.ui.UkDatePickers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.caseaudit.calendar.BankHoliday;
import org.caseaudit.calendar.CalendarStamp;
import org.caseaudit.calendar.WorkingDayService;
import org.caseaudit.calendar.WorkingDaysResult;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.MainLayout;

/** Due-date calculator for auditors: start date + N working days, and working days between two dates. */
@Route(value = "working-days", layout = MainLayout.class)
@PageTitle("Working days | Case Audit Workbench")
@Menu(title = "Working days", order = 60, icon = "vaadin:calendar")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR, Roles.INDEPENDENT_MEMBER})
class WorkingDaysView extends VerticalLayout {

    private final WorkingDayService workingDays;

    private final DatePicker addStart = UkDatePickers.create("Start date (day 0)", "add-start");
    private final IntegerField addDays = new IntegerField("Working days");
    private final Div addResult = result("add-result");
    private final Div addHolidays = result("add-holidays");
    private final Div addVersion = result("add-version");

    private final DatePicker betweenStart = UkDatePickers.create("From (day 0)", "between-start");
    private final DatePicker betweenEnd = UkDatePickers.create("To", "between-end");
    private final Div betweenResult = result("between-result");
    private final Div betweenHolidays = result("between-holidays");
    private final Div betweenVersion = result("between-version");

    WorkingDaysView(WorkingDayService workingDays) {
        this.workingDays = workingDays;
        setId("working-days-view");

        addDays.setId("add-days");
        addDays.setMin(0);
        addDays.setMax(500);
        addDays.setStepButtonsVisible(true);
        addDays.setValue(15);
        Button add = new Button("Calculate due date", e -> calculateDueDate());
        add.setId("add-calculate");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Button between = new Button("Count working days", e -> countBetween());
        between.setId("between-calculate");
        between.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new Paragraph("Working days are Monday to Friday except bank holidays in England and Wales. "
                        + "Day 0 is the start date; counting goes forward over working days only, even when the start "
                        + "is a weekend or a holiday."),
                new H2("Start date + working days"), new FormLayout(addStart, addDays), add, addResult,
                addHolidays, addVersion,
                new H2("Working days between two dates"), new FormLayout(betweenStart, betweenEnd), between,
                betweenResult, betweenHolidays, betweenVersion);
    }

    private void calculateDueDate() {
        clear(addResult, addHolidays, addVersion);
        LocalDate start = required(addStart);
        Integer n = addDays.getValue();
        if (n == null || n < 0 || n > 500 || addDays.isInvalid()) {
            addDays.setInvalid(true);
            addDays.setErrorMessage("Enter a whole number of working days from 0 to 500");
            return;
        }
        addDays.setInvalid(false);
        if (start == null) {
            return;
        }
        WorkingDaysResult result = safely(() -> workingDays.addWorkingDays(start, n), addResult);
        if (result == null) {
            return;
        }
        addResult.setText(n + (n == 1 ? " working day" : " working days") + " after " + day(start) + " is " + day(
                result.end()));
        addHolidays.setText(holidays(result.holidaysSkipped()));
        addVersion.setText(version(result.stamp()));
    }

    private void countBetween() {
        clear(betweenResult, betweenHolidays, betweenVersion);
        LocalDate start = required(betweenStart);
        LocalDate end = required(betweenEnd);
        if (start == null || end == null) {
            return;
        }
        WorkingDaysResult result = safely(() -> workingDays.workingDaysBetween(start, end), betweenResult);
        if (result == null) {
            return;
        }
        int n = result.workingDays();
        String text = "From " + day(start) + " (day 0) to " + day(end) + ": " + n + (Math.abs(n) == 1 ? " working day"
                : " working days");
        if (n < 0) {
            text += " (the second date is before the first)";
        }
        betweenResult.setText(text);
        betweenHolidays.setText(holidays(result.holidaysSkipped()));
        betweenVersion.setText(version(result.stamp()));
    }

    private static WorkingDaysResult safely(java.util.function.Supplier<WorkingDaysResult> action, Div errorTarget) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            errorTarget.setText(e.getMessage());
            return null;
        }
    }

    private static LocalDate required(DatePicker picker) {
        if (picker.getValue() == null) {
            picker.setInvalid(true);
            picker.setErrorMessage("Enter a date as dd/mm/yyyy");
            return null;
        }
        picker.setInvalid(false);
        return picker.getValue();
    }

    private static String holidays(List<BankHoliday> skipped) {
        if (skipped.isEmpty()) {
            return "No bank holidays skipped";
        }
        return "Bank holidays skipped: " + skipped.stream()
                .map(h -> h.title() + " " + Formats.date(h.date()))
                .collect(Collectors.joining(", "));
    }

    private static String version(CalendarStamp stamp) {
        String text = "Calendar version " + stamp.version();
        if (stamp.fallbackUsed()) {
            text += ". The holiday table has no dates for "
                    + stamp.fallbackYears().stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + ": rule-based holidays were used (one-off holidays are not known to the rules)";
        }
        return text;
    }

    private static String day(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Formats.LOCALE) + " " + Formats.date(date);
    }

    private static Div result(String id) {
        Div div = new Div();
        div.setId(id);
        return div;
    }

    private static void clear(Div... divs) {
        for (Div div : divs) {
            div.setText("");
        }
    }
}
