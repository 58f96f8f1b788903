package org.caseaudit.suites.failsafe;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeClassNamePatterns;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Failsafe's second part: every other {@code *IT} class (the complement of part 1, the external tier and the log
 * scan), so a new journey always runs (decision 0042).
 */
@Suite
@ConfigurationParameter(key = "junit.jupiter.testclass.order.default",
        value = "org.junit.jupiter.api.ClassOrderer$OrderAnnotation")
@SuiteDisplayName("failsafe part 2: the other journeys")
@SelectPackages("org.caseaudit")
@IncludeClassNamePatterns(FailsafeSuitePatterns.IT)
@ExcludeClassNamePatterns({FailsafeSuitePatterns.PART_1, FailsafeSuitePatterns.LOG_SCAN})
@ExcludeTags("external")
class Part2JourneysSuite {
}
