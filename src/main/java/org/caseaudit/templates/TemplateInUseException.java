package org.caseaudit.templates;

/** A template version used by an audit cannot be deleted. */
public class TemplateInUseException extends RuntimeException {

    public TemplateInUseException(String templateId, int version) {
        super("Version " + version + " of template '" + templateId + "' is in use by audits and cannot be deleted");
    }
}
