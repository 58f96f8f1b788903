package org.caseaudit.cases.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IntegrationTokenRepository extends JpaRepository<IntegrationTokenEntity, Long> {

    Optional<IntegrationTokenEntity> findByTokenHash(String tokenHash);

    boolean existsByNameIgnoreCase(String name);

    List<IntegrationTokenEntity> findAllByOrderByCreatedAtDesc();
}
