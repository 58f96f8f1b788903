package org.caseaudit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import java.lang.reflect.Field;
import org.caseaudit.security.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    /**
     * The classes the rules below check: the ones Spring Modulith imported for {@link #MODULES}, so that the package
     * is imported once rather than twice (each import about 3 s of CPU). It is the same import the test made itself:
     * package {@code org.caseaudit} of the class path without tests ({@code ImportOption.DoNotIncludeTests}), less
     * Spring's CGLIB proxies and AOT-generated classes, which the build does not write to {@code target/classes}.
     */
    private static final JavaClasses CLASSES = importedBy(MODULES);

    private static JavaClasses importedBy(ApplicationModules modules) {
        try {
            Field classes = ApplicationModules.class.getDeclaredField("allClasses");
            classes.setAccessible(true);
            return (JavaClasses) classes.get(modules);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Spring Modulith no longer keeps its classes in 'allClasses'", e);
        }
    }

    @Test
    void the_rules_see_every_class_of_the_application() {
        assertThat(CLASSES.contain(Application.class)).isTrue();
        assertThat(CLASSES.contain(AuditTrail.class)).isTrue();
        assertThat(CLASSES.stream().filter(c -> c.getName().endsWith("Test"))).as("no test classes").isEmpty();
        assertThat(CLASSES.stream().filter(c -> c.getPackageName().contains(".ui")).count()).as("views")
                .isGreaterThan(20);
    }

    @Test
    void modules_have_no_cycles_and_use_only_each_others_public_api() {
        MODULES.verify();
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
