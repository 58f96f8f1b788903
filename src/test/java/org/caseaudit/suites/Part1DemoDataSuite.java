package org.caseaudit.suites;

import org.caseaudit.DemoDataTest;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Surefire's first part: the demo-data test classes ({@link DemoDataTest}), which share the demo context. Surefire
 * runs the parts in two JVMs side by side, handing each JVM the next part in alphabetical order when it is free
 * (pom.xml), so this part is the first its JVM runs: the demo year loads into a database no other test has touched,
 * as on a fresh installation (decision 0037).
 */
@Suite
// Suites do not inherit surefire's class orderer: the demo-data classes (@Order(1)) first.
@ConfigurationParameter(key = "junit.jupiter.testclass.order.default",
        value = "org.junit.jupiter.api.ClassOrderer$OrderAnnotation")
@SuiteDisplayName("surefire part 1: the demo data")
@SelectPackages("org.caseaudit")
@IncludeClassNamePatterns(SuitePatterns.TESTS)
@IncludeTags(DemoDataTest.TAG)
@ExcludeTags("external")
class Part1DemoDataSuite {
}
