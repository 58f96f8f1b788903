package org.caseaudit.cases;

import java.util.concurrent.CompletableFuture;

/** A background import: watch {@code control} for progress or cancel it; {@code result} completes at the end. */
public record RunningImport(ImportControl control, CompletableFuture<ImportResult> result) {
}
