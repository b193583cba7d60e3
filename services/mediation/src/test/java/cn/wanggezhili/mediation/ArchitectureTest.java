package cn.wanggezhili.mediation;

import cn.wanggezhili.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void the_domain_is_plain_java_and_adapters_depend_on_the_application_layer_only() {
        ServiceArchitecture.verify("cn.wanggezhili.mediation");
    }

    @Test
    void commands_go_down_one_path_and_the_application_layer_speaks_no_http() {
        ServiceArchitecture.verifyCommandPath("cn.wanggezhili.mediation");
    }
}
