package org.wirecheck.gateway.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.wirecheck.common.article.ArticleIdentity;
import org.wirecheck.testing.KafkaBrokerResource;
import org.wirecheck.testing.PostgresTestDatabase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The pipeline through a real broker (the services themselves are unreachable here, so reports are degraded; the
 * system tests run it against the real services).
 */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "wirecheck_gateway_test"))
@WithTestResource(KafkaBrokerResource.class)
class ArticleStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void anArticleOnTheTopicGivesTheSameReportAsTheHttpApi() throws Exception {
        String url = "https://example.org/kafka/" + UUID.randomUUID();
        String text = "HERAT — Flooding closed the main highway on Tuesday, the provincial governor said.";
        String body = JSON.writeValueAsString(Map.of("url", url, "text", text, "publishedAt", "2024-04-02"));
        send(url, body.getBytes(StandardCharsets.UTF_8));

        String articleId = ArticleIdentity.articleId(url, text).toString();
        ConsumerRecord<String, byte[]> report = await(ArticleStream.REPORTS_TOPIC, r -> articleId.equals(r.key()));
        JsonNode fromKafka = JSON.readTree(report.value());

        String fromHttp = given().contentType(ContentType.JSON).body(body).post("/api/v1/articles")
                .then().extract().asString();
        assertEquals(JSON.readTree(fromHttp), fromKafka);
        assertEquals(Set.of(), PublishedSchemas.violations("report.schema.json", fromKafka));
        assertEquals(Set.of(), PublishedSchemas.violations("article.schema.json", JSON.readTree(body)));
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicWithTheirBytesAndTheStreamGoesOn() throws Exception {
        String run = UUID.randomUUID().toString();
        byte[] notJson = ("{not json " + run).getBytes(StandardCharsets.UTF_8);
        byte[] noText = JSON.writeValueAsBytes(Map.of("url", "https://example.org/" + run + "/empty"));
        byte[] tooLarge = JSON.writeValueAsBytes(Map.of("url", "https://example.org/" + run + "/big", "text",
                "word ".repeat(20_000)));
        // Within the 64 KiB record limit of the tests, but with a title over the limit every service holds it to.
        byte[] longTitle = JSON.writeValueAsBytes(Map.of("url", "https://example.org/" + run + "/title", "text",
                "A short article.", "title", "T".repeat(1001)));
        String goodUrl = "https://example.org/" + run + "/good";
        send("bad-1", notJson);
        assertTrue(!PublishedSchemas.violations("article.schema.json", JSON.readTree(noText)).isEmpty(),
                "the schema rejects what the pipeline rejects");
        send("bad-2", noText);
        send("bad-3", tooLarge);
        assertTrue(!PublishedSchemas.violations("article.schema.json", JSON.readTree(longTitle)).isEmpty(),
                "the schema rejects what the pipeline rejects");
        send("bad-4", longTitle);
        send(goodUrl, JSON.writeValueAsBytes(Map.of("url", goodUrl, "text", "A good article after the bad ones.")));

        await(ArticleStream.REPORTS_TOPIC, r -> r.key() != null
                && r.key().equals(ArticleIdentity.articleId(goodUrl, "A good article after the bad ones.").toString()));
        ConsumerRecord<String, byte[]> dead = await(ArticleStream.DLQ_TOPIC, r -> "bad-1".equals(r.key())
                && new String(r.value(), StandardCharsets.UTF_8).endsWith(run));
        assertArrayEquals(notJson, dead.value());
        assertTrue(header(dead, "dead-letter-reason").startsWith("INVALID_JSON"), header(dead, "dead-letter-reason"));
        assertTrue(header(await(ArticleStream.DLQ_TOPIC, r -> "bad-2".equals(r.key())), "dead-letter-reason")
                .startsWith("INVALID_ARTICLE: text or html is required"));
        assertTrue(header(await(ArticleStream.DLQ_TOPIC, r -> "bad-3".equals(r.key())), "dead-letter-reason")
                .startsWith("TOO_LARGE"));
        ConsumerRecord<String, byte[]> title = await(ArticleStream.DLQ_TOPIC, r -> "bad-4".equals(r.key())
                && new String(r.value(), StandardCharsets.UTF_8).contains(run));
        assertArrayEquals(longTitle, title.value());
        assertEquals("INVALID_ARTICLE: title: title must be at most 1000 characters",
                header(title, "dead-letter-reason"));
    }

    private void send(String key, byte[] value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(ArticleStream.ARTICLES_TOPIC, key, value)).get();
        }
    }

    private ConsumerRecord<String, byte[]> await(String topic, Predicate<ConsumerRecord<String, byte[]>> wanted) {
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (wanted.test(record)) {
                        return record;
                    }
                    seen.add(record.key());
                }
            }
        }
        throw new AssertionError("no wanted record on " + topic + " within 60 s; keys seen: " + seen);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
