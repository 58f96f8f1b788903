package org.caseaudit.sampling.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SampleRecordRepository extends JpaRepository<SampleRecordEntity, Long> {

    Optional<SampleRecordEntity> findByCycleId(long cycleId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SampleRecordEntity s where s.cycleId = :cycleId")
    Optional<SampleRecordEntity> lockByCycleId(long cycleId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SampleRecordEntity s where s.id = :id")
    Optional<SampleRecordEntity> lockById(long id);
}
