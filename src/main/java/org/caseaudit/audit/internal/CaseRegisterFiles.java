package org.caseaudit.audit.internal;

import java.util.Optional;
import org.caseaudit.audit.CaseFile;
import org.caseaudit.audit.CaseFileSource;
import org.caseaudit.cases.CaseFilter;
import org.caseaudit.cases.CaseRegisterService;
import org.springframework.data.domain.PageRequest;
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
    public Optional<CaseRef> findByReference(String reference) {
        // the register's filter matches the start of a reference: keep the exact one
        return register.find(new CaseFilter(null, null, null, null, null, reference), PageRequest.of(0, 50)).stream()
                .filter(f -> f.data().caseReference().equalsIgnoreCase(reference))
                .map(f -> new CaseRef(f.id(), f.data().caseReference())).findFirst();
    }
}
