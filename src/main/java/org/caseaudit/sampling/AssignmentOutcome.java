package org.caseaudit.sampling;

/** What one assignment step did: the locked sample and the work created from it. */
public record AssignmentOutcome(SampleRecord sample, CycleWork work) {

    /** The notice after assigning: counts naming both audits and moderations, and the next step. */
    public String describe() {
        long cases = sample.activeItems().size();
        StringBuilder text = new StringBuilder("Assigned " + CycleWork.count(cases, "case")
                + "; the sample is locked. ")
                .append(work.describe()).append('.');
        if (work.notCreated() == null) {
            text.append(" Next: the auditors start their audits; follow them under Audit results.");
        } else {
            text.append(" Next: create them under Audit results.");
        }
        return text.toString();
    }
}
