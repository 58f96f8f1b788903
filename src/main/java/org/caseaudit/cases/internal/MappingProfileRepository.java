package org.caseaudit.cases.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MappingProfileRepository extends JpaRepository<MappingProfileEntity, Long> {

    Optional<MappingProfileEntity> findByNameIgnoreCase(String name);

    List<MappingProfileEntity> findAllByOrderByBuiltInDescNameAsc();
}
