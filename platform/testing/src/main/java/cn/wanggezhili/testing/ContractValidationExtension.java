package cn.wanggezhili.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts {@link ContractValidation} in front of every test class of a service that has an OpenAPI document (registered for JUnit's automatic
 * extension detection, switched on for surefire in the root pom). A {@code @QuarkusTest} class runs in
 * Quarkus's class loader with its own REST Assured, so the filter is installed through the test class's loader.
 */
public final class ContractValidationExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path module = Path.of("").toAbsolutePath();
        Path document = module.resolve("../../api-specs/openapi/" + module.getFileName() + ".yaml").normalize();
        if (Files.exists(document)) {
            Class<?> validation = Class.forName(ContractValidation.class.getName(), true,
                    context.getRequiredTestClass().getClassLoader());
            validation.getMethod("installFor", Path.class).invoke(null, document);
        }
    }
}
