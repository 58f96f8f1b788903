package org.caseaudit.sampling.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caseaudit.sampling.Allocation;
import org.caseaudit.sampling.CycleDetails;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.sampling.SamplingException;
import org.caseaudit.sampling.SamplingMethod;
import org.caseaudit.templates.TemplateVersionSummary;

/**
 * What the cycle editor's fields hold, one component per field (the editor's {@code Binder} binds them by name):
 * never a managed entity (public only because the Binder reads it by reflection). {@link #toDetails} turns it into
 * the service's {@link CycleDetails}.
 */
public record CycleForm(String name, TemplateVersionSummary template, LocalDate from, LocalDate to, LocalDate due,
                 FrameDefinition.DateField dateField, Set<String> teams, Set<String> outcomes, Integer excludeMonths,
                 String exclusions, SamplingMethod method, String sizeType, Integer cases, BigDecimal percent,
                 Integer atLeast, Integer atMost, Integer reserves, Allocation allocation, Boolean atLeastOne,
                 Integer moderation, Boolean blind) {

    static final String PERCENTAGE = "Percentage";
    static final String NUMBER = "Number";

    /** The form for a cycle's details; {@code versions} are the template versions the form offers. */
    static CycleForm of(CycleDetails c, List<TemplateVersionSummary> versions) {
        TemplateVersionSummary template = versions.stream().filter(t -> t.templateId().equals(c.templateId())
                && Integer.valueOf(t.version()).equals(c.templateVersion())).findFirst().orElse(null);
        FrameDefinition f = c.frame();
        String exclusions = String.join("\n", f.excludedReferences().stream()
                .map(e -> e.reference() + ", " + e.reason()).toList());
        SampleDesign d = c.design();
        SamplingMethod method = d == null ? SamplingMethod.STRATIFIED : d.method();
        String sizeType = PERCENTAGE;
        Integer cases = null;
        BigDecimal percent = BigDecimal.TEN;
        Integer atLeast = 10;
        Integer atMost = null;
        if (d != null) {
            switch (d.size()) {
                case SampleSize.Fixed fixed -> {
                    sizeType = NUMBER;
                    cases = fixed.cases();
                }
                case SampleSize.Percentage p -> {
                    percent = p.percent();
                    atLeast = p.atLeast();
                    atMost = p.atMost();
                }
            }
        }
        return new CycleForm(c.name() == null ? "" : c.name(), template, f.from(), f.to(), c.dueDate(), f.dateField(),
                new HashSet<>(f.teams()), new HashSet<>(f.outcomes()), f.excludeAuditedWithinMonths(), exclusions,
                method, sizeType, cases, percent, atLeast, atMost, d == null ? 5 : d.reserves(),
                d == null || d.allocation() == null ? Allocation.PROPORTIONAL : d.allocation(),
                d == null || d.atLeastOnePerStratum(), c.moderationPercent(), c.blindModeration());
    }

    /** The details the service checks; a line of exclusions it cannot read is refused here, naming the line. */
    CycleDetails toDetails() {
        return new CycleDetails(name, template == null ? null : template.templateId(),
                template == null ? null : template.version(), due, frame(), design(),
                moderation == null ? 0 : moderation, Boolean.TRUE.equals(blind));
    }

    FrameDefinition frame() {
        List<FrameDefinition.ReferenceExclusion> excluded = new ArrayList<>();
        String[] lines = (exclusions == null ? "" : exclusions).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int comma = line.indexOf(',');
            if (comma < 0) {
                throw new SamplingException("excludedReferences", "Line " + (i + 1)
                        + ": write the reference, a comma, then the reason");
            }
            excluded.add(new FrameDefinition.ReferenceExclusion(line.substring(0, comma), line.substring(comma + 1)));
        }
        return new FrameDefinition(dateField, from, to, new ArrayList<>(teams == null ? Set.of() : teams),
                new ArrayList<>(outcomes == null ? Set.of() : outcomes), excludeMonths == null ? 0 : excludeMonths,
                excluded);
    }

    SampleDesign design() {
        SampleSize size;
        if (NUMBER.equals(sizeType)) {
            if (cases == null) {
                throw new SamplingException("size", "Enter the number of cases");
            }
            size = new SampleSize.Fixed(cases);
        } else {
            size = new SampleSize.Percentage(percent, atLeast, atMost);
        }
        return new SampleDesign(method, size, reserves == null ? 0 : reserves, allocation,
                Boolean.TRUE.equals(atLeastOne));
    }
}
