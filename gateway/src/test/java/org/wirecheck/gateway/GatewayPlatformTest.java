package org.wirecheck.gateway;

import org.wirecheck.testing.KafkaBrokerResource;
import org.wirecheck.testing.PostgresTestDatabase;
import org.wirecheck.testing.ServicePlatformContract;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "wirecheck_gateway_test"))
@WithTestResource(KafkaBrokerResource.class)
class GatewayPlatformTest extends ServicePlatformContract {

    @Override
    protected String[] readinessChecks() {
        return new String[]{"Database connections health check", "Kafka connection health check"};
    }
}
