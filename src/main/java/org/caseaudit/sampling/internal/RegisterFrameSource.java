package org.caseaudit.sampling.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        List<S47Outcome> outcomes = definition.outcomes().stream()
                .map(o -> S47Outcome.parse(o).orElseThrow(() -> new SamplingException("outcomes", "Unknown S47 outcome " + o)))
                .toList();
        CaseKeyService.DateBasis basis = definition.dateField() == FrameDefinition.DateField.REFERRAL
                ? CaseKeyService.DateBasis.REFERRAL : CaseKeyService.DateBasis.S47_START;
        List<FrameItem> items = new ArrayList<>();
        // a frame has few teams and many cases: one String per team instead of one per case
        Map<String, String> teamNames = new HashMap<>();
        keys.eachKey(basis, definition.from(), definition.to(), definition.teams(), outcomes, (id, reference, team) ->
                items.add(new FrameItem(id, reference, team == null ? null : teamNames.computeIfAbsent(team, t -> t))));
        return items;
    }

    @Override
    public List<String> teams() {
        return register.teams();
    }
}
