package org.wirecheck.dedup;

import org.wirecheck.testing.PostgresTestDatabase;
import org.wirecheck.testing.ServicePlatformContract;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "database", value = "wirecheck_dedup_test"))
class DedupPlatformTest extends ServicePlatformContract {

    @Override
    protected String[] readinessChecks() {
        return new String[]{"Database connections health check"};
    }
}
