/**
 * Audit cycles and reproducible sampling: frames built from the case register, sample designs, the sample record,
 * verification, exclusions with replacement from the reserves, and assignment to auditors and moderators.
 *
 * <p>Public API: {@link org.caseaudit.sampling.AuditCycleService}, {@link org.caseaudit.sampling.SampleService},
 * {@link org.caseaudit.sampling.MyAuditsService} and their records. The rules are pure code with their own tests:
 * {@link org.caseaudit.sampling.Sampler}, {@link org.caseaudit.sampling.StratumAllocator},
 * {@link org.caseaudit.sampling.Assigner}, {@link org.caseaudit.sampling.AttributeSampleSize}.
 *
 * <p>Decisions, stated once:
 * <ul>
 * <li>Random stream: SplitMix64 through {@code java.util.SplittableRandom.nextLong()} only (pinned to the published
 * reference values by a test); bounded integers by rejection, not the JDK's bounded methods, which have changed
 * between releases. Frames are sorted by id before any draw.</li>
 * <li>The method version ({@link org.caseaudit.sampling.Sampler#METHOD_VERSION}) is stored with each sample; a
 * change to any algorithm must change it, and a test pins known draws to catch a silent change.</li>
 * <li>Percentages round up to a whole case; stratified allocation is largest remainder, ties by team name A-Z.</li>
 * <li>A drawn sample is stored as its seed, design, frame snapshot and hash, enough to draw it again
 * ({@code docs/decisions/0004}); case ids are numbers, frames keep the order of their text
 * ({@code docs/decisions/0021}).</li>
 * <li>Once a sample is assigned it is locked: no redraw, no change of frame or design; exclusions still work, each
 * with a reason, replaced by the next unused reserve in draw order (same team first for stratified designs).</li>
 * </ul>
 */
package org.caseaudit.sampling;
