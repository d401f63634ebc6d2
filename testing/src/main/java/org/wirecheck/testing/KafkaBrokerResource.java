package org.wirecheck.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real {@link KafkaBroker} for a Quarkus test run and points {@code kafka.bootstrap.servers} at it. Tests
 * that stop and restart the broker get it injected with {@code @InjectKafkaBroker}.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private KafkaBroker broker;

    @Override
    public Map<String, String> start() {
        broker = new KafkaBroker().start();
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(broker, new TestInjector.AnnotatedAndMatchesType(InjectKafkaBroker.class,
                KafkaBroker.class));
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }
}
