package org.caseaudit.timetravel;

import org.junit.platform.suite.api.AfterSuite;
import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * The date-sensitive tests (tag {@code clock}) again with the clock stopped at New Year's Eve 23:30, in contexts and a
 * fresh test database of their own ({@link TimeTravel}). Surefire runs it in the JVM of the whole suite
 * (pom.xml; skip with {@code -Dtime-travel.skip=true}).
 */
@Suite
// Suites do not inherit surefire's class orderer: the demo-data classes (@Order(1)) first.
@ConfigurationParameter(key = "junit.jupiter.testclass.order.default",
        value = "org.junit.jupiter.api.ClassOrderer$OrderAnnotation")
@SuiteDisplayName("time travel: new-years-eve")
@SelectPackages("org.caseaudit")
@IncludeTags("clock")
@ExcludeTags("external")
class TimeTravelNewYearsEveSuite {

    @BeforeSuite
    static void travel() {
        TimeTravel.to("new-years-eve", "2026-12-31T23:30");
    }

    @AfterSuite
    static void comeBack() {
        TimeTravel.back();
    }
}
