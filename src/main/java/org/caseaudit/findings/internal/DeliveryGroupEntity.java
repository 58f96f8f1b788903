package org.caseaudit.findings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A delivery group of the safeguarding partnership: a name and its chair; optimistic locking by {@code version}. */
@Entity
@Table(name = "delivery_group")
public class DeliveryGroupEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The council this row belongs to (decision 0012): set and filtered by Hibernate, never by hand. */
    @TenantId
    @Column(name = "council_id", nullable = false, updatable = false)
    private Long councilId;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 200)
    private String chair;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected DeliveryGroupEntity() {
    }

    public DeliveryGroupEntity(String name, String chair, String by, Instant at) {
        change(name, chair, by, at);
    }

    public void change(String name, String chair, String by, Instant at) {
        this.name = name;
        this.chair = chair;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getChair() { return chair; }
    public long getVersion() { return version; }
}
