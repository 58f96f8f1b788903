package org.caseaudit.suites;

import org.caseaudit.DemoDataTest;
import org.junit.platform.suite.api.ExcludeClassNamePatterns;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Surefire's third part: every other test class, i.e. the complement of parts 1 and 2, so a new class always runs in
 * one part.
 */
@Suite
// Suites do not inherit surefire's class orderer: the demo-data classes (@Order(1)) first.
@ConfigurationParameter(key = "junit.jupiter.testclass.order.default",
        value = "org.junit.jupiter.api.ClassOrderer$OrderAnnotation")
@SuiteDisplayName("surefire part 3: the other packages")
@SelectPackages("org.caseaudit")
@IncludeClassNamePatterns(SuitePatterns.TESTS)
@ExcludeClassNamePatterns(SuitePatterns.PART_2_CLASSES)
@ExcludeTags({DemoDataTest.TAG, "external"})
class Part3Suite {
}
