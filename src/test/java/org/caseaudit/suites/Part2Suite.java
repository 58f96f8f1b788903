package org.caseaudit.suites;

import org.caseaudit.DemoDataTest;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/** Surefire's second part: the other tests of the packages {@link SuitePatterns#PART_2} names. */
@Suite
// Suites do not inherit surefire's class orderer: the demo-data classes (@Order(1)) first.
@ConfigurationParameter(key = "junit.jupiter.testclass.order.default",
        value = "org.junit.jupiter.api.ClassOrderer$OrderAnnotation")
@SuiteDisplayName("surefire part 2: audit, calendar, cases, findings")
@SelectPackages("org.caseaudit")
@IncludeClassNamePatterns(SuitePatterns.PART_2)
@ExcludeTags({DemoDataTest.TAG, "external"})
class Part2Suite {
}
