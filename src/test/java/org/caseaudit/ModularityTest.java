package org.caseaudit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.caseaudit.security.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.caseaudit");

    @Test
    void modules_have_no_cycles_and_use_only_each_others_public_api() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("a view action is one service call; repositories belong to services")
                .check(CLASSES);
    }

    @Test
    void views_never_touch_entities_or_internals() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..internal..")
                .because("views bind to records and form beans, never to JPA entities")
                .check(CLASSES);
    }

    @Test
    void only_security_writes_the_audit_trail_directly() {
        noClasses().that().resideOutsideOfPackage("org.caseaudit.security..")
                .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.type(AuditTrail.class))).and(JavaCall.Predicates.target(
                        HasName.Predicates.name("record"))))
                .because("modules publish a TrailEvent record; security's listener writes it in the same transaction")
                .check(CLASSES);
    }

    @Test
    void no_code_writes_to_standard_streams() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("application output goes through the logger").check(CLASSES);
    }
}
