package org.caseaudit.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The application's notifications, one look per kind: a success or plain notice at the bottom for a few seconds, a
 * warning or error in the middle for longer, and one wording for an optimistic-lock clash ("Someone changed ...
 * meanwhile; ..."). Views call these instead of {@code Notification.show}.
 */
public final class Notifications {

    private static final int SHORT_MS = 4000;
    private static final int LONG_MS = 6000;

    private Notifications() {
    }

    /** Something the user asked for was done ("Saved ..."). */
    public static Notification success(String text) {
        return show(text, SHORT_MS, Notification.Position.BOTTOM_START, NotificationVariant.LUMO_SUCCESS);
    }

    /** Something the user should do first ("Choose a file first"). */
    public static Notification warning(String text) {
        return show(text, LONG_MS, Notification.Position.MIDDLE, NotificationVariant.LUMO_WARNING);
    }

    /** What was asked for was refused or failed, in plain words; nothing was changed. */
    public static Notification error(String text) {
        return show(text, LONG_MS, Notification.Position.MIDDLE, NotificationVariant.LUMO_ERROR);
    }

    /**
     * Someone else saved the same thing first (an optimistic-lock clash): {@code what} names it ("this action"),
     * {@code outcome} says what the screen did about it ("it has been reloaded").
     */
    public static Notification concurrentChange(String what, String outcome) {
        return error(concurrentChangeText(what, outcome));
    }

    /** The wording of {@link #concurrentChange}, for a message shown elsewhere. */
    public static String concurrentChangeText(String what, String outcome) {
        return "Someone changed " + what + " meanwhile; " + outcome;
    }

    private static Notification show(String text, int millis, Notification.Position position,
            NotificationVariant variant) {
        Notification notification = Notification.show(text, millis, position);
        notification.addThemeVariants(variant);
        return notification;
    }
}
