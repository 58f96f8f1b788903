package org.caseaudit.calendar;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.caseaudit.calendar.internal.CalendarStore;
import org.caseaudit.calendar.internal.TimescaleSettingEntity;
import org.caseaudit.calendar.internal.TimescaleSettingRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statutory timescales per case, with this authority's settings and the newest holiday table. For one case:
 * {@link #evaluate(CaseDates, LocalDate)}; for many, take {@link #evaluator()} once and reuse it.
 */
@Service
public class TimescaleService {

    private final TimescaleSettingRepository settings;
    private final CalendarStore store;
    private final ApplicationEventPublisher auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    TimescaleService(TimescaleSettingRepository settings, CalendarStore store, ApplicationEventPublisher auditTrail,
            CurrentUser currentUser, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.settings = settings;
        this.store = store;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TimescaleEvaluation evaluate(CaseDates dates, LocalDate today) {
        return evaluator().evaluate(dates, today);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TimescaleEvaluator evaluator() {
        return new TimescaleEvaluator(store.newest(), loadSettings());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TimescaleSettings settings() {
        return loadSettings();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TimescaleSettingInfo> settingRows() {
        return settings.findAll().stream()
                .sorted(Comparator.comparing(TimescaleSettingEntity::getMeasure))
                .map(e -> new TimescaleSettingInfo(e.toRule(), e.getVersion(), e.getUpdatedAt(), e.getUpdatedBy()))
                .toList();
    }

    /** Changes one measure's rule; fails with an optimistic-lock conflict if someone changed it meanwhile. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public TimescaleSettingInfo updateRule(TimescaleRule rule, long expectedVersion) {
        TimescaleSettingEntity entity = settings.findByMeasure(rule.measure())
                .orElseThrow(() -> new IllegalStateException("No setting row for " + rule.measure()));
        if (entity.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(TimescaleSettingEntity.class, rule.measure());
        }
        TimescaleRule before = entity.toRule();
        entity.change(rule, clock.instant(), currentUser.usernameOrSystem());
        TimescaleSettingEntity saved = settings.saveAndFlush(entity);
        auditTrail.publishEvent(new CalendarTrail.TimescaleChanged(rule.measure().name(), describe(before),
                describe(rule)));
        events.publishEvent(new TimescaleRulesChanged("rule " + rule.measure().name()));
        return new TimescaleSettingInfo(saved.toRule(), saved.getVersion(), saved.getUpdatedAt(), saved.getUpdatedBy());
    }

    private TimescaleSettings loadSettings() {
        return TimescaleSettings.of(settings.findAll().stream().map(TimescaleSettingEntity::toRule).toList());
    }

    private static String describe(TimescaleRule rule) {
        return rule.describe() + (rule.measure() == Measure.ICPC ? ", " + rule.strategyDiscussion()
                + " strategy discussion" : "");
    }
}
