package org.wirecheck.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The broker the tests and the launcher run is a real Kafka: messages survive a round trip and a restart. */
class KafkaBrokerTest {

    @Test
    void clusterIdsAreSixteenBytesAndNeverReadAsAnOption() {
        // About one random id in 64 starts with '-'; 10,000 draws meet one with near certainty.
        for (int i = 0; i < 10_000; i++) {
            String id = KafkaBroker.clusterId();
            assertFalse(id.startsWith("-"), id);
            assertEquals(16, java.util.Base64.getUrlDecoder().decode(id).length, id);
        }
    }

    @Test
    void messagesGoThroughTheBrokerAndSurviveARestart() throws Exception {
        try (KafkaBroker broker = new KafkaBroker().start()) {
            produce(broker, "first");
            broker.stop();
            assertFalse(broker.isRunning());
            broker.start();
            produce(broker, "second");

            assertEquals(List.of("first", "second"), consumeAll(broker, 2));
        }
    }

    private static void produce(KafkaBroker broker, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("wirecheck.smoke", "key", value)).get();
        }
    }

    private static List<String> consumeAll(KafkaBroker broker, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "smoke",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("wirecheck.smoke"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        assertTrue(values.size() >= expected, "only " + values + " came back");
        return values;
    }
}
