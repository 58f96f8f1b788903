package org.caseaudit.cases;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseaudit.shared.PlainText;
import org.caseaudit.cases.internal.MappingProfileEntity;
import org.caseaudit.cases.internal.MappingProfileRepository;
import org.caseaudit.cases.internal.RowMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Mapping profiles: list, read, create, edit (optimistic locking), delete. Built-in profiles are read-only. */
@Service
public class MappingProfileService {

    private final MappingProfileRepository profiles;
    private final ApplicationEventPublisher auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;

    public MappingProfileService(MappingProfileRepository profiles, ApplicationEventPublisher auditTrail,
            CurrentUser currentUser,
                                 Clock clock) {
        this.profiles = profiles;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, CaseImportService.INTEGRATION_ROLE})
    @Transactional(readOnly = true)
    public List<MappingProfile> list() {
        return profiles.findAllByOrderByBuiltInDescNameAsc().stream().map(MappingProfileEntity::toRecord).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, CaseImportService.INTEGRATION_ROLE})
    @Transactional(readOnly = true)
    public Optional<MappingProfile> byName(String name) {
        return profiles.findByNameIgnoreCase(name == null ? "" : name.trim()).map(MappingProfileEntity::toRecord);
    }

    /**
     * Creates (id null) or updates a profile; returns the saved profile. Throws IllegalArgumentException listing
     * problems.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional
    public MappingProfile save(MappingProfile profile) {
        List<String> problems = validate(profile);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        profiles.findByNameIgnoreCase(profile.name().trim())
                .filter(other -> !other.getId().equals(profile.id()))
                .ifPresent(other -> {
                    throw new IllegalArgumentException("A profile named '" + profile.name().trim()
                            + "' already exists.");
                });
        MappingProfileEntity entity;
        if (profile.id() == null) {
            entity = new MappingProfileEntity(profile.name().trim());
        } else {
            entity = profiles.findById(profile.id())
                    .orElseThrow(() -> new IllegalArgumentException("Profile " + profile.id() + " no longer exists."));
            if (entity.isBuiltIn()) {
                throw new IllegalArgumentException("Built-in profile '" + entity.getName()
                        + "' cannot be changed; save a copy under a new name.");
            }
            if (entity.getVersion() != profile.version()) {
                throw new OptimisticLockingFailureException("Profile '" + entity.getName()
                        + "' was changed by someone else; reload it.");
            }
        }
        entity.update(profile, currentUser.usernameOrSystem(), LocalDateTime.ofInstant(clock.instant(),
                java.time.ZoneOffset.UTC));
        MappingProfileEntity saved = profiles.saveAndFlush(entity);
        auditTrail.publishEvent(new CaseTrail.MappingProfileSaved(saved.getId(), saved.getName(),
                profile.id() == null));
        return saved.toRecord();
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional
    public void delete(long id) {
        MappingProfileEntity entity = profiles.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("Profile " + id + " no longer exists."));
        if (entity.isBuiltIn()) {
            throw new IllegalArgumentException("Built-in profile '" + entity.getName() + "' cannot be deleted.");
        }
        profiles.delete(entity);
        auditTrail.publishEvent(new CaseTrail.MappingProfileDeleted(id, entity.getName()));
    }

    private static boolean hasControl(String s) {
        return s != null && !PlainText.isPlain(s, PlainText.Lines.SINGLE);
    }

    private static String abbreviate(String s) {
        String shown = s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
        return shown.length() <= 40 ? shown : shown.substring(0, 40) + "\u2026";
    }

    static List<String> validate(MappingProfile p) {
        List<String> problems = new ArrayList<>();
        if (p.name() == null || p.name().isBlank() || p.name().length() > 80) {
            problems.add("Name is required (at most 80 characters)");
        }
        if (p.source() == null || p.source().isBlank() || p.source().length() > 60) {
            problems.add("Source system is required (at most 60 characters)");
        }
        if (hasControl(p.name()) || hasControl(p.source())) {
            problems.add(
                    "Name and source system must not contain control characters, line breaks or invisible or "
                    + "direction-changing characters");
        }
        if (p.description() != null && p.description().length() > 400) {
            problems.add("Description is " + p.description().length() + " characters long; at most 400");
        }
        if (p.dateFormat() != null && p.dateFormat().length() > 40) {
            problems.add("Date format is longer than 40 characters");
        } else if (p.dateFormat() == null || p.dateFormat().isBlank()) {
            problems.add("Date format is required");
        } else if (!MappingProfile.EXCEL_SERIAL.equalsIgnoreCase(p.dateFormat().trim())) {
            try {
                RowMapper.formatter(p.dateFormat().trim());
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        Map<CaseField, String> seen = new EnumMap<>(CaseField.class);
        List<String> columns = new ArrayList<>();
        for (MappingProfile.ColumnMapping c : p.columns()) {
            if (c.sourceColumn() == null || c.sourceColumn().isBlank() || c.field() == null) {
                problems.add("Every mapping needs a source column and a field");
                continue;
            }
            if (c.sourceColumn().trim().length() > 200 || hasControl(c.sourceColumn())) {
                problems.add("Source column '" + abbreviate(c.sourceColumn()) + "' must be at most 200 characters"
                        + " without control characters");
                continue;
            }
            if (columns.stream().anyMatch(x -> x.equalsIgnoreCase(c.sourceColumn().trim()))) {
                problems.add("Column '" + c.sourceColumn() + "' is mapped twice");
            }
            columns.add(c.sourceColumn().trim());
            if (c.field().type() != CaseField.Type.DATE_LIST && seen.containsKey(c.field())) {
                problems.add("Field " + c.field().key() + " is filled by both '" + seen.get(c.field()) + "' and '"
                        + c.sourceColumn() + "'");
            }
            seen.putIfAbsent(c.field(), c.sourceColumn());
        }
        for (CaseField required : CaseField.requiredFields()) {
            if (!seen.containsKey(required)) {
                problems.add("Required field " + required.key() + " (" + required.label() + ") is not mapped");
            }
        }
        for (MappingProfile.ValueTranslation t : p.translations()) {
            if (t.sourceValue() == null || t.sourceValue().isBlank()) {
                problems.add("Every value translation needs a source value");
            } else if (t.sourceValue().length() > 200 || hasControl(t.sourceValue())) {
                problems.add("Value translation '" + abbreviate(t.sourceValue()) + "': the source value must be at most"
                        + " 200 characters without control characters");
            }
            if (t.targetValue() != null && (t.targetValue().length() > 60 || hasControl(t.targetValue()))) {
                problems.add("Value translation '" + abbreviate(t.sourceValue()) + "': the value it means must be at"
                        + " most 60 characters without control characters");
            }
        }
        return problems;
    }
}
