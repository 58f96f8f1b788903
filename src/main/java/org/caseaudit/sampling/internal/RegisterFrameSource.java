package org.caseaudit.sampling.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseaudit.cases.CaseKeyService;
import org.caseaudit.cases.CaseRegisterService;
import org.caseaudit.cases.S47Outcome;
import org.caseaudit.sampling.CaseFrameSource;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.FrameItem;
import org.caseaudit.sampling.SamplingException;
import org.springframework.stereotype.Component;

/** Frames from the case register: the frame id of a case is its register id. */
@Component
class RegisterFrameSource implements CaseFrameSource {

    private final CaseKeyService keys;
    private final CaseRegisterService register;

    RegisterFrameSource(CaseKeyService keys, CaseRegisterService register) {
        this.keys = keys;
        this.register = register;
    }

    @Override
    public List<FrameItem> items(FrameDefinition definition) {
        List<FrameItem> items = new ArrayList<>();
        // a frame has few teams and many cases: one String per team instead of one per case
        Map<String, String> teamNames = new HashMap<>();
        keys.eachKey(basis(definition), definition.from(), definition.to(), definition.teams(), outcomes(definition),
                (id, reference, team) -> items.add(
                        new FrameItem(id, reference, team == null ? null : teamNames.computeIfAbsent(team, t -> t))));
        return items;
    }

    /** Register ids are numbers (BIGINT): the frame's ids alone are one narrow query. */
    @Override
    public Optional<long[]> numericIds(FrameDefinition definition) {
        return Optional.of(keys.ids(basis(definition), definition.from(), definition.to(), definition.teams(),
                outcomes(definition)));
    }

    @Override
    public Map<Long, FrameItem> describe(Collection<Long> ids) {
        Map<Long, FrameItem> found = new HashMap<>();
        keys.describe(List.copyOf(ids)).values().forEach(k ->
                found.put(k.id(), new FrameItem(k.id(), k.caseReference(), k.team())));
        return found;
    }

    private static List<S47Outcome> outcomes(FrameDefinition definition) {
        return definition.outcomes().stream()
                .map(o -> S47Outcome.parse(o).orElseThrow(() -> new SamplingException("outcomes",
                "Unknown S47 outcome " + o)))
                .toList();
    }

    private static CaseKeyService.DateBasis basis(FrameDefinition definition) {
        return definition.dateField() == FrameDefinition.DateField.REFERRAL
                ? CaseKeyService.DateBasis.REFERRAL : CaseKeyService.DateBasis.S47_START;
    }

    @Override
    public List<String> teams() {
        return register.teams();
    }
}
