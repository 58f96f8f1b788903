package org.caseaudit.calendar;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.caseaudit.shared.PlainText;
import org.caseaudit.calendar.internal.CalendarStore;
import org.caseaudit.calendar.internal.CalendarVersionEntity;
import org.caseaudit.calendar.internal.CalendarVersionRepository;
import org.caseaudit.calendar.internal.CalendarVersionWriter;
import org.caseaudit.calendar.internal.GovUkHolidayFile;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.CurrentUser;
import org.caseaudit.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versioned bank-holiday table. Every change writes a complete new version (old versions stay readable);
 * the newest version is the one used. A change names the version it was based on and is refused, with nothing
 * written, if another change came first.
 */
@Service
public class BankHolidayService {

    /** A bank holiday's name: one line of at most 200 characters (the column's width). */
    public static final PlainText.Rule TITLE = PlainText.Rule.singleLine("The name", 200);

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CalendarVersionRepository versions;
    private final CalendarStore store;
    private final CalendarVersionWriter writer;
    private final ApplicationEventPublisher auditTrail;
    private final CurrentUser currentUser;
    private final org.springframework.context.ApplicationEventPublisher events;

    BankHolidayService(CalendarVersionRepository versions, CalendarStore store, CalendarVersionWriter writer,
            ApplicationEventPublisher auditTrail, CurrentUser currentUser,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.versions = versions;
        this.store = store;
        this.writer = writer;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
    }

    /** All versions, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CalendarVersionInfo> versions() {
        return versions.findAllByOrderByVersionNoDesc().stream().map(CalendarStore::info).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<CalendarVersionInfo> newestVersion() {
        return versions.findTopByOrderByVersionNoDesc().map(CalendarStore::info);
    }

    /** The dates of one version, in date order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<BankHoliday> holidays(long version) {
        return store.holidaysOf(versions.findByVersionNo(version)
                .orElseThrow(() -> new CalendarChangeException("version", "There is no calendar version " + version)));
    }

    /**
     * Loads a GOV.UK bank-holidays JSON file (England and Wales division). For every year the file covers, its
     * dates replace that year's dates; other years are kept, because the live feed holds only recent years.
     * An invalid file is refused with a message naming the problem, and nothing is written.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public CalendarChangeResult loadGovUkFile(long baseVersion, String fileName, byte[] content) {
        return loadGovUkFile(baseVersion, fileName, content, false);
    }

    /**
     * As {@link #loadGovUkFile(long, String, byte[])}; a file that would remove dates from years already in the table
     * is applied only with {@code removalsConfirmed} (the administrator saw {@link #compareGovUkFile}), otherwise it
     * is refused on "removals" with the dates it would remove, and nothing is written.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public CalendarChangeResult loadGovUkFile(long baseVersion, String fileName, byte[] content,
                                              boolean removalsConfirmed) {
        List<BankHoliday> fromFile = parse(fileName, content);
        Base base = lockBase(baseVersion);
        String name = fileName == null || fileName.isBlank() ? "uploaded file" : fileName.strip();
        CalendarFileDifference difference = difference(base, name, fromFile);
        if (difference.removesDates() && !removalsConfirmed) {
            throw new CalendarChangeException("removals", name + " would remove " + difference.removed().size()
                    + " date(s) from years already in the table (" + dates(difference.removed())
                    + "); look at the difference and confirm it to apply the file. Nothing was loaded.");
        }
        if (difference.changesNothing() && base.entity() != null) {
            return new CalendarChangeResult(CalendarStore.info(base.entity()), false,
                    name + " matches calendar version " + base.versionNo() + ": no new version was made");
        }
        String description = "Loaded " + name + " (years " + range(difference.years()) + "): "
                + difference.added().size() + " dates added, " + difference.removed().size() + " removed, "
                + difference.renamed().size() + " renamed";
        return write(base, CalendarChangeType.FILE_LOAD, description, name, GovUkHolidayFile.sha256(content),
                next(base, fromFile));
    }

    /** What loading the file would change; nothing is written. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public CalendarFileDifference compareGovUkFile(long baseVersion, String fileName, byte[] content) {
        List<BankHoliday> fromFile = parse(fileName, content);
        Base base = base(baseVersion);
        String name = fileName == null || fileName.isBlank() ? "uploaded file" : fileName.strip();
        return difference(base, name, fromFile);
    }

    private static List<BankHoliday> parse(String fileName, byte[] content) {
        try {
            return GovUkHolidayFile.parse(fileName, content);
        } catch (HolidayFileException e) {
            throw new CalendarChangeException("file", e.getMessage());
        }
    }

    /** The file's dates replace the dates of the years it covers; other years are kept. */
    private static TreeMap<LocalDate, BankHoliday> next(Base base, List<BankHoliday> fromFile) {
        Set<Integer> fileYears = fromFile.stream().map(h -> h.date().getYear()).collect(Collectors.toSet());
        TreeMap<LocalDate, BankHoliday> next = new TreeMap<>();
        base.dates().forEach((date, holiday) -> {
            if (!fileYears.contains(date.getYear())) {
                next.put(date, holiday);
            }
        });
        fromFile.forEach(h -> next.put(h.date(), h));
        return next;
    }

    private static CalendarFileDifference difference(Base base, String name, List<BankHoliday> fromFile) {
        TreeMap<LocalDate, BankHoliday> next = next(base, fromFile);
        List<BankHoliday> added = new ArrayList<>();
        List<BankHoliday> renamed = new ArrayList<>();
        List<BankHoliday> removed = new ArrayList<>();
        for (BankHoliday h : next.values()) {
            BankHoliday old = base.dates().get(h.date());
            if (old == null) {
                added.add(h);
            } else if (!old.title().equals(h.title())) {
                renamed.add(h);
            }
        }
        base.dates().forEach((date, holiday) -> {
            if (!next.containsKey(date)) {
                removed.add(holiday);
            }
        });
        Set<Integer> years = fromFile.stream().map(h -> h.date().getYear()).collect(Collectors.toCollection(
                TreeSet::new));
        return new CalendarFileDifference(name, base.versionNo(), years, added, removed, renamed);
    }

    private static String dates(List<BankHoliday> holidays) {
        String listed = holidays.stream().limit(10).map(h -> fmt(h.date())).collect(Collectors.joining(", "));
        return holidays.size() > 10 ? listed + " and " + (holidays.size() - 10) + " more" : listed;
    }

    /** Adds a date. In a year the table does not cover yet, that year's rule-based dates are copied in too. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public CalendarChangeResult addHoliday(long baseVersion, LocalDate date, String title) {
        checkDate("date", date);
        String cleanTitle = checkTitle(title);
        Base base = lockBase(baseVersion);
        BankHoliday existing = base.dates().get(date);
        if (existing != null) {
            throw new CalendarChangeException("date", fmt(date) + " is already in version " + base.versionNo()
                    + " as \"" + existing.title() + "\"; use Correct to change it");
        }
        TreeMap<LocalDate, BankHoliday> next = new TreeMap<>(base.dates());
        String copied = copyRulesIfUncovered(next, date.getYear());
        next.put(date, new BankHoliday(date, cleanTitle));
        return write(base, CalendarChangeType.ADD, "Added " + fmt(date) + " \"" + cleanTitle + "\"" + copied,
                null, null, next);
    }

    /** Moves and/or renames one date. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public CalendarChangeResult correctHoliday(long baseVersion, LocalDate date, LocalDate newDate, String newTitle) {
        checkDate("date", date);
        checkDate("newDate", newDate);
        String cleanTitle = checkTitle(newTitle);
        Base base = lockBase(baseVersion);
        BankHoliday old = base.dates().get(date);
        if (old == null) {
            throw new CalendarChangeException("date", fmt(date) + " is not a bank holiday in version "
                    + base.versionNo());
        }
        if (!newDate.equals(date) && base.dates().containsKey(newDate)) {
            throw new CalendarChangeException("newDate", fmt(newDate) + " is already in version " + base.versionNo()
                    + " as \"" + base.dates().get(newDate).title() + "\"");
        }
        if (newDate.equals(date) && old.title().equals(cleanTitle)) {
            throw new CalendarChangeException("title", "Nothing to correct: " + fmt(date) + " is already \""
                    + cleanTitle + "\"");
        }
        TreeMap<LocalDate, BankHoliday> next = new TreeMap<>(base.dates());
        next.remove(date);
        String copied = copyRulesIfUncovered(next, newDate.getYear());
        next.put(newDate, new BankHoliday(newDate, cleanTitle));
        String description = "Corrected " + fmt(date) + " \"" + old.title() + "\" to " + fmt(newDate) + " \""
                + cleanTitle + "\""
                + copied + uncoveredNote(next, date.getYear());
        return write(base, CalendarChangeType.CORRECT, description, null, null, next);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public CalendarChangeResult removeHoliday(long baseVersion, LocalDate date) {
        checkDate("date", date);
        Base base = lockBase(baseVersion);
        BankHoliday old = base.dates().get(date);
        if (old == null) {
            throw new CalendarChangeException("date", fmt(date) + " is not a bank holiday in version "
                    + base.versionNo());
        }
        TreeMap<LocalDate, BankHoliday> next = new TreeMap<>(base.dates());
        next.remove(date);
        String description = "Removed " + fmt(date) + " \"" + old.title() + "\"" + uncoveredNote(next, date.getYear());
        return write(base, CalendarChangeType.REMOVE, description, null, null, next);
    }

    private CalendarChangeResult write(Base base, CalendarChangeType type, String description, String sourceName,
            String sha256, Map<LocalDate, BankHoliday> dates) {
        long versionNo = base.versionNo() + 1;
        String user = currentUser.usernameOrSystem();
        CalendarVersionEntity created = writer.write(versionNo, type, description, sourceName, sha256,
                new ArrayList<>(dates.values()), user);
        auditTrail.publishEvent(new CalendarTrail.VersionCreated(versionNo, type, description));
        events.publishEvent(new TimescaleRulesChanged("calendar version " + versionNo));
        return new CalendarChangeResult(CalendarStore.info(created), true,
                "Calendar version " + versionNo + " made. " + description);
    }

    private Base lockBase(long baseVersion) {
        return base(baseVersion, versions.lockNewest());
    }

    /** As lockBase, without the lock: for looking only. */
    private Base base(long baseVersion) {
        return base(baseVersion, versions.findTopByOrderByVersionNoDesc());
    }

    private Base base(long baseVersion, Optional<CalendarVersionEntity> newest) {
        long newestNo = newest.map(CalendarVersionEntity::getVersionNo).orElse(CalendarStore.NO_TABLE_VERSION);
        if (newestNo != baseVersion) {
            String by = newest.map(v -> " (made by " + v.getCreatedBy() + ")").orElse("");
            throw new CalendarChangeException("version", "The holiday table changed while you were working: version "
                    + newestNo + by + " is now the newest, not version " + baseVersion
                    + ". Nothing was written; reload and try again.");
        }
        TreeMap<LocalDate, BankHoliday> dates = new TreeMap<>();
        newest.ifPresent(v -> store.holidaysOf(v).forEach(h -> dates.put(h.date(), h)));
        return new Base(newest.orElse(null), newestNo, dates);
    }

    private String copyRulesIfUncovered(TreeMap<LocalDate, BankHoliday> dates, int year) {
        boolean covered = dates.keySet().stream().anyMatch(d -> d.getYear() == year);
        if (covered) {
            return "";
        }
        List<BankHoliday> ruled = store.rules().holidaysIn(year);
        ruled.forEach(h -> dates.putIfAbsent(h.date(), h));
        return "; " + year + " was not in the table, so its " + ruled.size() + " rule-based dates were copied in";
    }

    private static String uncoveredNote(Map<LocalDate, BankHoliday> dates, int year) {
        boolean covered = dates.keySet().stream().anyMatch(d -> d.getYear() == year);
        return covered ? "" : "; " + year + " now has no dates in the table, so rule-based holidays apply to it";
    }

    private static void checkDate(String field, LocalDate date) {
        if (date == null) {
            throw new CalendarChangeException(field, "Enter a date");
        }
        if (date.getYear() < WorkingDayCalendar.MIN_YEAR || date.getYear() > WorkingDayCalendar.MAX_YEAR) {
            throw new CalendarChangeException(field, fmt(date) + " is outside the years " + WorkingDayCalendar.MIN_YEAR
                    + "-" + WorkingDayCalendar.MAX_YEAR + " the calendar handles");
        }
    }

    private static String checkTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new CalendarChangeException("title", "Enter the name of the bank holiday");
        }
        String clean = title.strip();
        TITLE.problem(clean).ifPresent(problem -> {
            throw new CalendarChangeException("title", problem);
        });
        return clean;
    }

    private static String range(Set<Integer> years) {
        TreeSet<Integer> sorted = new TreeSet<>(years);
        return sorted.size() == 1 ? String.valueOf(sorted.first()) : sorted.first() + "-" + sorted.last();
    }

    private static String fmt(LocalDate date) {
        return UK_DATE.format(date);
    }

    private record Base(CalendarVersionEntity entity, long versionNo, TreeMap<LocalDate, BankHoliday> dates) {
    }
}
