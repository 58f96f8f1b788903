package org.caseaudit.cases.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.caseaudit.cases.CaseField;
import org.caseaudit.cases.MappingProfile;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.annotations.TenantId;

@Entity
@Table(name = "case_mapping_profile")
public class MappingProfileEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The council this row belongs to (decision 0012): set and filtered by Hibernate, never by hand. */
    @TenantId
    @Column(name = "council_id", nullable = false, updatable = false)
    private Long councilId;
    private String name;
    private String source;
    private String dateFormat;
    private String description;
    private boolean builtIn;
    private LocalDateTime updatedAt;
    private String updatedBy;
    @Version
    private long version;

    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "case_mapping_column", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<Column_> columns = new ArrayList<>();

    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "case_value_translation", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<Translation> translations = new ArrayList<>();

    protected MappingProfileEntity() {
    }

    public MappingProfileEntity(String name) {
        this.name = name;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public boolean isBuiltIn() { return builtIn; }
    public long getVersion() { return version; }

    /** Replaces the whole definition from a validated record. */
    public void update(MappingProfile p, String user, LocalDateTime now) {
        this.name = p.name().trim();
        this.source = p.source().trim();
        this.dateFormat = p.dateFormat().trim();
        this.description = p.description();
        this.updatedBy = user;
        this.updatedAt = now;
        this.columns.clear();
        p.columns().forEach(c -> columns.add(new Column_(c.sourceColumn().trim(), c.field().key())));
        this.translations.clear();
        p.translations().forEach(t -> translations.add(new Translation(t.field() == null ? null : t.field().key(),
                t.sourceValue().trim(), t.targetValue() == null ? "" : t.targetValue().trim())));
    }

    public MappingProfile toRecord() {
        return new MappingProfile(id, name, source, dateFormat, description, builtIn, version,
                columns.stream().map(c -> new MappingProfile.ColumnMapping(c.sourceColumn,
                        CaseField.byKey(c.field).orElseThrow())).toList(),
                translations.stream().map(t -> new MappingProfile.ValueTranslation(
                        t.field == null ? null : CaseField.byKey(t.field).orElseThrow(), t.sourceValue, t.targetValue))
                        .toList());
    }

    @Embeddable
    public static class Column_ {
        @Column(name = "source_column")
        private String sourceColumn;
        @Column(name = "field")
        private String field;

        protected Column_() {
        }

        Column_(String sourceColumn, String field) {
            this.sourceColumn = sourceColumn;
            this.field = field;
        }
    }

    @Embeddable
    public static class Translation {
        @Column(name = "field")
        private String field;
        @Column(name = "source_value")
        private String sourceValue;
        @Column(name = "target_value")
        private String targetValue;

        protected Translation() {
        }

        Translation(String field, String sourceValue, String targetValue) {
            this.field = field;
            this.sourceValue = sourceValue;
            this.targetValue = targetValue;
        }
    }
}
