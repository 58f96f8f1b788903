package org.caseaudit.cases.internal;

import org.springframework.stereotype.Component;

/**
 * The register fixture of the test contexts without the demo year: the demo register's 600 synthetic cases (seed 2026,
 * dates relative to the clock, eight teams), imported through the import engine as the demo does; about 2 s. The
 * sampling, register and import tests draw from it. It has no cycles, audits or actions: those are the demo year
 * ({@code @DemoDataTest}) or made by each test.
 */
@Component("sharedTestRegister") // TestFrameSource has a bean named testRegister
public class TestRegister {

    private final CaseDemoData register;

    TestRegister(CaseDemoData register) {
        this.register = register;
    }

    /** Imports the cases unless the register already has some. */
    public void load() {
        register.load();
    }
}
