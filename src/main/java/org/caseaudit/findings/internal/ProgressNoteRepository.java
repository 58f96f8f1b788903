package org.caseaudit.findings.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressNoteRepository extends JpaRepository<ProgressNoteEntity, Long> {

    List<ProgressNoteEntity> findByActionIdInOrderByIdAsc(Collection<Long> actionIds);
}
