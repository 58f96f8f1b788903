/**
 * Findings, themes, strengths and compliance of an audit cycle, and the action plan that turns them into change
 * (with re-audits that check the change took hold).
 *
 * <p>Public API: {@link org.caseaudit.findings.FindingsService} (read-only figures of a cycle and trends over cycles)
 * and {@link org.caseaudit.findings.ActionPlanService} (actions, progress notes, closing with evidence, re-audits),
 * and their records. The counting rules are pure code ({@link org.caseaudit.findings.ComplianceRules},
 * {@link org.caseaudit.findings.FindingsCalculator}, {@link org.caseaudit.findings.ConfidenceInterval},
 * {@link org.caseaudit.findings.ActionRules}) with their own table-driven tests.
 *
 * <p>Decisions, stated once:
 * <ul>
 * <li>Only final answers count: the answer agreed after moderation where there is one, else the auditor's; only
 * audits submitted, moderated or closed (see {@link org.caseaudit.audit.FinalAnswerService}).</li>
 * <li>Only compliance scales (Yes/No/NA and Yes/Partly/No/NA) make compliance figures and findings; grades never do.
 * "Not applicable" is excluded from the audited count. <b>"Partly" is not compliant</b>: it counts in the audited
 * count but not in the compliant count, and it is a finding (shown as "Partly", so the committee sees the
 * difference). A partial chronology is still a gap a committee has to act on.</li>
 * <li>Intervals are 95% Wilson score intervals (Apache Commons Statistics), shown with n; fewer than
 * {@link org.caseaudit.findings.ComplianceRules#SMALL_SAMPLE} audited files is flagged as a small sample.</li>
 * </ul>
 */
package org.caseaudit.findings;
