package cn.wanggezhili.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The suite's contract conventions, applied to every service's OpenAPI document as it is built: where it is served
 * and how callers sign in, the errors every operation can answer, and which fields may be null. What each operation
 * does and returns is said on the resource method itself.
 */
public class SuiteContract implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ServersAndSignIn.describe(openAPI);
        ErrorResponses.addTo(openAPI);
        Nullability.declare(openAPI);
    }
}
