package org.caseaudit.findings.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeliveryGroupRepository extends JpaRepository<DeliveryGroupEntity, Long> {

    List<DeliveryGroupEntity> findAllByOrderByNameAsc();

    Optional<DeliveryGroupEntity> findByNameIgnoreCase(String name);
}
