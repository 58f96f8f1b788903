package org.caseaudit.cases;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.caseaudit.calendar.Measure;
import org.caseaudit.calendar.MeasureResult;
import org.caseaudit.calendar.MeasureStatus;
import org.caseaudit.calendar.TimescaleEvaluation;
import org.caseaudit.calendar.TimescaleEvaluator;
import org.caseaudit.cases.internal.CaseRecordEntity;
import org.caseaudit.cases.internal.CaseRecordRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.caseaudit.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case register: filtered, paged reading; the facts of one case (every opening is audit-trailed); export of
 * the filtered register as CSV or XLSX, formula-safe and audit-trailed. Only audit leads and administrators list
 * the register; auditors and moderators open the facts of cases assigned to them (through their audits) and no
 * others. Independent members and panel viewers have no access: they never need identifiable case lists.
 */
@Service
public class CaseRegisterService {

    public enum ExportFormat { CSV, XLSX }

    private static final int EXPORT_PAGE = 1000;

    private final CaseRecordRepository cases;
    private final ApplicationEventPublisher auditTrail;
    private final Clock clock;
    private final org.caseaudit.security.CurrentUser currentUser;
    private final org.springframework.beans.factory.ObjectProvider<CaseAssignments> assignments;
    private final TimescaleStatusStore statuses;
    private final org.caseaudit.shared.council.CurrentCouncil council;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    /** The register's JPA reads: read-only, read committed (as the methods' own transactions were before). */
    private final org.springframework.transaction.support.TransactionTemplate readOnly;

    public CaseRegisterService(CaseRecordRepository cases, ApplicationEventPublisher auditTrail,
                               Clock clock, org.caseaudit.security.CurrentUser currentUser,
                               org.springframework.beans.factory.ObjectProvider<CaseAssignments> assignments,
                               TimescaleStatusStore statuses, org.springframework.jdbc.core.JdbcTemplate jdbc,
                               org.caseaudit.shared.council.CurrentCouncil council,
                               org.springframework.transaction.PlatformTransactionManager transactions) {
        this.council = council;
        this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(org.springframework.transaction.TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.statuses = statuses;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.assignments = assignments;
        this.cases = cases;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * One page of the register. Filtered by a timescale status, it is the staleness check and one statement, sent
     * without a transaction of their own (joining the caller's if there is one): each then reads the latest committed
     * rows, so the statuses a refresh has just committed in its own transaction are seen, without the seven statements
     * a read-only READ COMMITTED transaction costs (session read-only and isolation set and reset, autocommit off and
     * on, commit), which doubled the page's time (issue 25).
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    public List<CaseFacts> find(CaseFilter filter, Pageable page) {
        if (filter != null && filter.byMeasure()) {
            return matchingPage(filter, page.getOffset(), page.getPageSize());
        }
        Pageable sorted = page.getSort().isSorted() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("caseReference"));
        return readOnly.execute(tx -> cases.findAll(scoped(filter), sorted).map(CaseRegisterService::facts)
                .getContent());
    }

    /** The number of cases {@link #find} pages through; by a timescale status, without a transaction as there. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    public long count(CaseFilter filter) {
        if (filter != null && filter.byMeasure()) {
            long councilId = council.id();
            MeasureQuery q = MeasureQuery.of(filter, councilId);
            String count = "SELECT COUNT(*)" + q.from();
            // the staleness check and the count in one statement; counted again only after a refresh (the count's
            // parameters come first: it is written first)
            List<Object> args = new ArrayList<>(q.args());
            args.add(councilId);
            args.add(councilId);
            Long n = jdbc.queryForObject("SELECT k.*, (" + count + ") FROM (" + TimescaleStatusStore.CHECK + ") k",
                    (rs, i) -> statuses.ifCurrent(councilId, TimescaleStatusStore.Check.read(rs, 1)) == null ? null
                            : rs.getLong(TimescaleStatusStore.CHECK_WIDTH + 1), args.toArray());
            if (n == null) {
                statuses.current(councilId);
                n = jdbc.queryForObject(count, Long.class, q.args().toArray());
            }
            return n == null ? 0 : n;
        }
        Long n = readOnly.execute(tx -> cases.count(scoped(filter)));
        return n == null ? 0 : n;
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public List<String> teams() {
        return cases.findTeams();
    }

    /**
     * The case with this reference, found without opening its facts (not trailed): the reference exactly, case
     * ignored. Empty when no case has it; more than one only where two sources share a reference.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public List<CaseKey> byReference(String reference) {
        return cases.findKeysByReference(reference);
    }

    /** Whether the current council's register has this case (another council's is not found); nothing is trailed. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return cases.existsById(id);
    }

    /** The facts of one case with its timescales as of today; every opening is recorded in the audit trail. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR})
    @Transactional
    public Optional<CaseFacts> openFacts(long id) {
        return openFacts(id, null);
    }

    /**
     * {@link #openFacts(long)} for the opening of an audit of the case: the trail's one row for that opening names the
     * audit ({@code auditId}).
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, Roles.AUDITOR, Roles.MODERATOR})
    @Transactional
    public Optional<CaseFacts> openFacts(long id, Long auditId) {
        if (!currentUser.hasRole(Roles.ADMIN) && !currentUser.hasRole(Roles.AUDIT_LEAD)) {
            // least privilege: an auditor or moderator opens a case only through an audit of it assigned to them
            String me = currentUser.usernameOrSystem();
            CaseAssignments check = assignments.getIfAvailable();
            if (check == null || !check.isAssigned(me, id)) {
                // refusals leaving a service are recorded in the audit trail by security's RefusalRecording
                throw new org.springframework.security.access.AccessDeniedException(
                        "Case facts open only through an audit assigned to you");
            }
        }
        return open(id, auditId, data -> data, null);
    }

    /**
     * The minimal facts of one case for an independent member's qualitative audit: the case reference and only the
     * named fields, never a name, team or child reference ({@link CaseData#IDENTIFYING}), with the timescales those
     * fields allow. Recorded in the audit trail with the fields shown. Which cases a member may open is the audit
     * module's check (only cases of audits assigned to them).
     */
    @RolesAllowed(Roles.INDEPENDENT_MEMBER)
    @Transactional
    public Optional<CaseFacts> openMinimalFacts(long id, java.util.Set<CaseField> fields, long auditId) {
        return open(id, auditId, data -> data.only(fields), " (minimal: " + fields.stream()
                .filter(x -> !CaseData.IDENTIFYING.contains(x)).map(CaseField::key).sorted()
                .collect(java.util.stream.Collectors.joining(", ")) + ")");
    }

    /** One case's facts as {@code shown} lets them be seen, with the timescales they allow; the opening is trailed. */
    private Optional<CaseFacts> open(long id, Long auditId, java.util.function.UnaryOperator<CaseData> shown,
                                     String trailNote) {
        // the council's rules and the newest calendar from one statement and the store's cache, not read and built
        // again for every case opened
        long councilId = council.id();
        TimescaleEvaluator evaluator = statuses.evaluator(councilId, statuses.check(councilId));
        LocalDate today = LocalDate.now(clock);
        Optional<CaseFacts> facts = cases.findById(id).map(CaseRegisterService::facts)
                .map(f -> new CaseFacts(f.id(), f.source(), shown.apply(f.data()), f.updatedAt(), f.version(), null))
                .map(f -> f.withTimescales(CaseTimescales.evaluate(evaluator, f.data(), today)));
        facts.ifPresent(f -> auditTrail.publishEvent(new CaseTrail.CaseViewed(id, f.source(),
                f.data().caseReference(), auditId, trailNote)));
        return facts;
    }

    /**
     * Writes the filtered register; returns the number of cases written. Audit-trailed with the filter. Also open
     * to integration accounts (GET /api/cases.csv for the council's reporting tools).
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD, CaseImportService.INTEGRATION_ROLE})
    // read committed: the stored statuses a refresh just committed (in its own transaction) are seen
    @Transactional(isolation = org.springframework.transaction.annotation.Isolation.READ_COMMITTED)
    public long export(CaseFilter filter, ExportFormat format, OutputStream out) {
        CaseFilter f = filter == null ? CaseFilter.all() : filter;
        TimescaleEvaluator evaluator = statuses.current(council.id());
        LocalDate today = LocalDate.now(clock);
        ExportQuery q = ExportQuery.of(f, council.id());
        long[] written = {0};
        // one statement streamed a thousand rows at a time: each case with its stored statuses (decision 0023)
        try (java.util.stream.Stream<ExportRow> stream = jdbc.queryForStream(con -> {
            java.sql.PreparedStatement ps = con.prepareStatement(q.sql());
            ps.setFetchSize(EXPORT_PAGE);
            for (int i = 0; i < q.args().size(); i++) {
                ps.setObject(i + 1, q.args().get(i));
            }
            return ps;
        }, (rs, n) -> ExportRow.read(rs, evaluator, today))) {
            Iterator<ExportRow> rows = stream.peek(r -> written[0]++).iterator();
            CaseExportWriter.Table<ExportRow> table = registerTable();
            if (format == ExportFormat.CSV) {
                CaseExportWriter.writeCsv(rows, table, out, true);
            } else {
                CaseExportWriter.writeXlsx(rows, table, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        auditTrail.publishEvent(new CaseTrail.RegisterExported(format, written[0], f.describe()));
        return written[0];
    }

    /** One exported case: its facts and, per measure, its stored status, working days taken and due date. */
    record ExportRow(CaseFacts facts, List<String> timescales) {

        /** Columns after the case's own: the discussions, then per measure status, working days, due, calendar. */
        static ExportRow read(java.sql.ResultSet rs, TimescaleEvaluator evaluator, LocalDate today)
                throws java.sql.SQLException {
            CaseFacts facts = CaseRows.facts(rs, 1, CaseRows.discussions(rs.getString(CaseRows.WIDTH + 1)));
            List<String> cells = new ArrayList<>(Measure.values().length * 3 + 1);
            int i = CaseRows.WIDTH + 2;
            String calendar = null;
            for (int m = 0; m < Measure.values().length; m++, i += 4) {
                String status = rs.getString(i);
                if (status == null) {
                    // a measure that does not apply has no row (decision 0028); its cells are filled below
                    cells.add(null);
                    cells.add("");
                    cells.add("");
                    continue;
                }
                cells.add(status);
                int days = rs.getInt(i + 1);
                cells.add(rs.wasNull() ? "" : Integer.toString(days));
                LocalDate due = rs.getObject(i + 2, LocalDate.class);
                cells.add(due == null ? "" : due.toString());
                calendar = rs.getString(i + 3);
            }
            if (calendar == null) {
                // no stored row at all: a case written outside an import, not yet refreshed; evaluate it here
                return new ExportRow(facts, computed(CaseTimescales.evaluate(evaluator, facts.data(), today)));
            }
            for (int m = 0; m < Measure.values().length; m++) {
                if (cells.get(m * 3) == null) {
                    cells.set(m * 3, MeasureStatus.NOT_APPLICABLE.name());
                }
            }
            cells.add(calendar);
            return new ExportRow(facts, cells);
        }

        static List<String> computed(TimescaleEvaluation evaluation) {
            List<String> c = new ArrayList<>(Measure.values().length * 3 + 1);
            for (Measure m : Measure.values()) {
                MeasureResult r = evaluation.result(m);
                c.add(r.status().name());
                c.add(r.workingDaysTaken() == null ? "" : r.workingDaysTaken().toString());
                c.add(r.dueDate() == null ? "" : r.dueDate().toString());
            }
            c.add(String.valueOf(evaluation.calendarVersion()));
            return c;
        }
    }

    /**
     * The export's one statement: every column of the council's matching cases with their strategy-discussion dates
     * and stored statuses (one join per measure, each a primary-key read), in id order, or in register order when
     * filtered by a status.
     */
    record ExportQuery(String sql, List<Object> args) {

        static ExportQuery of(CaseFilter filter, long council) {
            StringBuilder select = new StringBuilder("SELECT ").append(CaseRows.COLUMNS).append(", ")
                    .append(TimescaleStatusStore.DISCUSSIONS);
            StringBuilder from = new StringBuilder(" FROM case_record c");
            List<Object> args = new ArrayList<>();
            for (Measure m : Measure.values()) {
                String s = "s" + m.ordinal();
                select.append(", ").append(s).append(".status, ").append(s).append(".working_days_taken, ").append(s)
                        .append(".due_date, ").append(s).append(".calendar_version");
                from.append(" LEFT JOIN case_timescale_status ").append(s).append(" ON ").append(s)
                        .append(".case_id = c.id AND ").append(s).append(".measure = '").append(m.name()).append("'");
            }
            MeasureQuery where = MeasureQuery.of(filter, council);
            StringBuilder sql = new StringBuilder(select).append(from).append(" WHERE c.council_id = ?");
            args.add(council);
            if (filter.byMeasure()) {
                String s = "s" + filter.measure().ordinal();
                if (filter.measureStatus() == MeasureStatus.NOT_APPLICABLE) {
                    sql.append(" AND ").append(MeasureQuery.notApplicable(s));
                } else {
                    sql.append(" AND ").append(s).append(".status = ?");
                    args.add(filter.measureStatus().name());
                }
            }
            sql.append(where.caseConditions());
            args.addAll(where.caseArgs());
            if (filter.byMeasure() && filter.measureStatus() == MeasureStatus.NOT_APPLICABLE) {
                sql.append(MeasureQuery.REGISTER_ORDER);
            } else if (filter.byMeasure()) {
                String s = "s" + filter.measure().ordinal();
                sql.append(" ORDER BY ").append(s).append(".case_reference, ").append(s).append(".source");
            } else {
                sql.append(" ORDER BY c.id");
            }
            return new ExportQuery(sql.toString(), args);
        }
    }

    /**
     * Register columns: source, the standard profile's columns (so an export can be re-imported: the computed
     * columns are not mapped by any profile), then per statutory timescale its status, working days taken and due
     * date as of today, and the calendar version used.
     */
    static CaseExportWriter.Table<ExportRow> registerTable() {
        List<String> headings = new ArrayList<>();
        headings.add("source");
        headings.addAll(ExportShape.STANDARD.headings());
        for (Measure m : Measure.values()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            headings.add(name + "_status");
            headings.add(name + "_working_days");
            headings.add(name + "_due");
        }
        headings.add("calendar_version");
        boolean[] shapeDates = ExportShape.STANDARD.dateColumns();
        boolean[] dates = new boolean[headings.size()];
        System.arraycopy(shapeDates, 0, dates, 1, shapeDates.length);
        for (int i = 0; i < Measure.values().length; i++) {
            dates[1 + shapeDates.length + i * 3 + 2] = true;
        }
        Function<ExportRow, List<String>> cells = r -> {
            List<String> c = new ArrayList<>(headings.size());
            c.add(r.facts().source());
            c.addAll(ExportShape.STANDARD.cells(r.facts().data(), ""));
            c.addAll(r.timescales());
            return c;
        };
        return new CaseExportWriter.Table<>(headings, cells, dates, "yyyy-MM-dd");
    }

    /**
     * One page of the cases matching the filter whose timescale has the requested status today, in register order
     * (reference, then source), read from the stored statuses (decision 0015) with the cases' columns in one
     * statement (decision 0023).
     */
    private List<CaseFacts> matchingPage(CaseFilter filter, long offset, int limit) {
        long councilId = council.id();
        MeasureQuery q = MeasureQuery.of(filter, councilId);
        List<Object> args = new ArrayList<>(List.of(councilId, councilId));
        args.addAll(q.args());
        args.add(limit);
        args.add(offset);
        // the staleness check joined to the page (one statement, one read view): its columns come with every case
        int first = TimescaleStatusStore.CHECK_WIDTH + 1;
        boolean[] stale = {false};
        List<CaseFacts> page = new ArrayList<>(limit);
        jdbc.query(q.checkedPage(), (java.sql.ResultSet rs) -> {
            if (page.isEmpty() && !stale[0]
                    && statuses.ifCurrent(councilId, TimescaleStatusStore.Check.read(rs, 1)) == null) {
                stale[0] = true;
            }
            if (!stale[0]) {
                page.add(CaseRows.facts(rs, first, CaseRows.discussions(rs.getString(first + CaseRows.WIDTH))));
            }
        }, args.toArray());
        if (page.isEmpty() && !stale[0]) {
            // an empty page brought no check: it is sent alone
            stale[0] = statuses.ifCurrent(councilId, statuses.check(councilId)) == null;
        }
        if (!stale[0]) {
            return page;
        }
        // statuses stored for another day, calendar or rules: refreshed first, then the page read again
        statuses.current(councilId);
        List<Object> pageArgs = new ArrayList<>(q.args());
        pageArgs.add(limit);
        pageArgs.add(offset);
        return jdbc.query(q.page(), (rs, n) -> CaseRows.facts(rs, 1, CaseRows.discussions(rs.getString(CaseRows.WIDTH
                + 1))), pageArgs.toArray());
    }

    /**
     * The stored-status part of the filter in SQL; the register's other filters join the case itself. A measure that
     * does not apply to a case has no stored row (decision 0028): "not applicable" is a stored not-applicable row (a
     * case none of whose measures apply) or no row for the measure while the case has rows (it was evaluated).
     */
    record MeasureQuery(String from, String pageFrom, List<Object> args, String caseConditions, List<Object> caseArgs) {

        /** Register order: the reference, then the source, in binary order (as the stored copies are collated). */
        static final String REGISTER_ORDER = " ORDER BY c.case_reference COLLATE utf8mb4_bin, c.source COLLATE "
                + "utf8mb4_bin";

        /** One page of cases with every column, in register order; the limit and offset follow {@link #args()}. */
        String page() {
            return "SELECT " + CaseRows.COLUMNS + ", " + TimescaleStatusStore.DISCUSSIONS + pageFrom + orderAndPage();
        }

        /** Register order (the filter index's order when the page is read from the statuses), the limit and offset. */
        private String orderAndPage() {
            return (pageFrom.startsWith(" FROM case_timescale_status") ? " ORDER BY s.case_reference, s.source"
                    : REGISTER_ORDER) + " LIMIT ? OFFSET ?";
        }

        /**
         * {@link #page()} with the stored statuses' staleness check ({@link TimescaleStatusStore#CHECK}) in the same
         * statement: its one row joined to every case of the page, its columns first (an empty page has none). The
         * plan is the page's own (the check's row is a constant table). Its parameters: the council twice, then
         * {@link #args()}, then the limit and offset.
         */
        String checkedPage() {
            return "SELECT k.*, " + CaseRows.COLUMNS + ", " + TimescaleStatusStore.DISCUSSIONS + " FROM ("
                    + TimescaleStatusStore.CHECK + ") k JOIN " + pageFrom.substring(" FROM ".length())
                    + orderAndPage();
        }

        /** The condition on the measure's joined row {@code s} (left join on case and measure) for "not applicable". */
        static String notApplicable(String s) {
            return "(" + s + ".status = 'NOT_APPLICABLE' OR (" + s + ".case_id IS NULL AND EXISTS (SELECT 1 FROM"
                    + " case_timescale_status a WHERE a.case_id = c.id AND a.council_id = c.council_id)))";
        }

        static MeasureQuery of(CaseFilter filter, long council) {
            StringBuilder where = new StringBuilder();
            List<Object> caseArgs = new ArrayList<>();
            if (filter.team() != null && !filter.team().isBlank()) {
                where.append(" AND c.team = ?");
                caseArgs.add(filter.team());
            }
            if (filter.from() != null) {
                where.append(" AND c.s47_start_date >= ?");
                caseArgs.add(java.sql.Date.valueOf(filter.from()));
            }
            if (filter.to() != null) {
                where.append(" AND c.s47_start_date <= ?");
                caseArgs.add(java.sql.Date.valueOf(filter.to()));
            }
            if (filter.outcome() != null) {
                where.append(" AND c.s47_outcome = ?");
                caseArgs.add(filter.outcome().name());
            }
            if (filter.hasIcpc() != null) {
                where.append(filter.hasIcpc() ? " AND c.icpc_date IS NOT NULL" : " AND c.icpc_date IS NULL");
            }
            if (filter.reference() != null && !filter.reference().isBlank()) {
                String like = filter.reference().trim().toLowerCase(Locale.ROOT).replace("%", "").replace(
                        "_", "") + "%";
                where.append(" AND (LOWER(c.case_reference) LIKE ? OR LOWER(c.child_reference) LIKE ?)");
                caseArgs.add(like);
                caseArgs.add(like);
            }
            if (!filter.byMeasure()) {
                return new MeasureQuery(null, null, List.of(), where.toString(), List.copyOf(caseArgs));
            }
            if (filter.measureStatus() == MeasureStatus.NOT_APPLICABLE) {
                // the council's cases without a row for the measure (or with a not-applicable one), in register order
                List<Object> args = new ArrayList<>(List.of(filter.measure().name(), council));
                args.addAll(caseArgs);
                String from = " FROM case_record c LEFT JOIN case_timescale_status s ON s.case_id = c.id"
                        + " AND s.measure = ? WHERE c.council_id = ? AND " + notApplicable("s") + where;
                return new MeasureQuery(from, from, List.copyOf(args), where.toString(), List.copyOf(caseArgs));
            }
            List<Object> args = new ArrayList<>(List.of(council, filter.measure().name(),
                    filter.measureStatus().name()));
            args.addAll(caseArgs);
            String rows = " WHERE s.council_id = ? AND s.measure = ? AND s.status = ?" + where;
            String from = " FROM case_timescale_status s" + (where.isEmpty() ? ""
                    : " JOIN case_record c ON c.id = s.case_id")
                    + rows;
            // the filter index gives the page in register order; each case is then read by its primary key
            String pageFrom = " FROM case_timescale_status s JOIN case_record c ON c.id = s.case_id" + rows;
            return new MeasureQuery(from, pageFrom, List.copyOf(args), where.toString(), List.copyOf(caseArgs));
        }
    }

    /** The filter within the current council's cases. */
    private Specification<CaseRecordEntity> scoped(CaseFilter filter) {
        long councilId = council.id();
        return spec(filter).and((root, query, cb) -> cb.equal(root.get("councilId"), councilId));
    }

    /** Every case matching the database part of the filter, read a page at a time (streaming, flat memory). */
    static Iterator<CaseFacts> pages(CaseRecordRepository cases, Specification<CaseRecordEntity> spec) {
        return new Iterator<>() {
            private int page;
            private Iterator<CaseFacts> current = List.<CaseFacts>of().iterator();
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !last) {
                    var slice = cases.findAll(spec, PageRequest.of(page++, EXPORT_PAGE, Sort.by("id")));
                    current = slice.map(CaseRegisterService::facts).getContent().iterator();
                    last = !slice.hasNext();
                }
                return current.hasNext();
            }

            @Override
            public CaseFacts next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    static CaseFacts facts(CaseRecordEntity e) {
        return new CaseFacts(e.getId(), e.getSource(), e.toData(), e.getUpdatedAt(), e.getVersion(), null);
    }

    static Specification<CaseRecordEntity> spec(CaseFilter f) {
        CaseFilter filter = f == null ? CaseFilter.all() : f;
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> p = new ArrayList<>();
            if (filter.team() != null && !filter.team().isBlank()) {
                p.add(cb.equal(root.get("team"), filter.team()));
            }
            if (filter.from() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("s47StartDate"), filter.from()));
            }
            if (filter.to() != null) {
                p.add(cb.lessThanOrEqualTo(root.get("s47StartDate"), filter.to()));
            }
            if (filter.outcome() != null) {
                p.add(cb.equal(root.get("s47Outcome"), filter.outcome().name()));
            }
            if (filter.hasIcpc() != null) {
                p.add(filter.hasIcpc() ? cb.isNotNull(root.get("icpcDate")) : cb.isNull(root.get("icpcDate")));
            }
            if (filter.reference() != null && !filter.reference().isBlank()) {
                String like = filter.reference().trim().toLowerCase(Locale.ROOT).replace("%", "").replace(
                        "_", "") + "%";
                p.add(cb.or(cb.like(cb.lower(root.get("caseReference")), like),
                        cb.like(cb.lower(root.get("childReference")), like)));
            }
            return cb.and(p.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
