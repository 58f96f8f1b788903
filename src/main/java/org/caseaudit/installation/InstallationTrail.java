package org.caseaudit.installation;

import org.caseaudit.security.TrailEntry;
import org.caseaudit.security.TrailEvent;

/** What council administration tells the audit trail: one record per kind of event. Targets are council codes. */
public final class InstallationTrail {

    private static final String COUNCIL = "council";

    private InstallationTrail() {
    }

    public record PartnershipCreated(String code, String name) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("PARTNERSHIP_CREATED", "partnership", code, name);
        }
    }

    public record CouncilCreated(String code, String name, String firstAdministrator) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("COUNCIL_CREATED", COUNCIL, code, name + "; first administrator "
                    + firstAdministrator);
        }
    }

    public record TeamAdded(String councilCode, String team) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("COUNCIL_TEAM_ADDED", COUNCIL, councilCode, team);
        }
    }

    public record IntegrationAdded(String councilCode, String account) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("COUNCIL_INTEGRATION_ADDED", COUNCIL, councilCode, account);
        }
    }

    public record CouncilExported(String councilCode, int rows, int files) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("COUNCIL_EXPORTED", COUNCIL, councilCode, rows + " row(s) in " + files + " file(s)");
        }
    }

    public record CouncilOffboarded(String councilCode, int rows, int tables, int users) implements TrailEvent {
        @Override
        public TrailEntry entry() {
            return TrailEntry.of("COUNCIL_OFFBOARDED", COUNCIL, councilCode, rows + " row(s) deleted from " + tables
                    + " table(s), " + users + " user(s) deleted; trail entries kept");
        }
    }
}
