package org.caseaudit.suites.failsafe;

import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Failsafe's third part: the tests that drive outside programs (tag {@code external}: the MariaDB client tools,
 * LibreOffice, an application JVM killed with -9, the embedded default's MariaDB), in a third JVM beside the two
 * journey JVMs, whose Chromium and waits leave part of the two cores idle (decision 0042). Last in alphabetical
 * order, so a single JVM ({@code -Dit.forks=1}, or no {@code TEST_DB_URL}) runs the journeys first and their demo
 * year loads into a database no other test has touched. {@code -Dskip.external-tests=true} leaves it empty.
 */
@Suite
@SuiteDisplayName("failsafe part 3: the external tier")
@SelectPackages("org.caseaudit")
@IncludeClassNamePatterns({"^org\\.caseaudit\\.(.*\\.)?[^.$]*(Test|IT)$"})
@IncludeTags("external")
class Part3ExternalSuite {
}
