package org.caseaudit.multiagency;

import java.util.List;
import org.caseaudit.templates.SectionDefinition;

/** The sections an agency answers: the common core, then its agency's own; {@code versionLabel} is stored. */
public record ReturnTemplate(String title, String versionLabel, List<SectionDefinition> sections) {

    public ReturnTemplate {
        sections = List.copyOf(sections);
    }
}
