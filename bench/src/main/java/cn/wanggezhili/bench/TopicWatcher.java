package cn.wanggezhili.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import cn.wanggezhili.kafka.CloudEventHeaders;

/**
 * A consumer on its own thread, polling continuously, that notes when each awaited record arrives: on each watched
 * topic, records of one CloudEvents type, by key. It reads from the topics' ends as they were when it started, with
 * no group, so nothing but its own polling stands between a record's append on the broker and its arrival here.
 * Both sides (the one that awaits a key and this thread) go through the same future, so an arrival before the
 * await is kept too.
 */
final class TopicWatcher implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, String> typeByTopic;
    private final Map<String, CompletableFuture<Long>> arrivals = new ConcurrentHashMap<>();
    private final Map<String, ConsumerRecord<String, byte[]>> samples = new ConcurrentHashMap<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean running = true;

    /** {@code typeByTopic}: per topic, the {@code ce_type} of the records to note. */
    TopicWatcher(String bootstrap, Map<String, String> typeByTopic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"); // as the services read: the relay commits per batch
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.typeByTopic = Map.copyOf(typeByTopic);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : typeByTopic.keySet()) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now, not at the first poll, which may come later
        this.thread = new Thread(this::run, "topic-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** When (System.nanoTime) the record with this key arrives or arrived. */
    CompletableFuture<Long> arrival(String key) {
        return arrivals.computeIfAbsent(key, k -> new CompletableFuture<>());
    }

    /** The first watched record seen on the topic (a template for a similar record), or null. */
    ConsumerRecord<String, byte[]> sample(String topic) {
        return samples.get(topic);
    }

    private void run() {
        try {
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                long now = System.nanoTime();
                for (ConsumerRecord<String, byte[]> record : records) {
                    if (record.key() != null
                            && typeByTopic.get(record.topic()).equals(CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE))) {
                        samples.putIfAbsent(record.topic(), record);
                        arrival(record.key()).complete(now);
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            failure.set(e);
            arrivals.values().forEach(f -> f.completeExceptionally(e));
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(Duration.ofSeconds(10).toMillis());
        if (failure.get() != null) {
            throw new IllegalStateException("the topic watcher failed", failure.get());
        }
    }
}
