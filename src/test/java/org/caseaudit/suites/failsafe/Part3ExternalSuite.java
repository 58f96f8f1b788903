package org.caseaudit.suites.failsafe;

import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * The tests that drive outside programs (tag {@code external}: the MariaDB client tools, LibreOffice, an application
 * JVM killed with -9, the embedded default's MariaDB), in failsafe's execution {@code external-tests}: not part of
 * {@code ./mvnw verify}; {@code ./mvnw verify -Dexternal-tests} runs them alone, in a JVM of their own, and
 * {@code .ci/run} runs that after the README's test command (decision 0043).
 */
@Suite
@SuiteDisplayName("failsafe part 3: the external tier")
@SelectPackages("org.caseaudit")
@IncludeClassNamePatterns({"^org\\.caseaudit\\.(.*\\.)?[^.$]*(Test|IT)$"})
@IncludeTags("external")
class Part3ExternalSuite {
}
