package org.caseaudit.templates;

import java.util.List;
import java.util.stream.Collectors;

/** A template file was refused; nothing was stored. The message lists every problem, one a line. */
public class TemplateValidationException extends RuntimeException {

    private final transient List<TemplateProblem> problems;

    public TemplateValidationException(List<TemplateProblem> problems) {
        super(problems.stream().map(TemplateProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public TemplateValidationException(TemplateProblem problem) {
        this(List.of(problem));
    }

    public List<TemplateProblem> problems() {
        return problems;
    }
}
