package org.caseaudit.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayoutVariant;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

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
}
