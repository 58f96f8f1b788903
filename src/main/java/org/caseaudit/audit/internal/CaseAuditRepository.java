package org.caseaudit.audit.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.caseaudit.audit.AuditKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CaseAuditRepository extends JpaRepository<CaseAuditEntity, Long> {

    /** Shared lock: many answer saves at once, but none while the audit is being submitted or reopened. */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select a from CaseAuditEntity a where a.id = :id")
    Optional<CaseAuditEntity> findForAnswering(long id);

    /** Exclusive lock for transitions (start, submit, reopen, moderation outcome). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from CaseAuditEntity a where a.id = :id")
    Optional<CaseAuditEntity> findForTransition(long id);

    List<CaseAuditEntity> findByAuditorOrderByDueDateAscIdAsc(String auditor);

    List<CaseAuditEntity> findByCycleIdOrderByIdAsc(long cycleId);

    List<CaseAuditEntity> findAllByOrderByCycleIdDescIdAsc();

    Optional<CaseAuditEntity> findByModeratesAuditId(long auditId);

    boolean existsByCycleIdAndCaseIdAndKind(long cycleId, long caseId, AuditKind kind);

    @Query("select distinct a.cycleId from CaseAuditEntity a order by a.cycleId desc")
    List<Long> cycleIds();
}
