package org.caseaudit.cases.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CaseRecordRepository extends JpaRepository<CaseRecordEntity, Long>,
        JpaSpecificationExecutor<CaseRecordEntity> {

    @Query("select distinct c.team from CaseRecordEntity c order by c.team")
    List<String> findTeams();

    /** Exact match; the column's collation ignores case. More than one only where two sources share a reference. */
    @Query("""
            select new org.caseaudit.cases.CaseKey(c.id, c.caseReference, c.team) from CaseRecordEntity c
            where c.caseReference = :reference order by c.id""")
    List<org.caseaudit.cases.CaseKey> findKeysByReference(String reference);
}
