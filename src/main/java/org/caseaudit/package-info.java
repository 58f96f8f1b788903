/**
 * The application's root: {@link org.caseaudit.Application} starts Spring Boot with scheduling and resilient methods,
 * and each package below it is one module (Spring Modulith; {@code ModularityTest} checks that modules have no cycles
 * and use only each other's root package). Nothing else lives here.
 *
 * <p>Decisions that apply here: scheduled jobs run once across nodes under a lease ({@code docs/decisions/0008});
 * {@code @Retryable}, switched on by {@code @EnableResilientMethods}, retries a write that InnoDB ends as a deadlock's
 * victim ({@code docs/decisions/0007}). The list of every decision is {@code docs/decisions/README.md}.
 */
package org.caseaudit;
