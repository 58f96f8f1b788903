package org.caseaudit.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayoutVariant;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Layout rules every page follows, so that nothing is cut off at 1366 px nor on a 390 px phone: rows of controls wrap
 * instead of shortening a button's words; long texts wrap inside grid cells; a grid either shows all its rows (short
 * lists, the page scrolls) or fills the page with a floor under it (long lists, it scrolls itself); a page can switch
 * to a compact form on a narrow window.
 */
public final class Layouts {

    /** Windows narrower than this (phones, a narrow tablet in portrait) get the compact form of a page. */
    public static final int NARROW_WIDTH = 640;

    private Layouts() {
    }

    /** A row of controls that wraps onto the next line where the window is too narrow. */
    public static HorizontalLayout toolbar(Component... components) {
        HorizontalLayout bar = new HorizontalLayout(components);
        wrap(bar);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    /** Lets an existing row of components wrap onto the next line where the window is too narrow. */
    public static <L extends HorizontalLayout> L wrap(L layout) {
        layout.addThemeVariants(HorizontalLayoutVariant.LUMO_WRAP);
        return layout;
    }

    /** Long texts (names, questions, messages) wrap inside their cells rather than being cut off. */
    public static <T> Grid<T> wrapCells(Grid<T> grid) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    /** A short list (a cycle's audits, a person's tasks): the grid is as tall as its rows and the page scrolls. */
    public static <T> Grid<T> sizeToRows(Grid<T> grid) {
        grid.setAllRowsVisible(true);
        return wrapCells(grid);
    }

    /**
     * A long list: the grid takes the height the page leaves it, never less than {@code minHeight}; below that the
     * page scrolls and the grid scrolls its rows.
     */
    public static <T> Grid<T> fillPage(Grid<T> grid, String minHeight) {
        grid.setAllRowsVisible(false);
        grid.setHeight(null);
        grid.setMinHeight(minHeight);
        grid.getStyle().set("flex", "1 0 auto");
        return wrapCells(grid);
    }

    /**
     * Calls {@code narrow} with whether the window is narrower than {@link #NARROW_WIDTH}, once the component is shown
     * and again whenever the window is resized across that width.
     */
    public static void onNarrow(Component component, Consumer<Boolean> narrow) {
        component.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(d -> narrow.accept(d.getWindowInnerWidth() < NARROW_WIDTH));
            Registration resize = page.addBrowserWindowResizeListener(e -> narrow.accept(e.getWidth() < NARROW_WIDTH));
            component.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /** The key of the column {@link #cardsOnNarrow} adds. */
    public static final String CARD_COLUMN = "card";
    /** The width of a row's action column on a narrow window: its buttons wrap under each other. */
    public static final String NARROW_ACTION_WIDTH = "10em";

    /**
     * On a narrow window the grid shows each row as a card: one column of stacked lines (the first in bold) beside the
     * columns named in {@code keep} (a row's link or buttons, the last column), so nothing needs scrolling sideways and
     * the action stays in reach; on a wider window the grid's own columns come back as they were. The action stays
     * out of the first column: there the grid's own focusable first cell would lie round it, which axe's target-size
     * rule (WCAG 2.5.8) refuses. Returns the switch (true = narrow), for tests and views that decide it themselves.
     */
    public static <T> Consumer<Boolean> cardsOnNarrow(Component view, Grid<T> grid, String header,
                                                      Function<T, List<String>> lines, String... keep) {
        Grid.Column<T> card = grid.addColumn(new ComponentRenderer<>(item -> card(lines.apply(item))))
                .setKey(CARD_COLUMN).setHeader(header).setFlexGrow(1);
        card.setVisible(false);
        List<Grid.Column<T>> order = new ArrayList<>(grid.getColumns());
        order.remove(card);
        order.addFirst(card);
        grid.setColumnOrder(order);
        Set<String> kept = Set.of(keep);
        Map<Grid.Column<T>, Boolean> wide = new HashMap<>();
        Map<Grid.Column<T>, String> wideWidth = new HashMap<>();
        boolean[] narrowNow = {false};
        Consumer<Boolean> apply = narrow -> {
            if (narrow == narrowNow[0]) {
                return;
            }
            narrowNow[0] = narrow;
            for (Grid.Column<T> column : grid.getColumns()) {
                if (column == card) {
                    column.setVisible(narrow);
                } else if (column.getKey() != null && kept.contains(column.getKey())) {
                    // an action column sized to its buttons in one line would push the grid sideways: a fixed width
                    // lets the buttons wrap under each other
                    if (narrow) {
                        wideWidth.put(column, column.isAutoWidth() ? null : column.getWidth());
                        column.setAutoWidth(false);
                        column.setWidth(NARROW_ACTION_WIDTH);
                    } else if (wideWidth.containsKey(column)) {
                        String width = wideWidth.get(column);
                        column.setWidth(width);
                        column.setAutoWidth(width == null);
                    }
                } else if (column.getKey() == null || !kept.contains(column.getKey())) {
                    if (narrow) {
                        wide.put(column, column.isVisible());
                        column.setVisible(false);
                    } else {
                        column.setVisible(wide.getOrDefault(column, true));
                    }
                }
            }
        };
        onNarrow(view, apply);
        return apply;
    }

    private static Div card(List<String> lines) {
        Div card = new Div();
        card.addClassName("grid-card");
        for (String line : lines) {
            if (line != null && !line.isBlank()) {
                Span span = new Span(line);
                span.getStyle().set("display", "block");
                if (card.getComponentCount() == 0) {
                    span.getStyle().set("font-weight", "600");
                }
                card.add(span);
            }
        }
        return card;
    }
}
