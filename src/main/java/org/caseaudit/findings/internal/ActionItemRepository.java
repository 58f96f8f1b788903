package org.caseaudit.findings.internal;

import java.util.List;
import org.caseaudit.findings.ActionStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionItemRepository extends JpaRepository<ActionItemEntity, Long> {

    List<ActionItemEntity> findAllByOrderByIdAsc();

    List<ActionItemEntity> findByStatusNotOrderByIdAsc(ActionStatus status);

    List<ActionItemEntity> findByOwnerUsernameOrderByIdAsc(String ownerUsername);

    boolean existsByDeliveryGroupId(Long deliveryGroupId);

    boolean existsByOwnerUsername(String ownerUsername);

    boolean existsBySourceCycleIdAndThemeAndStatusNot(Long sourceCycleId, String theme, ActionStatus status);
}
