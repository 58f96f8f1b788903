package org.caseaudit.cases.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseImportRepository extends JpaRepository<CaseImportEntity, Long> {

    List<CaseImportEntity> findTop50ByOrderByIdDesc();
}
