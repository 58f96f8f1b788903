package org.caseaudit.security.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.caseaudit.security.AuditEntry;
import org.caseaudit.security.AuditQuery;
import org.caseaudit.security.AuditTrailService;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.ui.Formats;

/** Administrators search the audit trail and export what they found. */
@Route("admin/audit-trail")
@PageTitle("Audit trail | Case Audit Workbench")
@Menu(title = "Audit trail", order = 95, icon = "vaadin:records")
@RolesAllowed(Roles.ADMIN)
class AuditTrailView extends VerticalLayout {

    private final AuditTrailService trail;
    private final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final TextField actor = new TextField("Who");
    private final TextField action = new TextField("Action");
    private final TextField target = new TextField("Target");

    AuditTrailView(AuditTrailService trail) {
        this.trail = trail;
        setId("audit-trail-view");
        setSizeFull();
        from.setId("trail-from");
        to.setId("trail-to");
        actor.setId("trail-actor");
        action.setId("trail-action");
        action.setHelperText("e.g. SIGN_IN, USER_CREATED");
        target.setId("trail-target");
        for (TextField field : new TextField[] {actor, action, target}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> refresh());
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                trail.exportCsv(query(), writer);
            }
            return new DownloadResponse(new java.io.ByteArrayInputStream(bytes.toByteArray()), "audit-trail.csv",
                    "text/csv", bytes.size());
        }), "Export CSV");
        // A link styled as a button, not a button inside a link: one focus stop, a target large enough to hit.
        export.setId("trail-export");
        export.addClassName("download-link");
        export.getElement().setAttribute("download", true);

        HorizontalLayout filters = new HorizontalLayout(from, to, actor, action, target, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("trail-grid");
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader("Action").setAutoWidth(true);
        grid.addColumn(e -> e.targetType() == null ? "" : e.targetType() + (e.targetId() == null ? "" : " "
                + e.targetId()))
                .setHeader("Target").setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader("Detail").setWidth("8em").setFlexGrow(3)
                .setTooltipGenerator(e -> e.detail() == null ? "" : e.detail());
        grid.addColumn(e -> e.remoteAddress() == null ? "" : e.remoteAddress()).setHeader("From").setAutoWidth(true);
        grid.addColumn(AuditEntry::outcome).setHeader("Outcome").setAutoWidth(true);
        // a detail longer than its column: the whole text under the row when it is clicked
        grid.setItemDetailsRenderer(new ComponentRenderer<>(e -> {
            Paragraph detail = new Paragraph(e.detail() == null ? "No detail recorded." : e.detail());
            detail.addClassName("trail-detail");
            detail.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere").set("margin", "0");
            return detail;
        }));
        grid.setSizeFull();
        add(filters, grid);
        refresh();
    }

    private AuditQuery query() {
        return new AuditQuery(from.getValue(), to.getValue(), actor.getValue(), action.getValue(), target.getValue());
    }

    private void refresh() {
        AuditQuery query = query();
        grid.setItems(q -> trail.search(query, q.getOffset(), q.getLimit()).stream(), q -> trail.count(query));
    }
}
