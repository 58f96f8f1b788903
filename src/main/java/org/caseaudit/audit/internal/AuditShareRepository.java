package org.caseaudit.audit.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditShareRepository extends JpaRepository<AuditShareEntity, Long> {

    List<AuditShareEntity> findByTeamManagerOrderBySharedAtDesc(String teamManager);

    List<AuditShareEntity> findByCaseAuditIdOrderBySharedAt(long caseAuditId);

    boolean existsByCaseAuditIdAndTeamManager(long caseAuditId, String teamManager);
}
