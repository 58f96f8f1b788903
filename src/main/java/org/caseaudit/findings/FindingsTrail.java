package org.caseaudit.findings;

import java.time.LocalDate;
import org.caseaudit.security.TrailEntry;
import org.caseaudit.security.TrailEvent;

/** What findings and the action plan tell the audit trail: one record per kind of event. */
public final class FindingsTrail {

    private static final String ACTION = ActionPlanService.TARGET;
    private static final String CYCLE = FindingsService.TARGET;
    /** Free text on the trail is cut to this many characters. */
    static final int TEXT_SHOWN = 200;

    private FindingsTrail() {
    }

    public record FindingsViewed(long cycleId, int findings) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("FINDINGS_VIEWED", CYCLE, cycleId, findings + " finding(s)");
        }
    }

    public record StrengthsViewed(long cycleId, int notes) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("STRENGTHS_VIEWED", CYCLE, cycleId, notes + " strength note(s)");
        }
    }

    /** {@code action}: the action as the plan describes it. */
    public record ActionCreated(long actionId, String action) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("ACTION_CREATED", ACTION, actionId, action);
        }
    }

    public record ActionUpdated(long actionId, String before, String after) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("ACTION_UPDATED", ACTION, actionId, before + " -> " + after);
        }
    }

    public record ActionNoteAdded(long actionId, String note) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("ACTION_NOTE_ADDED", ACTION, actionId, abbreviate(note.strip()));
        }
    }

    public record ActionClosed(long actionId, LocalDate completedOn, String evidence) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("ACTION_COMPLETED", ACTION, actionId, "completed on " + completedOn + "; evidence: "
                    + abbreviate(evidence.strip()));
        }
    }

    public record ReAuditLaunched(long actionId, long cycleId, String cycleName, LocalDate casesFrom, int audits,
                                  long seed) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("ACTION_REAUDIT_LAUNCHED", ACTION, actionId, "cycle " + cycleId + " (" + cycleName
                    + "); cases with S47 start from " + casesFrom + "; " + audits + " audit(s); seed " + seed);
        }
    }

    public record DeliveryGroupSaved(long groupId, boolean created, String name, String chair) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of(created ? "DELIVERY_GROUP_CREATED" : "DELIVERY_GROUP_UPDATED",
                    DeliveryGroupService.TARGET, groupId, name + "; chair " + chair);
        }
    }

    static String abbreviate(String s) {
        return ActionPlanService.abbreviate(s, TEXT_SHOWN);
    }
}
