package org.caseaudit.cases.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CaseRecordRepository extends JpaRepository<CaseRecordEntity, Long>,
        JpaSpecificationExecutor<CaseRecordEntity> {

    @Query("select distinct c.team from CaseRecordEntity c order by c.team")
    List<String> findTeams();
}
