package org.caseaudit.sampling;

import java.util.List;

/**
 * Where frames come from: the cases matching a definition's date field, period, teams and outcomes (exclusions by
 * reference and by earlier samples are applied by the sampling service). Items may come in any order.
 */
public interface CaseFrameSource {

    List<FrameItem> items(FrameDefinition definition);

    /** Team names known to the register, for the frame form. */
    List<String> teams();
}
