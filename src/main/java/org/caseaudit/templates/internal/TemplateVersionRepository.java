package org.caseaudit.templates.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TemplateVersionRepository extends JpaRepository<TemplateVersionEntity, Long> {

    @Query("select v from TemplateVersionEntity v join fetch v.template t"
            + " where t.templateKey = :templateKey and v.versionNumber = :versionNumber")
    Optional<TemplateVersionEntity> find(String templateKey, int versionNumber);

    @Query("select v from TemplateVersionEntity v join fetch v.template t"
            + " order by t.templateKey, v.versionNumber desc")
    List<TemplateVersionEntity> findAllNewestFirst();

    @Query("select v from TemplateVersionEntity v join fetch v.template t"
            + " where t.templateKey = :templateKey order by v.versionNumber desc")
    List<TemplateVersionEntity> findByTemplateNewestFirst(String templateKey);

    long countByTemplate(TemplateEntity template);
}
