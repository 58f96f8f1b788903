package org.caseaudit.audit.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.caseaudit.audit.CaseFile;
import org.caseaudit.audit.CaseFileSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;

/**
 * Case files held in memory, used only while no case register is present (no other {@link CaseFileSource} bean):
 * tests and demo data register the files they audit.
 */
@Component
@ConditionalOnMissingBean(value = CaseFileSource.class, ignored = RegisteredCaseFiles.class)
public class RegisteredCaseFiles implements CaseFileSource {

    private final Map<Long, CaseFile> files = new ConcurrentHashMap<>();

    public void register(CaseFile file) {
        files.put(file.caseId(), file);
    }

    @Override
    public Optional<CaseFile> open(long caseId) {
        return Optional.ofNullable(files.get(caseId));
    }
}
