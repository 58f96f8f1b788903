package org.caseaudit.cases;

/** What an integration token may do: send imports, or read the register's export. */
public enum IntegrationScope {
    /** POST /api/imports */
    IMPORT,
    /** GET /api/cases.csv */
    EXPORT;

    /** The authority a token with this scope carries in the API's security context. */
    public String authority() {
        return "SCOPE_" + name();
    }
}
