package org.caseaudit.calendar.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CalendarVersionRepository extends JpaRepository<CalendarVersionEntity, Long> {

    Optional<CalendarVersionEntity> findTopByOrderByVersionNoDesc();

    /** The newest version, row-locked: serialises writers so each new version is based on the one before. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(
            "select v from CalendarVersionEntity v where v.versionNo = (select max(w.versionNo) from "
            + "CalendarVersionEntity w)")
    Optional<CalendarVersionEntity> lockNewest();

    @Query("select max(v.versionNo) from CalendarVersionEntity v")
    Optional<Long> newestVersionNo();

    Optional<CalendarVersionEntity> findByVersionNo(long versionNo);

    List<CalendarVersionEntity> findAllByOrderByVersionNoDesc();
}
