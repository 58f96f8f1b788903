package org.caseaudit.audit.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditReplyRepository extends JpaRepository<AuditReplyEntity, Long> {

    List<AuditReplyEntity> findByCaseAuditIdOrderByWrittenAtAscIdAsc(long caseAuditId);

    long countByCaseAuditId(long caseAuditId);
}
