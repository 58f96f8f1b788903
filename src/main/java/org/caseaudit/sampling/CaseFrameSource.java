package org.caseaudit.sampling;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import java.util.List;

/**
 * Where frames come from: the cases matching a definition's date field, period, teams and outcomes (exclusions by
 * reference and by earlier samples are applied by the sampling service). Items may come in any order.
 */
public interface CaseFrameSource {

    List<FrameItem> items(FrameDefinition definition);

    /**
     * The same cases' ids alone, as numbers, when this source's ids are decimal numbers and it can read them
     * without references and teams (cheaper, for designs that do not stratify); empty when it cannot.
     */
    default Optional<long[]> numericIds(FrameDefinition definition) {
        return Optional.empty();
    }

    /**
     * Reference and team of each of these cases, keyed by id, as the source holds them now; ids it no longer holds
     * are left out. Needed by sources that give {@link #numericIds}: a sample drawn from ids alone is shown with
     * them.
     */
    default Map<Long, FrameItem> describe(Collection<Long> ids) {
        throw new UnsupportedOperationException("This frame source cannot describe cases by id");
    }

    /** Team names known to the register, for the frame form. */
    List<String> teams();
}
