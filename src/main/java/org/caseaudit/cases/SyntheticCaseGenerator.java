package org.caseaudit.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import org.caseaudit.calendar.EnglandAndWalesHolidayRules;
import org.caseaudit.calendar.WorkingDayCalendar;

/**
 * Deterministic synthetic S47 cases (same seed, same cases) for demo data, tests and the benchmark. Distributions
 * follow the England benchmark: about 36% of enquiries lead to an ICPC; of those about 19% are held beyond 15
 * working days of the first strategy discussion, median 14. Some files lack a chronology or a consent record.
 * Working days come from the calendar module (Monday to Friday except England and Wales bank holidays; by
 * default its rule-based holidays, so the generator needs no database). Generation is streaming:
 * {@link #iterator(int)} holds one case at a time.
 */
public final class SyntheticCaseGenerator {

    public static final List<String> TEAMS = List.of("Assessment Team North", "Assessment Team South",
            "Assessment Team East", "MASH", "Child Protection Team", "Children in Need Team 1",
            "Children in Need Team 2", "Disabled Children's Team");
    private static final List<String> SOURCES = List.of("Police", "School", "Health visitor", "GP", "Hospital",
            "Family member", "Anonymous", "Housing", "Early help", "Probation");
    private static final List<String> SURNAMES = List.of("Ahmed", "Baker", "Clarke", "Davies", "Evans", "Fletcher",
            "Green", "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "Owen", "Patel",
            "Quinn", "Roberts",
            "Singh", "Taylor", "Walsh", "Young");
    private static final char[] INITIALS = "ABCDEFGHJKLMNPRSTW".toCharArray();

    private static final class DefaultCalendar {
        static final WorkingDayCalendar INSTANCE = new WorkingDayCalendar(0, List.of(),
                new EnglandAndWalesHolidayRules());
    }

    private final long seed;
    private final WorkingDayCalendar calendar;
    private final LocalDate today;
    private final int months;
    private final String referencePrefix;

    /**
     * @param seed   same seed, same cases
     * @param today  no generated date lies after it (pass the application's clock date)
     * @param months referrals are spread over this many months before {@code today}
     */
    public SyntheticCaseGenerator(long seed, LocalDate today, int months) {
        this(seed, today, months, "CR");
    }

    public SyntheticCaseGenerator(long seed, LocalDate today, int months, String referencePrefix) {
        this(seed, today, months, referencePrefix, DefaultCalendar.INSTANCE);
    }

    public SyntheticCaseGenerator(long seed, LocalDate today, int months, String referencePrefix,
                                  WorkingDayCalendar calendar) {
        this.seed = seed;
        this.calendar = calendar;
        this.today = today;
        this.months = months;
        this.referencePrefix = referencePrefix;
    }

    public List<CaseData> generate(int count) {
        List<CaseData> list = new ArrayList<>(count);
        iterator(count).forEachRemaining(list::add);
        return list;
    }

    public Iterator<CaseData> iterator(int count) {
        Random rnd = new Random(seed);
        return new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return n < count;
            }

            @Override
            public CaseData next() {
                if (n >= count) {
                    throw new NoSuchElementException();
                }
                return create(rnd, ++n);
            }
        };
    }

    /** Working days from the first strategy discussion to the ICPC: median 14, about 19% beyond 15. */
    static int icpcWorkingDays(Random rnd) {
        double u = rnd.nextDouble();
        if (u < 0.46) {
            int[] weights = {1, 1, 2, 3, 4, 5, 6, 7, 8, 9};
            int total = 46;
            int pick = rnd.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                pick -= weights[i];
                if (pick < 0) {
                    return 4 + i;
                }
            }
            return 13;
        }
        if (u < 0.60) {
            return 14;
        }
        if (u < 0.81) {
            return 15;
        }
        return 16 + Math.min(44, (int) (-Math.log(1 - rnd.nextDouble()) * 6));
    }

    private CaseData create(Random rnd, int n) {
        Map<CaseField, Object> v = new EnumMap<>(CaseField.class);
        LocalDate first = today.minusMonths(months);
        long span = java.time.temporal.ChronoUnit.DAYS.between(first, today);
        LocalDate referral = nextWorkingDayOnOrAfter(first.plusDays(rnd.nextLong(Math.max(1, span))));
        if (referral.isAfter(today)) {
            referral = today;
        }
        v.put(CaseField.CASE_REFERENCE, String.format("%s%07d", referencePrefix, n));
        v.put(CaseField.CHILD_REFERENCE, String.format("C%07d", 1000 + rnd.nextInt(9_000_000)));
        v.put(CaseField.TEAM, TEAMS.get(weightedTeam(rnd)));
        v.put(CaseField.SOCIAL_WORKER, INITIALS[rnd.nextInt(INITIALS.length)] + ". " + SURNAMES.get(rnd.nextInt(
                SURNAMES.size())));
        v.put(CaseField.TEAM_MANAGER, INITIALS[rnd.nextInt(INITIALS.length)] + ". " + SURNAMES.get(rnd.nextInt(
                SURNAMES.size())));
        v.put(CaseField.REFERRAL_DATE, referral);
        v.put(CaseField.REFERRAL_SOURCE, SOURCES.get(rnd.nextInt(SOURCES.size())));
        double d = rnd.nextDouble();
        LocalDate decision = addWorkingDays(referral, d < 0.72 ? 0 : d < 0.95 ? 1 : 2 + rnd.nextInt(3));
        put(v, CaseField.REFERRAL_DECISION_DATE, decision);

        LocalDate sd1 = addWorkingDays(decision, rnd.nextInt(3));
        List<LocalDate> discussions = new ArrayList<>();
        if (!sd1.isAfter(today)) {
            discussions.add(sd1);
            double m = rnd.nextDouble();
            int extra = m < 0.85 ? 0 : m < 0.97 ? 1 : 2;
            LocalDate last = sd1;
            for (int k = 0; k < extra; k++) {
                last = addWorkingDays(last, 2 + rnd.nextInt(8));
                if (!last.isAfter(today)) {
                    discussions.add(last);
                }
            }
        }
        v.put(CaseField.STRATEGY_DISCUSSION_DATES, discussions);
        if (!discussions.isEmpty()) {
            v.put(CaseField.S47_START_DATE, sd1);
            double o = rnd.nextDouble();
            S47Outcome outcome = o < 0.36 ? S47Outcome.ICPC : o < 0.68 ? S47Outcome.CHILD_IN_NEED
                    : o < 0.98 ? S47Outcome.NFA : S47Outcome.OTHER;
            LocalDate end;
            LocalDate icpc = null;
            if (outcome == S47Outcome.ICPC) {
                icpc = addWorkingDays(sd1, icpcWorkingDays(rnd));
                end = icpc;
            } else {
                end = addWorkingDays(sd1, 3 + rnd.nextInt(rnd.nextDouble() < 0.85 ? 12 : 25));
            }
            if (!end.isAfter(today)) {
                v.put(CaseField.S47_OUTCOME, outcome);
                v.put(CaseField.S47_END_DATE, end);
                if (icpc != null) {
                    v.put(CaseField.ICPC_DATE, icpc);
                    int cg = rnd.nextDouble() < 0.88 ? 2 + rnd.nextInt(9) : 11 + rnd.nextInt(10);
                    put(v, CaseField.FIRST_CORE_GROUP_DATE, addWorkingDays(icpc, cg));
                }
            }
            if (rnd.nextDouble() < 0.85) {
                put(v, CaseField.MANAGEMENT_OVERSIGHT_DATE, addWorkingDays(sd1, rnd.nextInt(6)));
            }
        }
        put(v, CaseField.CFA_START_DATE, decision);
        int cfaDays = rnd.nextDouble() < 0.85 ? 10 + rnd.nextInt(36) : 46 + rnd.nextInt(30);
        put(v, CaseField.CFA_COMPLETION_DATE, addWorkingDays(decision, cfaDays));

        double c = rnd.nextDouble();
        if (c < 0.80) {
            v.put(CaseField.CONSENT_SOUGHT, true);
            put(v, CaseField.CONSENT_SOUGHT_DATE, addWorkingDays(referral, rnd.nextInt(3)));
        } else if (c < 0.92) {
            v.put(CaseField.CONSENT_SOUGHT, false);
        }
        if (rnd.nextDouble() < 0.15) {
            v.put(CaseField.SHARED_WITHOUT_CONSENT, true);
            if (rnd.nextDouble() < 0.7) {
                put(v, CaseField.CONSENT_AUTHORISED_DATE, addWorkingDays(referral, rnd.nextInt(3)));
            }
        } else if (v.get(CaseField.CONSENT_SOUGHT) != null) {
            v.put(CaseField.SHARED_WITHOUT_CONSENT, false);
        }
        double ch = rnd.nextDouble();
        if (ch < 0.75) {
            v.put(CaseField.CHRONOLOGY_ON_FILE, true);
            put(v, CaseField.CHRONOLOGY_UPDATED_DATE, addWorkingDays(decision, rnd.nextInt(20)));
        } else if (ch < 0.95) {
            v.put(CaseField.CHRONOLOGY_ON_FILE, false);
        }
        if (rnd.nextDouble() < 0.7) {
            put(v, CaseField.REFERRER_INFORMED_DATE, addWorkingDays(decision, rnd.nextInt(4)));
        }
        v.put(CaseField.CHILDREN_IN_HOUSEHOLD, 1 + Math.min(6, (int) (-Math.log(1 - rnd.nextDouble()) * 1.2)));
        return CaseData.of(v);
    }

    private void put(Map<CaseField, Object> v, CaseField f, LocalDate date) {
        if (date != null && !date.isAfter(today)) {
            v.put(f, date);
        }
    }

    private static int weightedTeam(Random rnd) {
        int[] weights = {18, 16, 14, 12, 14, 10, 10, 6};
        int pick = rnd.nextInt(100);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return 0;
    }

    /** Day 0 is the start date; counts forward over working days (rule-based England and Wales calendar). */
    public static LocalDate plusWorkingDays(LocalDate start, int days) {
        return DefaultCalendar.INSTANCE.addWorkingDays(start, days).end();
    }

    public static int workingDaysBetween(LocalDate start, LocalDate end) {
        return DefaultCalendar.INSTANCE.workingDaysBetween(start, end).workingDays();
    }

    private LocalDate addWorkingDays(LocalDate start, int days) {
        return calendar.addWorkingDays(start, days).end();
    }

    private LocalDate nextWorkingDayOnOrAfter(LocalDate d) {
        LocalDate x = d;
        while (!calendar.isWorkingDay(x).workingDay()) {
            x = x.plusDays(1);
        }
        return x;
    }

    public long seed() {
        return seed;
    }
}
