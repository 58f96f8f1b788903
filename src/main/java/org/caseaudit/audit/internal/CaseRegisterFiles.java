package org.caseaudit.audit.internal;

import java.util.List;
import java.util.Optional;
import org.caseaudit.audit.CaseFile;
import org.caseaudit.audit.CaseFileSource;
import org.caseaudit.cases.CaseRegisterService;
import org.springframework.stereotype.Component;

/** The case register as the audit module's source of case facts; the register records each opening itself. */
@Component
class CaseRegisterFiles implements CaseFileSource {

    private final CaseRegisterService register;

    CaseRegisterFiles(CaseRegisterService register) {
        this.register = register;
    }

    @Override
    public Optional<CaseFile> open(long caseId) {
        return register.openFacts(caseId).map(f -> CaseFile.from(f.id(), f.data()));
    }

    @Override
    public Optional<CaseFile> openMinimal(long caseId, java.util.Set<String> fields) {
        return register.openMinimalFacts(caseId, CaseFile.caseFields(fields)).map(f -> CaseFile.from(f.id(), f.data()));
    }

    @Override
    public List<CaseRef> findByReference(String reference) {
        return register.byReference(reference).stream().map(k -> new CaseRef(k.id(), k.caseReference())).toList();
    }
}
