package org.caseaudit.audit.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreedAnswerRepository extends JpaRepository<AgreedAnswerEntity, Long> {

    Optional<AgreedAnswerEntity> findByCaseAuditIdAndQuestionKey(long caseAuditId, String questionKey);

    List<AgreedAnswerEntity> findByCaseAuditId(long caseAuditId);

    List<AgreedAnswerEntity> findByCaseAuditIdIn(List<Long> caseAuditIds);
}
