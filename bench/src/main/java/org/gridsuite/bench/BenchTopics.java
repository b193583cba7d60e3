package org.gridsuite.bench;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Topics for the relay bench: created up front (auto-creation would put the broker's topic setup inside the
 * first measured batch) and counted afterwards, so that a run that lost or doubled records is caught.
 */
final class BenchTopics implements AutoCloseable {

    private final Admin admin;
    private final int partitions;

    BenchTopics(String bootstrap, int partitions) {
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

    /** Records on the topic: the sum of its partitions' end offsets (exact, as nothing is ever deleted here). */
    long recordCount(String topic) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> latest = java.util.stream.IntStream.range(0, partitions).boxed()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p), p -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
    }

    @Override
    public void close() {
        admin.close();
    }
}
