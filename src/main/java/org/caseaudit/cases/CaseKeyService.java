package org.caseaudit.cases;

import jakarta.annotation.security.RolesAllowed;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.caseaudit.security.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case keys for sampling frames (added by the sampling module, issue 6): one lean query over the register, so a
 * frame of 200,000 cases is read without loading entities.
 */
@Service
public class CaseKeyService {

    /** Which date of a case places it in a period. */
    public enum DateBasis {
        S47_START("s47_start_date"), REFERRAL("referral_date");

        private final String column;

        DateBasis(String column) {
            this.column = column;
        }
    }

    private final JdbcTemplate jdbc;

    CaseKeyService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One case key as the frame reads it: the id as its decimal text (what {@code String.valueOf(id)} gives). */
    @FunctionalInterface
    public interface KeyHandler {
        void accept(String id, String caseReference, String team);
    }

    /** Rows are streamed from the server in blocks of this many, so reading overlaps with the caller's work. */
    static final int FETCH_SIZE = 4096;

    /**
     * The cases whose date lies in [from, to] ({@code teams} and {@code outcomes} empty mean all), handed to
     * {@code handler} one by one as they stream in: a frame of 200,000 cases is read without building a list of keys
     * first. Any order.
     */
    @RolesAllowed({Roles.ADMIN, Roles.AUDIT_LEAD})
    @Transactional(readOnly = true)
    public void eachKey(DateBasis basis, LocalDate from, LocalDate to, Collection<String> teams,
                        Collection<S47Outcome> outcomes, KeyHandler handler) {
        StringBuilder sql = new StringBuilder("SELECT id, case_reference, team FROM case_record WHERE ")
                .append(basis.column).append(" BETWEEN ? AND ?");
        List<Object> args = new ArrayList<>(List.of(from, to));
        if (!teams.isEmpty()) {
            sql.append(" AND team IN (").append(String.join(",", teams.stream().map(t -> "?").toList())).append(')');
            args.addAll(teams);
        }
        if (!outcomes.isEmpty()) {
            sql.append(" AND s47_outcome IN (").append(String.join(",", outcomes.stream().map(t -> "?").toList())).append(')');
            outcomes.forEach(o -> args.add(o.name()));
        }
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql.toString());
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            return statement;
        }, (RowCallbackHandler) rs -> handler.accept(rs.getString(1), rs.getString(2), rs.getString(3)));
    }
}
