package org.caseaudit.reminders;

/** How a user wants reminders: a message at each event (and the daily reminders), one daily digest, or none. */
public enum MailMode {
    IMMEDIATE("At once, and a daily reminder"),
    DIGEST("One daily digest"),
    NONE("None");

    private final String label;

    MailMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
