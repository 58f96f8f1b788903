package org.caseaudit.calendar.internal;

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
import org.caseaudit.calendar.Measure;
import org.caseaudit.calendar.StrategyDiscussionChoice;
import org.caseaudit.calendar.TimescaleRule;
import org.caseaudit.calendar.TimescaleUnit;
import org.hibernate.annotations.TenantId;

@Entity
@Table(name = "timescale_setting")
public class TimescaleSettingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The council this row belongs to (decision 0012): set and filtered by Hibernate, never by hand. */
    @TenantId
    @Column(name = "council_id", nullable = false, updatable = false)
    private Long councilId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, unique = true, length = 40, updatable = false)
    private Measure measure;

    @Column(nullable = false)
    private int amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TimescaleUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "strategy_discussion", nullable = false, length = 10)
    private StrategyDiscussionChoice strategyDiscussion;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    @Version
    private long version;

    protected TimescaleSettingEntity() {
    }

    public TimescaleRule toRule() {
        return new TimescaleRule(measure, amount, unit, strategyDiscussion);
    }

    /** Applies a rule already validated by {@link TimescaleRule}'s constructor. */
    public void change(TimescaleRule rule, Instant when, String who) {
        if (rule.measure() != measure) {
            throw new IllegalArgumentException("Rule for " + rule.measure() + " given to the setting of " + measure);
        }
        this.amount = rule.amount();
        this.unit = rule.unit();
        this.strategyDiscussion = rule.strategyDiscussion();
        this.updatedAt = when;
        this.updatedBy = who.length() > 64 ? who.substring(0, 64) : who;
    }

    public Measure getMeasure() {
        return measure;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
