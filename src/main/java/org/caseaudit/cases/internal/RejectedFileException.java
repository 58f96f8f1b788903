package org.caseaudit.cases.internal;

import org.caseaudit.cases.ImportProblem;

/** The file as a whole cannot be imported (type, encryption, size, structure); carries the problem to report. */
public class RejectedFileException extends RuntimeException {

    private final transient ImportProblem problem;

    public RejectedFileException(String message) {
        this(ImportProblem.file(message), null);
    }

    public RejectedFileException(String message, Throwable cause) {
        this(ImportProblem.file(message), cause);
    }

    public RejectedFileException(ImportProblem problem, Throwable cause) {
        super(problem.describe(), cause);
        this.problem = problem;
    }

    public ImportProblem problem() {
        return problem;
    }
}
