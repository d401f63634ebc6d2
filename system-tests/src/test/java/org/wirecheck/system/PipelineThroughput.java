package org.wirecheck.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * End-to-end throughput of the Kafka pipeline on a running stack ({@code ./wirecheck up}): writes N distinct
 * dispatches (4 paragraphs of 40 words, or as many paragraphs as the 4th argument says; the 5th is the seed, new each
 * run by default) to {@code wirecheck.articles} as fast as the producer can, then reads {@code wirecheck.reports} until
 * every one has a report, printing every 10 s the reports so far, the gateway group's lag and the gateway's resident
 * memory. Run (see docs/benchmarks.md):
 *
 * <pre>
 * ./mvnw -q -pl system-tests test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.wirecheck.system.PipelineThroughput -Dexec.args="127.0.0.1:9092 100000 .wirecheck/pids/gateway.pid"
 * </pre>
 */
public final class PipelineThroughput {

    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path gatewayPid = args.length > 2 ? Path.of(args[2]) : null;
        int paragraphs = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        // A new seed each run unless one is given: the same seed twice on one stack would send exact duplicates of the
        // first run's articles, which is another benchmark (clusters growing with every run).
        long seed = args.length > 4 ? Long.parseLong(args[4]) : System.nanoTime();
        System.out.printf("seed %d, %d paragraphs of 40 words%n", seed, paragraphs);
        String prefix = "https://throughput-" + UUID.randomUUID() + ".example/";

        Dispatches dispatches = new Dispatches(seed);
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                String url = prefix + i;
                producer.send(new ProducerRecord<>("wirecheck.articles", url, dispatches.next(url, i, paragraphs)));
            }
            producer.flush();
        }
        double produced = seconds(start);
        System.out.printf("produced %d articles in %.1f s (%.0f/s)%n", count, produced, count / produced);

        Set<String> seen = new HashSet<>();
        long nextSample = System.nanoTime();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "throughput-" + UUID.randomUUID(),
                // A new group reads the topic from its beginning; reports of other runs are skipped by url prefix.
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000),
                new StringDeserializer(), new StringDeserializer());
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            consumer.subscribe(List.of("wirecheck.reports"));
            while (seen.size() < count) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    int at = record.value().indexOf("\"url\":\"" + prefix);
                    if (at >= 0) {
                        seen.add(record.key());
                    }
                }
                if (System.nanoTime() >= nextSample) {
                    nextSample = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                    System.out.printf("t=%6.1f s reports %d/%d (%.0f/s) lag %d rss %s%n", seconds(start), seen.size(),
                            count, seen.size() / seconds(start), lag(admin), rss(gatewayPid));
                }
            }
        }
        double total = seconds(start);
        System.out.printf("all %d reports in %.1f s: %.0f articles/s end to end%n", count, total, count / total);
    }

    private static long lag(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("wirecheck-gateway")
                .partitionsToOffsetAndMetadata().get();
        if (committed.isEmpty()) {
            return -1;
        }
        Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
        long lag = 0;
        for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
            lag += ends.get(e.getKey()).offset() - (e.getValue() == null ? 0 : e.getValue().offset());
        }
        return lag;
    }

    private static String rss(Path pidFile) {
        if (pidFile == null || !Files.exists(pidFile)) {
            return "n/a";
        }
        try {
            String pid = Files.readString(pidFile).trim();
            return Files.readAllLines(Path.of("/proc", pid, "status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .map(l -> l.replaceAll("\\s+", " ").substring(7)).findFirst().orElse("n/a");
        } catch (Exception e) {
            return "n/a";
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
