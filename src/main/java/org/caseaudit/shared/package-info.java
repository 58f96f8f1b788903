/**
 * Shared kernel: the injected clock, formats, text and spreadsheet safety, the refusal of an input naming its field
 * ({@code InputException}), home-page sections, the demo-data hook,
 * SHA-256 and the byte-counting input stream (import progress, upload limits), the main layout, notifications and
 * download links ({@code ui}), and the database plumbing ({@code db}: the embedded MariaDB, the runtime account's
 * grants, after-migrate callbacks, the scheduler lock). Depends on no other module.
 *
 * <p>Decisions:
 * <ul>
 * <li>One injected {@link java.time.Clock} (Europe/London) for "today" everywhere ({@code docs/decisions/0009}).</li>
 * <li>MariaDB everywhere; an embedded MariaDB is the default so a newcomer needs only a JDK
 * ({@code docs/decisions/0001}).</li>
 * <li>Scheduled jobs run once across nodes under a lease in the database ({@code docs/decisions/0008}).</li>
 * <li>The current council ({@code council}: {@code CurrentCouncil}, {@code CouncilScope}) is here because every module
 * needs it ({@code docs/decisions/0012}, {@code 0013}).</li>
 * <li>One text rule per typed field, {@link org.caseaudit.shared.PlainText.Rule}: single or multi-line and a longest
 * length, declared once by the service that stores the field ({@code docs/decisions/0027}).</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.caseaudit.shared;
