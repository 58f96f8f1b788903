package org.caseaudit.multiagency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.caseaudit.multiagency.Agency;
import org.caseaudit.multiagency.AgencyKind;
import org.caseaudit.multiagency.AgencyMembers;
import org.caseaudit.multiagency.AgencyService;
import org.caseaudit.security.Roles;
import org.caseaudit.security.UserSummary;
import org.caseaudit.shared.ui.Layouts;

/**
 * The partner agencies of multi-agency audits and their co-ordinators, kept by an administrator: create an agency,
 * make a co-ordinator (a user with the Agency co-ordinator role, created under Users) a member of it, or end a
 * membership. One agency per person.
 */
@Route("admin/agencies")
@PageTitle("Agencies | Case Audit Workbench")
@Menu(title = "Agencies", order = 90.7, icon = "vaadin:building")
@RolesAllowed(Roles.ADMIN)
class AgenciesView extends VerticalLayout {

    private final AgencyService agencies;
    private final Grid<AgencyMembers> grid = new Grid<>();
    private final Select<Agency> memberAgency = new Select<>();

    AgenciesView(AgencyService agencies) {
        this.agencies = agencies;
        add(new H2("Agencies"), new Paragraph("The partner agencies taking part in multi-agency audits, and their "
                + "co-ordinators. Create the person first under Users with the role Agency co-ordinator, then make "
                + "them a member of their agency here: they will see only the audits their agency takes part in."));
        grid.setId("agencies-grid");
        grid.addColumn(m -> m.agency().name()).setHeader("Agency").setFlexGrow(2);
        grid.addColumn(m -> m.agency().kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(m -> m.members().isEmpty() ? "None yet" : String.join(", ", m.members()))
                .setHeader("Co-ordinators").setFlexGrow(2);
        Layouts.sizeToRows(grid);

        TextField name = new TextField("Name");
        name.setId("agency-name");
        name.setMaxLength(AgencyService.NAME.maxLength());
        Select<AgencyKind> kind = new Select<>();
        kind.setLabel("Kind");
        kind.setId("agency-kind");
        kind.setItems(AgencyKind.values());
        kind.setItemLabelGenerator(AgencyKind::label);
        Button create = new Button("Create the agency", e -> act(() -> agencies.create(name.getValue(),
                kind.getValue()), "Agency created"));
        create.setId("agency-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        memberAgency.setLabel("Agency");
        memberAgency.setId("member-agency");
        memberAgency.setItemLabelGenerator(Agency::name);
        ComboBox<UserSummary> user = new ComboBox<>("Co-ordinator");
        user.setId("member-user");
        user.setItems(agencies.coordinators());
        user.setItemLabelGenerator(u -> u.fullName() + " (" + u.username() + ")");
        Button add = new Button("Make a member", e -> act(() -> agencies.addMember(memberAgency.getValue() == null
                ? -1 : memberAgency.getValue().id(), user.getValue() == null ? null : user.getValue().username()),
                "Member added"));
        add.setId("member-add");
        Button remove = new Button("End the membership", e -> act(() -> agencies.removeMember(
                user.getValue() == null ? null : user.getValue().username()), "Membership ended"));
        remove.setId("member-remove");

        add(grid, new H3("New agency"), Layouts.toolbar(name, kind), create, new H3("Members"),
                Layouts.toolbar(memberAgency, user), new HorizontalLayout(add, remove));
        refresh();
    }

    private void refresh() {
        List<AgencyMembers> all = agencies.overview();
        grid.setItems(all);
        memberAgency.setItems(all.stream().map(AgencyMembers::agency).toList());
    }

    private void act(Runnable action, String done) {
        ViewActions.run(action, done, this::refresh, "this agency");
    }
}
