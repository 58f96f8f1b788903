package org.caseaudit.calendar.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BankHolidayRepository extends JpaRepository<BankHolidayEntity, Long> {

    List<BankHolidayEntity> findByVersionIdOrderByDate(Long versionId);
}
