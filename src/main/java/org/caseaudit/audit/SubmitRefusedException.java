package org.caseaudit.audit;

import java.util.List;

/** A submission refused because answers, notes, reasons or the grade are missing; names each one. */
public class SubmitRefusedException extends AuditStateException {

    private final transient List<MissingItem> missing;

    public SubmitRefusedException(List<MissingItem> missing) {
        super("The audit cannot be submitted yet: " + missing.size() + " item(s) missing");
        this.missing = List.copyOf(missing);
    }

    public List<MissingItem> missing() {
        return missing;
    }
}
