package org.caseaudit.multiagency;

/** The kinds of partner agency; each has its own return template ({@code audit-templates/multi-agency/<file>}). */
public enum AgencyKind {
    POLICE("Police", "police.yaml"),
    HEALTH("Health", "health.yaml"),
    EDUCATION("Education", "education.yaml"),
    CHILDRENS_SOCIAL_CARE("Children's social care", "childrens-social-care.yaml");

    private final String label;
    private final String templateFile;

    AgencyKind(String label, String templateFile) {
        this.label = label;
        this.templateFile = templateFile;
    }

    public String label() {
        return label;
    }

    public String templateFile() {
        return templateFile;
    }
}
