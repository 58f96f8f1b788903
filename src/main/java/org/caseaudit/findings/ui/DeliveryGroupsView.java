package org.caseaudit.findings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.caseaudit.findings.ActionPlanException;
import org.caseaudit.findings.DeliveryGroup;
import org.caseaudit.findings.DeliveryGroupService;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Layouts;
import org.caseaudit.shared.ui.Notifications;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The partnership's delivery groups that own actions (name and chair), kept by the audit lead or an administrator.
 * Choose a row to change it; the action-plan reports can be built for one group on <em>Cycle reports</em>.
 */
@Route("delivery-groups")
@PageTitle("Delivery groups | Case Audit Workbench")
@Menu(title = "Delivery groups", order = 42, icon = "vaadin:group")
@RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
class DeliveryGroupsView extends VerticalLayout {

    private final DeliveryGroupService groups;
    private final Grid<DeliveryGroup> grid = new Grid<>();
    private final TextField name = new TextField("Name");
    private final TextField chair = new TextField("Chair (title or name)");
    private final Button save = new Button("Add group");
    private DeliveryGroup editing;

    DeliveryGroupsView(DeliveryGroupService groups) {
        this.groups = groups;
        setId("delivery-groups-view");
        add(new H2("Delivery groups"), new Paragraph("Action plans go to the partnership's delivery groups as well "
                + "as to committees. A group can own an action (choose it when editing the action), and the "
                + "action-plan workbook and progress report can be built for one group under Cycle reports. The "
                + "panel sees a group's name, not its chair."));
        grid.setId("delivery-groups-grid");
        grid.addColumn(DeliveryGroup::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(DeliveryGroup::chair).setHeader("Chair").setFlexGrow(2);
        Layouts.sizeToRows(grid);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        name.setId("group-name");
        name.setMaxLength(DeliveryGroupService.NAME.maxLength());
        chair.setId("group-chair");
        chair.setMaxLength(DeliveryGroupService.CHAIR.maxLength());
        save.setId("group-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        Button fresh = new Button("New group", e -> grid.deselectAll());
        fresh.setId("group-new");
        add(grid, Layouts.toolbar(name, chair, save, fresh));
        refresh();
    }

    private void edit(DeliveryGroup group) {
        editing = group;
        name.setValue(group == null ? "" : group.name());
        chair.setValue(group == null ? "" : group.chair());
        save.setText(group == null ? "Add group" : "Save changes");
    }

    private void save() {
        try {
            DeliveryGroup saved = groups.save(editing == null ? null : editing.id(),
                    editing == null ? 0 : editing.version(), name.getValue(), chair.getValue());
            Notifications.success(saved.name() + " saved");
            refresh();
        } catch (ActionPlanException ex) {
            Notifications.error(ex.getMessage());
        } catch (ObjectOptimisticLockingFailureException ex) {
            Notifications.concurrentChange("this group", "the list has been reloaded");
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(groups.list());
        grid.deselectAll();
        edit(null);
    }
}
