package org.caseaudit.councils;

import jakarta.annotation.security.PermitAll;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.caseaudit.shared.council.CurrentCouncil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The councils of this installation (decision 0012) as the signed-in user may know them: their own councils, and the
 * council they are working in. Creating councils and offboarding them is council administration (issue 25, later).
 */
@Service
public class CouncilService {

    private static final String COLUMNS = "id, code, name, partnership_id, created_at, offboarded_at";

    private final JdbcTemplate jdbc;
    private final CurrentCouncil currentCouncil;

    CouncilService(JdbcTemplate jdbc, CurrentCouncil currentCouncil) {
        this.jdbc = jdbc;
        this.currentCouncil = currentCouncil;
    }

    /** The council the signed-in user is working in now. */
    @PermitAll
    @Transactional(readOnly = true)
    public Council current() {
        long id = currentCouncil.id();
        return byId(id).orElseThrow(() -> new AccessDeniedException("No such council: " + id));
    }

    /** The councils the signed-in user belongs to (still active), lowest id first: the choice at sign-in. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Council> mine() {
        return currentCouncil.councilsOfSignedInUser().stream().map(this::byId).flatMap(Optional::stream).toList();
    }

    /** One of the signed-in user's councils; empty for any other council (another council's id is "not found"). */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Council> find(long councilId) {
        return currentCouncil.councilsOfSignedInUser().contains(councilId) ? byId(councilId) : Optional.empty();
    }

    /** Works in {@code councilId} for the rest of this session; refused unless the user belongs to it. */
    @PermitAll
    public void choose(long councilId) {
        currentCouncil.choose(councilId);
    }

    /** Whether the signed-in user belongs to several councils and has not chosen one in this session. */
    @PermitAll
    public boolean choiceNeeded() {
        return currentCouncil.choiceNeeded();
    }

    private Optional<Council> byId(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM council WHERE id = ?", CouncilService::map, id).stream()
                .findFirst();
    }

    private static Council map(ResultSet rs, int row) throws SQLException {
        Long partnership = rs.getObject("partnership_id", Long.class);
        Timestamp offboarded = rs.getTimestamp("offboarded_at");
        Timestamp created = rs.getTimestamp("created_at"); // empty only until the first start stamps it (V48)
        return new Council(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                partnership, created == null ? null : created.toInstant(),
                offboarded == null ? null : offboarded.toInstant());
    }
}
