package org.caseaudit.findings;

/** Red/amber/green rating of an action, always shown with its words (never colour alone). */
public enum Rag {
    RED("Red"),
    AMBER("Amber"),
    GREEN("Green");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
