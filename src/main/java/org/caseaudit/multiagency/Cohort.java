package org.caseaudit.multiagency;

/**
 * How an audit's cohort was chosen, recorded like any sample: by the lead from the register ({@code CHOSEN}), or a
 * seeded simple random draw within a theme filter ({@code SAMPLED}: the filter in words, the seed, the frame's size
 * and SHA-256 and the draw rule's version, so anyone can redraw it). Children nominated by agencies and accepted by the
 * lead are counted apart.
 */
public record Cohort(String method, String filter, Long seed, Integer frameSize, String frameSha256,
        String methodVersion, int nominated) {

    /** The cohort's method in plain words, for the screen and the board report (no identifiers). */
    public String describe() {
        String how = "SAMPLED".equals(method)
                ? "drawn at random (seed " + seed + ") from the " + frameSize + " cases in the register matching: "
                        + filter + " (frame SHA-256 " + frameSha256.substring(0, 12) + "...)"
                : "chosen from the case register by the partnership's audit lead";
        return nominated == 0 ? how : how + "; " + nominated + (nominated == 1 ? " child was" : " children were")
                + " nominated by an agency and accepted by the lead";
    }
}
