package cn.wanggezhili.mediation.api;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads mediation.events as scoring and the command centre do: a case's records, in order, with their types. */
final class MediationTopic {

    record Published(String type, String gridCode, String payload) {
    }

    private MediationTopic() {
    }

    /** Waits until the case's records on the topic include {@code type}, and gives them all. */
    static List<Published> awaitCase(String caseId, String type) {
        List<Published> seen = new ArrayList<>();
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"); // as the services read: the relay commits per batch
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("mediation.events").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (caseId.equals(r.key())) {
                        seen.add(new Published(header(r, "ce_type"), header(r, "ce_gridcode"), new String(r.value(), StandardCharsets.UTF_8)));
                    }
                }
                return seen.stream().anyMatch(p -> p.type().equals(type));
            });
        }
        return seen;
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
