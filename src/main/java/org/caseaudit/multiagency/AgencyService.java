package org.caseaudit.multiagency;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.caseaudit.multiagency.internal.MultiAgencyStore;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Role;
import org.caseaudit.security.UserService;
import org.caseaudit.shared.council.CurrentCouncil;
import org.caseaudit.security.UserSummary;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.PlainText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partner agencies and their members (one agency per user; members sign in with the agency co-ordinator role). */
@Service
public class AgencyService {

    /** An agency's name: one line of at most 150 characters. */
    public static final PlainText.Rule NAME = PlainText.Rule.singleLine("The agency's name", 150);

    private final MultiAgencyStore store;
    private final ApplicationEventPublisher trail;
    private final CurrentUser currentUser;
    private final UserService users;
    private final CurrentCouncil council;

    AgencyService(MultiAgencyStore store, ApplicationEventPublisher trail, CurrentUser currentUser, UserService users,
            CurrentCouncil council) {
        this.users = users;
        this.council = council;
        this.store = store;
        this.trail = trail;
        this.currentUser = currentUser;
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public List<Agency> agencies() {
        return store.agencies();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Agency create(String name, AgencyKind kind) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new MultiAgencyException("Give the agency's name");
        }
        NAME.problem(clean).ifPresent(problem -> {
            throw new MultiAgencyException(problem);
        });
        if (kind == null) {
            throw new MultiAgencyException(
                    "Choose the kind of agency (police, health, education, children's social care)");
        }
        if (store.agencyByName(clean).isPresent()) {
            throw new MultiAgencyException("An agency called \"" + clean + "\" already exists");
        }
        long id = store.insertAgency(clean, kind);
        trail.publishEvent(new MultiAgencyTrail.AgencyCreated(id, clean, kind));
        return new Agency(id, clean, kind);
    }

    /**
     * Makes {@code username} a member of the agency (moving them from any other agency). Refused, naming the username,
     * unless a user of the current council has it.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void addMember(long agencyId, String username) {
        Agency agency = store.agency(agencyId).orElseThrow(() -> new MultiAgencyException("No such agency"));
        if (username == null || username.isBlank()) {
            throw new MultiAgencyException("Give the member's username");
        }
        // only a stored user of this council; another council's user is not found here either (decision 0012)
        if (!council.councilsOf(username.strip()).contains(council.id())) {
            throw new MultiAgencyException("There is no user " + username.strip() + " in this council");
        }
        store.setMember(username.strip(), agencyId);
        trail.publishEvent(new MultiAgencyTrail.AgencyMemberSet(agencyId, username.strip(), agency.name()));
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public List<String> members(long agencyId) {
        return store.members(agencyId);
    }

    /** Each agency with its members' usernames, for the administrator's screen. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<AgencyMembers> overview() {
        return store.agencies().stream().map(a -> new AgencyMembers(a, store.members(a.id()))).toList();
    }

    /** The enabled users with the agency co-ordinator role: who can be made a member of an agency. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<UserSummary> coordinators() {
        return users.findEnabledWithRole(Role.AGENCY_COORDINATOR);
    }

    /** Ends {@code username}'s membership of their agency (they then see no multi-agency audit). */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void removeMember(String username) {
        String who = username == null ? "" : username.strip();
        Agency agency = store.agencyOf(who).orElseThrow(() -> new MultiAgencyException(who + " is in no agency"));
        store.removeMember(who);
        trail.publishEvent(new MultiAgencyTrail.AgencyMemberRemoved(agency.id(), who, agency.name()));
    }

    /** The signed-in co-ordinator's agency, if they have been made a member of one. */
    @RolesAllowed(Roles.AGENCY_COORDINATOR)
    @Transactional(readOnly = true)
    public Optional<Agency> myAgency() {
        return currentUser.username().flatMap(store::agencyOf);
    }
}
