package org.wirecheck.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

/**
 * The Kafka pipeline against the real stack: the report on {@code wirecheck.reports} is the one the HTTP API gives,
 * and when dedup-service or the broker itself is restarted mid-stream, every input still ends with a report.
 */
@ExtendWith(Stack.class)
class PipelineIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STREAM = 120;

    @Test
    void aReportFromTheTopicIsTheReportTheHttpApiGives() throws Exception {
        String url = "https://pipeline-" + UUID.randomUUID() + ".example/torkham";
        String body = JSON.writeValueAsString(Map.of("url", url, "publisher", "Tolo News", "publishedAt",
                "2024-03-10T06:00:00Z", "text", Stack.article("tolo-border-trade") + "\n\nPipeline edition."));
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>("wirecheck.articles", url, body)).get();
        }
        JsonNode fromKafka = awaitReports(url, 1, Duration.ofMinutes(2)).values().iterator().next();
        // The same body over HTTP is now a repost: 200, and the same report.
        String fromHttp = given().baseUri(Stack.gateway()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/articles").then().statusCode(200).extract().asString();
        assertEquals(JSON.readTree(fromHttp), fromKafka);
    }

    @Test
    void aServiceKilledAndRestartedMidStreamLosesNothing() throws Exception {
        restartMidStream("killed", "dedup-service", ProcessHandle::destroyForcibly);
    }

    @Test
    void aBrokerRestartMidStreamLosesNothing() throws Exception {
        restartMidStream("broker", "kafka", ProcessHandle::destroy);
    }

    /**
     * Streams {@value #STREAM} articles, stops {@code component} once some reports are out, starts it again with
     * {@code ./wirecheck up}, and expects one report per article.
     */
    private static void restartMidStream(String label, String component,
            java.util.function.Consumer<ProcessHandle> stop) throws Exception {
        String prefix = "https://" + label + "-" + UUID.randomUUID() + ".example/";
        produce(prefix, STREAM);
        awaitReports(prefix, 20, Duration.ofMinutes(3));
        long pid = Stack.launcher().pids().get(component);
        ProcessHandle.of(pid).ifPresent(p -> {
            stop.accept(p);
            p.onExit().join();
        });
        assertEquals(0, Stack.launcher().run(Duration.ofMinutes(5), "up").exitCode());
        Map<String, JsonNode> reports = awaitReports(prefix, STREAM, Duration.ofMinutes(8));
        assertEquals(STREAM, reports.size());
    }

    /** Distinct synthetic dispatches, none a duplicate of another. */
    private static void produce(String prefix, int count) throws Exception {
        Dispatches dispatches = new Dispatches(42);
        try (KafkaProducer<String, String> producer = producer()) {
            for (int i = 0; i < count; i++) {
                String url = prefix + i;
                producer.send(new ProducerRecord<>("wirecheck.articles", url, dispatches.next(url, i)));
            }
            producer.flush();
        }
    }

    /** Reads wirecheck.reports from the start until {@code count} distinct urls under {@code prefix} have a report. */
    private static Map<String, JsonNode> awaitReports(String prefix, int count, Duration timeout) throws Exception {
        Map<String, JsonNode> byUrl = new java.util.HashMap<>();
        Set<String> ids = new HashSet<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.kafka(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("wirecheck.reports"));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (byUrl.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode report = JSON.readTree(record.value().getBytes(StandardCharsets.UTF_8));
                    String url = report.path("url").asText("");
                    if (url.startsWith(prefix)) {
                        byUrl.put(url, report);
                        ids.add(record.key());
                    }
                }
            }
        }
        if (byUrl.size() < count) {
            throw new AssertionError("only " + byUrl.size() + " of " + count + " reports under " + prefix
                    + " arrived within " + timeout);
        }
        assertEquals(byUrl.size(), ids.size(), "one articleId per article");
        return byUrl;
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.kafka(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer());
    }
}
