package cn.wanggezhili.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
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

    /**
     * The one command path (issue 23), for the services moved to it: the application layer speaks the domain's
     * language, not HTTP. It reaches no JAX-RS type and makes no problem+json itself (it throws the domain's rule
     * violations and the kernel's NotFound, which the API edge maps); what it decides, it decides in the domain.
     */
    public static void verifyCommandPath(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        noClasses().that().resideInAPackage(basePackage + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                .check(classes);
        noClasses().that().resideInAPackage(basePackage + ".app..")
                .should().callCodeUnitWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.assignableTo("cn.wanggezhili.web.ProblemException"))))
                .because("a refusal is the domain's RuleViolation or the kernel's NotFound; only the API edge writes problem+json")
                .check(classes);
    }
}
