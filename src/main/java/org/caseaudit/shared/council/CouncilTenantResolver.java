package org.caseaudit.shared.council;

import java.util.Map;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Hibernate's multi-tenancy in discriminator mode (decision 0012): every entity of a council table carries a
 * {@code @TenantId Long councilId}; Hibernate fills it on insert and adds {@code council_id = ?} to every query and
 * load of that entity, with the value from {@link CurrentCouncil}. The one place JPA scoping is enforced.
 */
@Component
class CouncilTenantResolver implements CurrentTenantIdentifierResolver<Long>, HibernatePropertiesCustomizer {

    private final CurrentCouncil currentCouncil;

    CouncilTenantResolver(CurrentCouncil currentCouncil) {
        this.currentCouncil = currentCouncil;
    }

    @Override
    public Long resolveCurrentTenantIdentifier() {
        return currentCouncil.id();
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
    }
}
