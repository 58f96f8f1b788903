package org.caseaudit.calendar.internal;

import java.util.Optional;
import org.caseaudit.calendar.Measure;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimescaleSettingRepository extends JpaRepository<TimescaleSettingEntity, Long> {

    Optional<TimescaleSettingEntity> findByMeasure(Measure measure);
}
