package org.caseaudit.suites;

/**
 * The class names of the surefire suites: what surefire itself would run ({@code Test*}, {@code *Test},
 * {@code *Tests}, {@code *TestCase}; nested classes only through their enclosing class) and the packages of part 2.
 */
final class SuitePatterns {

    /** A test class's simple name as surefire's default includes have it, after its package. */
    private static final String NAME = "(Test[^.$]*|[^.$]*Tests?|[^.$]*TestCase)";

    /** Every test class of the application's packages. */
    static final String TESTS = "^org\\.caseaudit\\.(.*\\.)?" + NAME + "$";

    /** The packages of part 2: about half of the integration and view tests' time (docs/testing.md). */
    private static final String PART_2_PACKAGES = "(audit|calendar|cases|findings)";

    /** The test classes of part 2. */
    static final String PART_2 = "^org\\.caseaudit\\." + PART_2_PACKAGES + "\\.(.*\\.)?" + NAME + "$";

    /** The classes of part 2's packages (excluded from part 3). */
    static final String PART_2_CLASSES = "^org\\.caseaudit\\." + PART_2_PACKAGES + "\\..*";

    private SuitePatterns() {
    }
}
