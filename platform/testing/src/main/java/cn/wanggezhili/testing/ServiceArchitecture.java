package cn.wanggezhili.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package rules every service keeps (the README's conventions): the domain is plain Java (it may use the shared kernel);
 * api, projection and integration depend on app, never the other way; app reaches its read model through an
 * interface of its own.
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {
    }

    public static void verify(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        classes().that().resideInAPackage(basePackage + ".domain..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "cn.wanggezhili.gridcode..", "cn.wanggezhili.kernel..", basePackage + ".domain..")
                .check(classes);
        noClasses().that().resideInAnyPackage(basePackage + ".app..", basePackage + ".domain..", basePackage + ".projection..",
                        basePackage + ".integration..")
                .should().dependOnClassesThat().resideInAPackage(basePackage + ".api..")
                .check(classes);
        noClasses().that().resideInAnyPackage(basePackage + ".app..", basePackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(basePackage + ".projection..", basePackage + ".integration..")
                .check(classes);
    }
}
