package org.caseaudit.audit.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnswerRepository extends JpaRepository<AnswerEntity, Long> {

    Optional<AnswerEntity> findByCaseAuditIdAndQuestionKey(long caseAuditId, String questionKey);

    List<AnswerEntity> findByCaseAuditIdOrderByPosition(long caseAuditId);

    List<AnswerEntity> findByCaseAuditIdInOrderByCaseAuditIdAscPositionAsc(List<Long> caseAuditIds);

    long countByCaseAuditId(long caseAuditId);
}
