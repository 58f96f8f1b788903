package org.caseaudit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
    void no_code_writes_to_standard_streams() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("application output goes through the logger").check(CLASSES);
    }
}
