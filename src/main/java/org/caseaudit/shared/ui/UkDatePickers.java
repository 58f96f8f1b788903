package org.caseaudit.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;

/** Date pickers that read and show dd/MM/yyyy and start the week on Monday. */
public final class UkDatePickers {

    private UkDatePickers() {
    }

    public static DatePicker create(String label, String id) {
        DatePicker picker = new DatePicker(label);
        picker.setId(id);
        picker.setLocale(Locale.UK);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setFirstDayOfWeek(1);
        picker.setI18n(i18n);
        picker.setPlaceholder("dd/mm/yyyy");
        return picker;
    }
}
