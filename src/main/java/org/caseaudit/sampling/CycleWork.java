package org.caseaudit.sampling;

/**
 * The work created for a cycle's assigned sample: how many audits and moderations were created, or why none were.
 *
 * @param audits      audits created now
 * @param moderations moderations created now
 * @param notCreated  why nothing was created (null when it was)
 */
public record CycleWork(int audits, int moderations, String notCreated) {

    public static CycleWork none(String why) {
        return new CycleWork(0, 0, why);
    }

    /** "10 audits and 2 moderations created", with singulars where one. */
    public String describe() {
        if (notCreated != null) {
            return "No audits created: " + notCreated;
        }
        return count(audits, "audit") + " and " + count(moderations, "moderation") + " created";
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
