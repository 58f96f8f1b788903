package org.caseaudit.sampling;

import java.util.List;

/** The frame a definition gives now, before sampling: its size per team and what was left out. */
public record FramePreview(int size, String sha256, List<TeamCount> teams, List<String> excludedByReference,
                           int excludedAsRecentlySampled, List<String> unknownReferences) {

    public record TeamCount(String team, int cases) {
    }
}
