package org.caseaudit.sampling.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.caseaudit.sampling.SamplingException;
import org.caseaudit.sampling.SamplingMethod;
import org.hibernate.annotations.TenantId;

/** How a sample was drawn. Everything but the lock and the assignment settings is fixed at the draw. */
@Entity
@Table(name = "sample_record")
public class SampleRecordEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The council this row belongs to (decision 0012): set and filtered by Hibernate, never by hand. */
    @TenantId
    @Column(name = "council_id", nullable = false, updatable = false)
    private Long councilId;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(nullable = false, updatable = false)
    private long seed;

    @Column(name = "seed_generated", nullable = false, updatable = false)
    private boolean seedGenerated;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private SamplingMethod method;

    @Column(name = "method_version", nullable = false, length = 120, updatable = false)
    private String methodVersion;

    @Column(name = "sample_design", nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String sampleDesign;

    @Column(name = "design_description", nullable = false, length = 500, updatable = false)
    private String designDescription;

    @Column(name = "frame_definition", nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String frameDefinition;

    @Column(name = "frame_description", nullable = false, length = 2000, updatable = false)
    private String frameDescription;

    @Column(name = "population_size", nullable = false, updatable = false)
    private int populationSize;

    @Column(name = "frame_sha256", nullable = false, length = 64, updatable = false, columnDefinition = "CHAR(64)")
    private String frameSha256;

    @Column(name = "sample_size", nullable = false, updatable = false)
    private int sampleSize;

    @Column(name = "reserve_count", nullable = false, updatable = false)
    private int reserveCount;

    @Column(updatable = false, columnDefinition = "LONGTEXT")
    private String allocation;

    @Column(name = "drawn_by", nullable = false, length = 64, updatable = false)
    private String drawnBy;

    @Column(name = "drawn_at", nullable = false, updatable = false)
    private Instant drawnAt;

    @Column(name = "locked_by", length = 64)
    private String lockedBy;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "moderation_percent")
    private Integer moderationPercent;

    @Column(name = "moderation_seed")
    private Long moderationSeed;

    /** Whether the drawn list has its rows in sample_item (false: only the list of ids in sample_frame). */
    @Column(name = "items_written", nullable = false)
    private boolean itemsWritten;

    @Version
    private long version;

    protected SampleRecordEntity() {
    }

    @SuppressWarnings("java:S107")
    public SampleRecordEntity(long cycleId, long seed, boolean seedGenerated, SamplingMethod method,
            String methodVersion,
                              String sampleDesign, String designDescription, String frameDefinition,
                              String frameDescription, int populationSize, String frameSha256,
                              int sampleSize, int reserveCount, String allocation, String drawnBy, Instant drawnAt,
                              boolean itemsWritten) {
        this.itemsWritten = itemsWritten;
        this.cycleId = cycleId;
        this.seed = seed;
        this.seedGenerated = seedGenerated;
        this.method = method;
        this.methodVersion = methodVersion;
        this.sampleDesign = sampleDesign;
        this.designDescription = designDescription;
        this.frameDefinition = frameDefinition;
        this.frameDescription = frameDescription;
        this.populationSize = populationSize;
        this.frameSha256 = frameSha256;
        this.sampleSize = sampleSize;
        this.reserveCount = reserveCount;
        this.allocation = allocation;
        this.drawnBy = drawnBy;
        this.drawnAt = drawnAt;
    }

    public void lock(String who, Instant when, int moderationPercent, long moderationSeed) {
        if (lockedAt != null) {
            throw new SamplingException("sample", "The sample was assigned and locked on " + lockedAt
                    + " by " + lockedBy);
        }
        this.lockedBy = who;
        this.lockedAt = when;
        this.moderationPercent = moderationPercent;
        this.moderationSeed = moderationSeed;
    }

    public boolean isLocked() { return lockedAt != null; }
    public boolean isItemsWritten() { return itemsWritten; }

    /** The drawn list's rows have been written to sample_item. */
    public void itemsWritten() {
        this.itemsWritten = true;
    }
    public Long getId() { return id; }
    public long getCycleId() { return cycleId; }
    public long getSeed() { return seed; }
    public boolean isSeedGenerated() { return seedGenerated; }
    public SamplingMethod getMethod() { return method; }
    public String getMethodVersion() { return methodVersion; }
    public String getSampleDesign() { return sampleDesign; }
    public String getDesignDescription() { return designDescription; }
    public String getFrameDefinition() { return frameDefinition; }
    public String getFrameDescription() { return frameDescription; }
    public int getPopulationSize() { return populationSize; }
    public String getFrameSha256() { return frameSha256; }
    public int getSampleSize() { return sampleSize; }
    public int getReserveCount() { return reserveCount; }
    public String getAllocation() { return allocation; }
    public String getDrawnBy() { return drawnBy; }
    public Instant getDrawnAt() { return drawnAt; }
    public String getLockedBy() { return lockedBy; }
    public Instant getLockedAt() { return lockedAt; }
    public Integer getModerationPercent() { return moderationPercent; }
    public Long getModerationSeed() { return moderationSeed; }
    public long getVersion() { return version; }
}
