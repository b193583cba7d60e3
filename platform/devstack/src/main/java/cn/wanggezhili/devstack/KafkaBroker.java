package cn.wanggezhili.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker in KRaft mode (broker and controller in one node), run as its own JVM from the
 * Maven artifacts whose classpath was written at build time. No Docker, no tarball.
 */
public final class KafkaBroker {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    /** How the broker's JVM is tuned: for a test run that wants it up fast, or for a stack that runs for hours. */
    public enum Profile {
        /** C1 only and the serial GC: starts fast and compiles little, for test JVMs that live minutes. */
        TESTS(List.of("-Xms128m", "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")),
        /**
         * Full tiered compilation: once warm, C2's code serves the same load with far less CPU than C1's (the
         * suite's latency bench measured it), which matters when the broker shares two cores with the services.
         */
        LONG_RUNNING(List.of("-Xms256m", "-Xmx768m", "-XX:+UseSerialGC"));

        private final List<String> jvmOptions;

        Profile(List<String> jvmOptions) {
            this.jvmOptions = jvmOptions;
        }
    }

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private final Profile profile;
    private final ManagedProcess process;

    public KafkaBroker(Path directory, int port, int controllerPort) {
        this(directory, port, controllerPort, Profile.TESTS);
    }

    public KafkaBroker(Path directory, int port, int controllerPort, Profile profile) {
        this.directory = directory.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
        this.profile = profile;
        this.process = new ManagedProcess("kafka", this.directory);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public boolean isRunning() {
        return process.running().isPresent();
    }

    /** Starts the broker unless this devstack's broker already runs; keeps its data unless {@code reset}. */
    public KafkaBroker start(boolean reset) {
        if (isRunning() && !reset) {
            process.awaitReady(this::ready, START_TIMEOUT);
            return this;
        }
        stop();
        Ports.requireFree("Kafka", port, "KAFKA_PORT");
        Ports.requireFree("Kafka controller", controllerPort, "KAFKA_CONTROLLER_PORT");
        Path data = directory.resolve("data");
        if (reset) {
            Files2.deleteRecursively(data);
        }
        Path config = writeConfig(data);
        if (!Files.exists(data.resolve("meta.properties"))) {
            format(config);
        }
        List<String> command = java("kafka.Kafka", config.toString());
        process.start(command, directory, Map.of());
        process.awaitReady(this::ready, START_TIMEOUT);
        return this;
    }

    public void stop() {
        process.stop(Duration.ofSeconds(30));
    }

    /** Ready means the broker answers an admin request, not merely that its port is open. */
    public boolean ready() {
        if (!Ports.answers("127.0.0.1", port)) {
            return false;
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(props)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private void format(Path config) {
        List<String> command = java("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                "-c", config.toString());
        ManagedProcess formatter = new ManagedProcess("kafka-format", directory);
        ProcessHandle handle = formatter.start(command, directory, Map.of());
        try {
            handle.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new DevstackException("formatting Kafka storage failed:\n" + formatter.tail(), e);
        }
        if (!Files.exists(config.getParent().resolve("data").resolve("meta.properties"))) {
            throw new DevstackException("formatting Kafka storage failed:\n" + formatter.tail());
        }
    }

    private Path writeConfig(Path data) {
        String properties = """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                auto.create.topics.enable=true
                # events are kept for replay: no time or size retention
                log.retention.ms=-1
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(port, controllerPort, data.toString());
        String log4j = """
                <Configuration status="WARN">
                  <Appenders><Console name="out" target="SYSTEM_OUT"><PatternLayout pattern="%d %p %c{1} %m%n"/></Console></Appenders>
                  <Loggers>
                    <Logger name="kafka.server.KafkaRaftServer" level="info"/>
                    <Logger name="kafka.server.BrokerServer" level="info"/>
                    <Root level="warn"><AppenderRef ref="out"/></Root>
                  </Loggers>
                </Configuration>
                """;
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("log4j2.xml"), log4j);
            Path config = directory.resolve("server.properties");
            Files.writeString(config, properties);
            return config;
        } catch (IOException e) {
            throw new DevstackException("cannot write Kafka configuration in " + directory, e);
        }
    }

    private List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(ManagedProcess.javaExecutable()));
        command.addAll(profile.jvmOptions);
        command.addAll(List.of("-Dlog4j2.configurationFile=" + directory.resolve("log4j2.xml"), "-cp", brokerClasspath(), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    static String brokerClasspath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream("/devstack/kafka.classpath")) {
            if (in == null) {
                throw new DevstackException("devstack/kafka.classpath missing: build platform/devstack with Maven first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new DevstackException("cannot read the Kafka broker classpath", e);
        }
    }
}
