package org.caseaudit.audit.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.caseaudit.audit.AuditKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CaseAuditRepository extends JpaRepository<CaseAuditEntity, Long> {

    /**
     * Exclusive lock for transitions (start, submit, reopen, moderation outcome); answer saves take the shared lock
     * in their UPDATE (see AnswerStore), so a transition waits for saves under way and they for it.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from CaseAuditEntity a where a.id = :id")
    Optional<CaseAuditEntity> findForTransition(long id);

    List<CaseAuditEntity> findByAuditorOrderByDueDateAscIdAsc(String auditor);

    List<CaseAuditEntity> findByCycleIdOrderByIdAsc(long cycleId);

    List<CaseAuditEntity> findAllByOrderByCycleIdDescIdAsc();

    Optional<CaseAuditEntity> findByModeratesAuditId(long auditId);

    boolean existsByCycleIdAndCaseIdAndKind(long cycleId, long caseId, AuditKind kind);

    boolean existsByAuditorAndCaseId(String auditor, long caseId);

    @Query("select distinct a.cycleId from CaseAuditEntity a order by a.cycleId desc")
    List<Long> cycleIds();
}
