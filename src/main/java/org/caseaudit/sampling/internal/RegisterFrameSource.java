package org.caseaudit.sampling.internal;

import java.util.List;
import org.caseaudit.sampling.CaseFrameSource;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.FrameItem;
import org.caseaudit.sampling.SamplingException;
import org.springframework.stereotype.Component;

/** Frames from the case register. Placeholder until the case register is merged. */
@Component
class RegisterFrameSource implements CaseFrameSource {

    @Override
    public List<FrameItem> items(FrameDefinition definition) {
        throw new SamplingException("frame", "The case register is not available yet");
    }

    @Override
    public List<String> teams() {
        return List.of();
    }
}
