package org.caseaudit.cases.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IntegrationTokenRepository extends JpaRepository<IntegrationTokenEntity, Long> {

    Optional<IntegrationTokenEntity> findByTokenHash(String tokenHash);

    /** The council of a token: across councils on purpose (the hash is unique in the installation, decision 0012). */
    @Query(value = "SELECT council_id FROM case_integration_token WHERE token_hash = ?1", nativeQuery = true)
    Optional<Long> councilOfTokenHash(String tokenHash);

    boolean existsByNameIgnoreCase(String name);

    List<IntegrationTokenEntity> findAllByOrderByCreatedAtDesc();
}
