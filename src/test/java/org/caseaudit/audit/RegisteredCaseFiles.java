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

    @Override
    public java.util.List<CaseRef> findByReference(String reference) {
        java.util.List<CaseRef> fixed = files.values().stream().filter(f -> f.caseReference().equalsIgnoreCase(reference))
                .map(f -> new CaseRef(f.caseId(), f.caseReference())).toList();
        return fixed.isEmpty() ? register.byReference(reference).stream()
                .map(k -> new CaseRef(k.id(), k.caseReference())).toList() : fixed;
    }

    /** A fixed file keeps only the named fields (names never), as the register does; others come from the register. */
    @Override
    public Optional<CaseFile> openMinimal(long caseId, java.util.Set<String> fields) {
        CaseFile file = files.get(caseId);
        if (file == null) {
            return register.openMinimalFacts(caseId, CaseFile.caseFields(fields))
                    .map(f -> CaseFile.from(f.id(), f.data()));
        }
        try {
            java.lang.reflect.RecordComponent[] components = CaseFile.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                types[i] = components[i].getType();
                boolean keep = name.equals("caseId") || name.equals("caseReference")
                        || (fields.contains(name) && !java.util.Set.of("team", "socialWorker", "teamManager").contains(name));
                values[i] = keep ? components[i].getAccessor().invoke(file) : null;
            }
            return Optional.of(CaseFile.class.getDeclaredConstructor(types).newInstance(values));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
