package cn.wanggezhili.devstack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PortTakenTest {

    @Test
    void a_broker_refuses_to_start_on_a_taken_port_and_says_which_and_how_to_change_it() throws Exception {
        Path dir = Files.createTempDirectory("devstack-port-test");
        try (ServerSocket squatter = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            KafkaBroker broker = new KafkaBroker(dir, squatter.getLocalPort(), Ports.free());
            DevstackException e = assertThrows(DevstackException.class, () -> broker.start(false));
            assertTrue(e.getMessage().contains("port " + squatter.getLocalPort() + " is already taken"), e.getMessage());
            assertTrue(e.getMessage().contains("KAFKA_PORT"), e.getMessage());
            assertFalse(broker.isRunning());
        }
    }
}
