package org.caseaudit.sampling.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditCycleRepository extends JpaRepository<AuditCycleEntity, Long> {

    List<AuditCycleEntity> findAllByOrderByPeriodStartDescNameAsc();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);
}
