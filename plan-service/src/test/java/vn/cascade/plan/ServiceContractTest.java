package vn.cascade.plan;

import io.quarkus.test.junit.QuarkusTest;
import vn.cascade.common.testing.ServiceContract;

@QuarkusTest
class ServiceContractTest extends ServiceContract {
}
