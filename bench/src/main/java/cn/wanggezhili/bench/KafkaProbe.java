package cn.wanggezhili.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Baseline of the Kafka path: a bare producer (the relay's settings) sends a copy of a real TaskCompleted record
 * (value and CloudEvents headers, a new key) to a topic of its own on the same broker, flushing after each send
 * as the relay flushes after each batch, one record every interval; the latency is from just before the send to
 * the record's arrival at the {@link TopicWatcher}. No database, no polling interval: what the relay's path
 * cannot beat.
 */
final class KafkaProbe implements AutoCloseable {

    private static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final TopicWatcher watcher;
    private final ConsumerRecord<String, byte[]> template;

    KafkaProbe(String bootstrap, String topic, TopicWatcher watcher, ConsumerRecord<String, byte[]> template) {
        this.producer = KafkaSettings.producer(bootstrap);
        this.topic = topic;
        this.watcher = watcher;
        this.template = template;
        producer.partitionsFor(topic); // metadata before the first timed send, as the relay's producer has it
    }

    /** Starts sending, one probe every {@code interval}, at most {@code count}; the first {@code warmUp} are not kept. */
    Probing start(Duration interval, int warmUp, int count) {
        return new Probing(interval, warmUp, count);
    }

    private ProducerRecord<String, byte[]> record(String key) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, System.currentTimeMillis(), key, template.value());
        for (Header header : template.headers()) {
            record.headers().add(header.key(), header.value());
        }
        return record;
    }

    @Override
    public void close() {
        producer.close();
    }

    /** One probing run on its own thread. */
    final class Probing {

        private final List<long[]> sent = new ArrayList<>(); // {index, nanos before send}
        private final List<CompletableFuture<Long>> arrivals = new ArrayList<>();
        private final AtomicReference<Exception> failure = new AtomicReference<>();
        private final Thread thread;
        private final int warmUp;
        private volatile boolean running = true;

        private Probing(Duration interval, int warmUp, int count) {
            this.warmUp = warmUp;
            this.thread = new Thread(() -> loop(interval, count), "kafka-probe");
            thread.start();
        }

        private void loop(Duration interval, int count) {
            long next = System.nanoTime();
            for (int i = 0; i < count && running; i++) {
                String key = UUID.randomUUID().toString();
                CompletableFuture<Long> arrival = watcher.arrival(key);
                long before = System.nanoTime();
                producer.send(record(key), (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
                producer.flush();
                synchronized (this) {
                    sent.add(new long[] {i, before});
                    arrivals.add(arrival);
                }
                next += interval.toNanos();
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
        }

        /** Waits until all {@code count} probes are sent. */
        Probing awaitSent() throws InterruptedException {
            thread.join();
            return this;
        }

        /** Stops sending, waits for every probe's arrival, returns the kept latencies sorted (nanoseconds). */
        long[] stop() throws InterruptedException, ExecutionException, TimeoutException {
            running = false;
            thread.join();
            if (failure.get() != null) {
                throw new IllegalStateException("the broker refused a probe", failure.get());
            }
            long deadline = System.nanoTime() + ARRIVAL_TIMEOUT.toNanos();
            List<Long> latencies = new ArrayList<>();
            synchronized (this) {
                for (int i = 0; i < sent.size(); i++) {
                    long arrived = arrivals.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (sent.get(i)[0] >= warmUp) {
                        latencies.add(arrived - sent.get(i)[1]);
                    }
                }
            }
            long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            return sorted;
        }
    }
}
