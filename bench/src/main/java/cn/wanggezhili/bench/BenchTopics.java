package cn.wanggezhili.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Topics for the relay bench: created up front (auto-creation would put the broker's topic setup inside the
 * first measured batch) and counted afterwards, so that a run that lost or doubled records is caught.
 */
final class BenchTopics implements AutoCloseable {

    private final Admin admin;
    private final String bootstrap;
    private final int partitions;

    BenchTopics(String bootstrap, int partitions) {
        this.bootstrap = bootstrap;
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        this.admin = Admin.create(props);
        this.partitions = partitions;
    }

    /** A new, empty topic; the random suffix keeps runs apart on a broker reused through KAFKA_BOOTSTRAP_SERVERS. */
    String create(String purpose) throws ExecutionException, InterruptedException {
        String name = "bench." + purpose + "." + UUID.randomUUID();
        admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
        return name;
    }

    /**
     * Records a read_committed consumer reads on the topic (end offsets would also count the relay's transaction
     * markers, one offset per transaction and partition).
     */
    long recordCount(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> all = IntStream.range(0, partitions).mapToObj(p -> new TopicPartition(topic, p)).toList();
            consumer.assign(all);
            consumer.seekToBeginning(all);
            Map<TopicPartition, Long> end = consumer.endOffsets(all);
            long records = 0;
            while (all.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                records += consumer.poll(Duration.ofMillis(500)).count();
            }
            return records;
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
