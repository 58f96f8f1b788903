package org.caseaudit.findings;

/**
 * A delivery group of the safeguarding partnership (e.g. "Front Door Delivery Group"), with its chair, which can own
 * actions: the plans go to delivery groups as well as to committees.
 */
public record DeliveryGroup(long id, long version, String name, String chair) {

    /** "Front Door Delivery Group (chair: Detective Inspector, Public Protection)". */
    public String describe() {
        return name + " (chair: " + chair + ")";
    }
}
