package org.caseaudit.audit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.caseaudit.cases.CaseRegisterService;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Case files with fixed dates for audit tests, in place of the case register (whose demo cases have dates relative to
 * today); other cases come from the register. Picked up by component scanning in every test context, so that all
 * integration tests keep sharing one application context (a second context installs a second security-context
 * strategy and breaks @WithMockUser in the tests that run after it).
 */
@Component
@Primary
public class RegisteredCaseFiles implements CaseFileSource {

    private final Map<Long, CaseFile> files = new ConcurrentHashMap<>();
    private final CaseRegisterService register;

    public RegisteredCaseFiles(CaseRegisterService register) {
        this.register = register;
    }

    public void register(CaseFile file) {
        files.put(file.caseId(), file);
    }

    @Override
    public Optional<CaseFile> open(long caseId) {
        CaseFile file = files.get(caseId);
        return file != null ? Optional.of(file) : register.openFacts(caseId).map(f -> CaseFile.from(f.id(), f.data()));
    }
}
