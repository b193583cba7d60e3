package org.gridsuite.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain is plain Java; adapters depend on the application layer, never the other way. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gridsuite.registry");

    @Test
    void the_domain_uses_nothing_but_java_and_the_shared_kernel() {
        classes().that().resideInAPackage("..registry.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.gridsuite.gridcode..", "org.gridsuite.kernel..", "..registry.domain..")
                .check(CLASSES);
    }

    @Test
    void nothing_below_the_api_knows_the_rest_api() {
        noClasses().that().resideInAnyPackage("..registry.app..", "..registry.domain..", "..registry.projection..")
                .should().dependOnClassesThat().resideInAPackage("..registry.api..")
                .check(CLASSES);
    }

    @Test
    void the_application_layer_reaches_the_read_model_through_its_interface_only() {
        noClasses().that().resideInAnyPackage("..registry.app..", "..registry.domain..")
                .should().dependOnClassesThat().resideInAPackage("..registry.projection..")
                .check(CLASSES);
    }
}
