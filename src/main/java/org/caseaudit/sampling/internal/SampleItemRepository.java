package org.caseaudit.sampling.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SampleItemRepository extends JpaRepository<SampleItemEntity, Long> {

    List<SampleItemEntity> findBySampleIdOrderByDrawOrder(long sampleId);

    Optional<SampleItemEntity> findBySampleIdAndDrawOrder(long sampleId, int drawOrder);

    List<SampleItemEntity> findByAuditorOrModeratorOrderBySampleIdAscDrawOrderAsc(String auditor, String moderator);

    /**
     * Case ids in the sample (drawn in or brought in) of other cycles' samples drawn in [from, to), or at {@code to}
     * with an id below {@code beforeId}.
     */
    @Query("""
            select distinct i.caseId from SampleItemEntity i, SampleRecordEntity s
            where i.sampleId = s.id and s.cycleId <> :cycleId and s.drawnAt >= :from
              and (s.drawnAt < :to or (s.drawnAt = :to and s.id < :beforeId))
              and i.status in (org.caseaudit.sampling.SampleItemInfo.Status.SELECTED,
                               org.caseaudit.sampling.SampleItemInfo.Status.REPLACEMENT)""")
    List<Long> sampledElsewhere(long cycleId, Instant from, Instant to, long beforeId);
}
