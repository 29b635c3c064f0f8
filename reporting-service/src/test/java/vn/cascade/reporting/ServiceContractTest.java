package vn.cascade.reporting;

import io.quarkus.test.junit.QuarkusTest;
import vn.cascade.common.testing.ServiceContract;

@QuarkusTest
class ServiceContractTest extends ServiceContract {
}
