package vn.cascade.reporting;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import vn.cascade.common.testing.KafkaTestResource;
import vn.cascade.common.testing.OidcTestResource;
import vn.cascade.common.testing.PostgresTestResource;

/** Real PostgreSQL, a real Kafka broker, a real SMTP server and token verification for every test of this module. */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailTestResource.class, scope = TestResourceScope.GLOBAL)
class TestEnvironment {
}
