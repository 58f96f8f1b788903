package org.caseaudit.suites.failsafe;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Failsafe's first part: the longer half of the browser journeys, in a JVM of its own with its application, demo year,
 * Chromium and test database (decision 0042).
 */
@Suite
@ConfigurationParameter(key = "junit.jupiter.testclass.order.default",
        value = "org.junit.jupiter.api.ClassOrderer$OrderAnnotation")
@SuiteDisplayName("failsafe part 1: the longer journeys")
@SelectPackages("org.caseaudit")
@IncludeClassNamePatterns(FailsafeSuitePatterns.PART_1)
@ExcludeTags("external")
class Part1JourneysSuite {
}
