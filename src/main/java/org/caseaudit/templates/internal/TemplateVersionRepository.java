package org.caseaudit.templates.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface TemplateVersionRepository extends JpaRepository<TemplateVersionEntity, Long> {

    @Query("select v from TemplateVersionEntity v join fetch v.template t"
            + " where t.templateKey = :templateKey and v.versionNumber = :versionNumber")
    Optional<TemplateVersionEntity> find(String templateKey, int versionNumber);

    /** Whether the version is in use, without loading its content (empty when there is no such version). */
    @Query("select v.inUse from TemplateVersionEntity v join v.template t"
            + " where t.templateKey = :templateKey and v.versionNumber = :versionNumber")
    Optional<Boolean> inUse(String templateKey, int versionNumber);

    @Query("select v from TemplateVersionEntity v join fetch v.template t"
            + " order by t.templateKey, v.versionNumber desc")
    List<TemplateVersionEntity> findAllNewestFirst();

    @Query("select v from TemplateVersionEntity v join fetch v.template t"
            + " where t.templateKey = :templateKey order by v.versionNumber desc")
    List<TemplateVersionEntity> findByTemplateNewestFirst(String templateKey);

    long countByTemplate(TemplateEntity template);

    /**
     * Marks the version used unless it already is; 1 when this call marked it. One conditional statement, so two
     * audits starting on the version at the same time both go on: the second waits for the first's row lock and then
     * finds it in use, where two versioned entity updates made the second fail.
     */
    @Modifying(flushAutomatically = true)
    @Query("update versioned TemplateVersionEntity v set v.inUse = true, v.firstUsedAt = :when"
            + " where v.id = :id and v.inUse = false")
    int markUsed(long id, Instant when);
}
