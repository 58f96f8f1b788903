package org.caseaudit.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.caseaudit.cases.CaseData;
import org.caseaudit.cases.internal.CaseWriter;
import org.caseaudit.shared.council.CouncilScope;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts cases (in the council of the enclosing {@link CouncilScope}, else council 1) with fixed dates into the real case
 * register (as an import would, source "test"), so audit tests read a case's facts and timescales exactly as the
 * workspace does: from the register. A case with the same reference is updated in place.
 */
@Component
public class TestCases {

    public static final String SOURCE = "test";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public TestCases(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Writes the case; returns its register id. */
    public long add(CaseData data) {
        return transactions.execute(status -> {
            long council = CouncilScope.current().orElse(CurrentCouncil.INSTALLATION_COUNCIL);
            new CaseWriter(jdbc, council, SOURCE, null, LocalDateTime.of(2026, 11, 1, 9, 0), false)
                    .write(List.of(data));
            return jdbc.queryForObject("SELECT id FROM case_record WHERE source = ? AND case_reference = ?"
                    + " AND council_id = ?", Long.class, SOURCE, data.caseReference(), council);
        });
    }
}
