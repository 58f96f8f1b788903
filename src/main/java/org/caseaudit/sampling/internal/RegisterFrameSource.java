package org.caseaudit.sampling.internal;

import java.util.ArrayList;
import java.util.List;
import org.caseaudit.cases.CaseKey;
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
        List<CaseKey> found = keys.keys(basis, definition.from(), definition.to(), definition.teams(), outcomes);
        List<FrameItem> items = new ArrayList<>(found.size());
        for (CaseKey key : found) {
            items.add(new FrameItem(String.valueOf(key.id()), key.caseReference(), key.team()));
        }
        return items;
    }

    @Override
    public List<String> teams() {
        return register.teams();
    }
}
