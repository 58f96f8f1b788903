package org.caseaudit.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * The footer every form and confirmation dialog has: a button that closes the dialog and does nothing else, then the
 * dialog's action, the primary button (red as well where the action removes or replaces something for good).
 */
public final class Dialogs {

    private Dialogs() {
    }

    /** "Cancel" (id {@code cancelId}, may be null) and {@code action} as the primary button. Returns the cancel. */
    public static Button footer(Dialog dialog, Button action, String cancelId) {
        return footer(dialog, action, "Cancel", cancelId);
    }

    /** As {@link #footer(Dialog, Button, String)} with the closing button's own words. */
    public static Button footer(Dialog dialog, Button action, String cancelText, String cancelId) {
        action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(cancelText, e -> dialog.close());
        if (cancelId != null) {
            cancel.setId(cancelId);
        }
        dialog.getFooter().add(cancel, action);
        return cancel;
    }

    /** As {@link #footer(Dialog, Button, String, String)} for an action that cannot be undone: primary and red. */
    public static Button dangerFooter(Dialog dialog, Button action, String cancelText, String cancelId) {
        action.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return footer(dialog, action, cancelText, cancelId);
    }
}
