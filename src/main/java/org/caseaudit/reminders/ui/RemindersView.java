package org.caseaudit.reminders.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.caseaudit.reminders.MailMode;
import org.caseaudit.reminders.ReminderService;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;
import org.caseaudit.shared.ui.MainLayout;
import org.caseaudit.shared.ui.Notifications;

/**
 * Each user chooses how reminders reach them; administrators also make overdue reminders compulsory and see the
 * messages that could not be sent.
 */
@Route(value = "reminders", layout = MainLayout.class)
@PageTitle("Email reminders | Case Audit Workbench")
@Menu(title = "Email reminders", order = 98, icon = "vaadin:envelope")
@PermitAll
class RemindersView extends VerticalLayout {

    RemindersView(ReminderService reminders, AuthenticationContext authentication) {
        setId("reminders-view");
        setMaxWidth("60rem");
        add(new H2("Email reminders"), new Paragraph("Reminders hold counts and a link only, never case details: "
                + "email is not a secure channel. Sign in to see what they count."));
        RadioButtonGroup<MailMode> mode = new RadioButtonGroup<>("How you receive reminders");
        mode.setId("mail-mode");
        mode.setItems(MailMode.values());
        mode.setItemLabelGenerator(MailMode::label);
        mode.setValue(reminders.myMode());
        mode.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                reminders.setMyMode(e.getValue());
                Notifications.success("Saved: " + e.getValue().label());
            }
        });
        add(mode);
        if (reminders.overdueCompulsory()) {
            add(new Paragraph("Overdue reminders are compulsory here: you receive them even if you choose none."));
        }
        if (authentication.hasRole(Roles.ADMIN)) {
            Checkbox compulsory = new Checkbox("Overdue reminders are compulsory for everyone",
                    reminders.overdueCompulsory());
            compulsory.setId("overdue-compulsory");
            compulsory.addValueChangeListener(e -> reminders.setOverdueCompulsory(e.getValue()));
            Grid<ReminderService.FailedMail> failed = new Grid<>();
            failed.setId("failed-mail");
            failed.addColumn(ReminderService.FailedMail::username).setHeader("To").setAutoWidth(true);
            failed.addColumn(ReminderService.FailedMail::kind).setHeader("Kind").setAutoWidth(true);
            failed.addColumn(f -> Formats.dateTime(f.createdAt())).setHeader("Queued").setAutoWidth(true);
            failed.addColumn(ReminderService.FailedMail::attempts).setHeader("Attempts").setAutoWidth(true);
            failed.addColumn(ReminderService.FailedMail::error).setHeader("Error").setFlexGrow(1);
            failed.addComponentColumn(f -> new Button("Send again", e -> {
                reminders.retry(f.id());
                failed.setItems(reminders.failures());
            })).setAutoWidth(true);
            failed.setItems(reminders.failures());
            failed.setAllRowsVisible(true);
            add(new H3("For administrators"), compulsory, new H3("Messages that could not be sent"), failed);
        }
    }
}
