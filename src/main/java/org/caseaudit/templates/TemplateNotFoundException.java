package org.caseaudit.templates;

public class TemplateNotFoundException extends RuntimeException {

    public TemplateNotFoundException(String templateId, int version) {
        super("There is no version " + version + " of template '" + templateId + "'");
    }
}
