/**
 * The multi-agency tables (V33_1) in plain SQL ({@code MultiAgencyStore}: small rows, read a whole audit at a time,
 * updates checked against the row's version) and the demo multi-agency audits. The store checks no permissions: the
 * {@code multiagency} services do. The demo data uses {@code cases} (its children) and {@code findings} (concerns as
 * actions).
 *
 * <p>Decisions: the cohort is a recorded sample and a concern becomes an action in the one plan
 * ({@code docs/decisions/0016}); every statement names its {@code council_id} ({@code docs/decisions/0013}).
 */
package org.caseaudit.multiagency.internal;
