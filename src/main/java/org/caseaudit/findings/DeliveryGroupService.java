package org.caseaudit.findings;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.caseaudit.findings.internal.DeliveryGroupEntity;
import org.caseaudit.findings.internal.DeliveryGroupRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.PlainText;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery groups that own actions. The audit lead and administrators keep the list; everyone who reads the action
 * plan or builds its reports may read it (a group's name and its chair's title are not case data).
 */
@Service
public class DeliveryGroupService {

    static final String TARGET = "delivery_group";
    /** A delivery group's name and chair: one line each, as wide as their columns. */
    public static final PlainText.Rule NAME = PlainText.Rule.singleLine("The delivery group's name", 120);
    public static final PlainText.Rule CHAIR = PlainText.Rule.singleLine("The chair", 200);

    private final DeliveryGroupRepository groups;
    private final ApplicationEventPublisher trail;
    private final CurrentUser currentUser;
    private final Clock clock;

    DeliveryGroupService(DeliveryGroupRepository groups, ApplicationEventPublisher trail,
            CurrentUser currentUser, Clock clock) {
        this.groups = groups;
        this.trail = trail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every group, by name. */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.PANEL_VIEWER, Roles.INDEPENDENT_MEMBER})
    @Transactional(readOnly = true)
    public List<DeliveryGroup> list() {
        return groups.findAllByOrderByNameAsc().stream().map(DeliveryGroupService::group).toList();
    }

    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN, Roles.PANEL_VIEWER, Roles.INDEPENDENT_MEMBER})
    @Transactional(readOnly = true)
    public Optional<DeliveryGroup> find(long id) {
        return groups.findById(id).map(DeliveryGroupService::group);
    }

    /**
     * Adds a group ({@code id} null) or changes one at {@code expectedVersion}. Names are unique whatever their case;
     * the chair is required (a title or a name: the group's accountable person).
     */
    @RolesAllowed({Roles.AUDIT_LEAD, Roles.ADMIN})
    @Transactional
    public DeliveryGroup save(Long id, long expectedVersion, String name, String chair) {
        String cleanName = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        String cleanChair = chair == null ? "" : chair.strip().replaceAll("\\s+", " ");
        if (cleanName.isEmpty()) {
            throw new ActionPlanException("Give the delivery group's name");
        }
        if (cleanChair.isEmpty()) {
            throw new ActionPlanException("Give the delivery group's chair");
        }
        NAME.problem(cleanName).or(() -> CHAIR.problem(cleanChair))
                .ifPresent(problem -> {
                    throw new ActionPlanException(problem);
                });
        groups.findByNameIgnoreCase(cleanName).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new ActionPlanException("There is already a delivery group called \u201c" + other.getName()
                    + "\u201d");
        });
        String who = currentUser.required();
        DeliveryGroupEntity e;
        if (id == null) {
            e = new DeliveryGroupEntity(cleanName, cleanChair, who, clock.instant());
        } else {
            e = groups.findById(id).orElseThrow(() -> new ActionPlanException("There is no delivery group " + id));
            if (e.getVersion() != expectedVersion) {
                throw new ObjectOptimisticLockingFailureException(DeliveryGroupEntity.class, id);
            }
            e.change(cleanName, cleanChair, who, clock.instant());
        }
        e = groups.saveAndFlush(e);
        trail.publishEvent(new FindingsTrail.DeliveryGroupSaved(e.getId(), id == null, cleanName, cleanChair));
        return group(e);
    }

    private static DeliveryGroup group(DeliveryGroupEntity e) {
        return new DeliveryGroup(e.getId(), e.getVersion(), e.getName(), e.getChair());
    }
}
