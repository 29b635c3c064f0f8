package vn.cascade.reporting;

import io.quarkus.test.junit.QuarkusTest;
import vn.cascade.common.testing.HostileInputContract;

/** Requests generated from this service's OpenAPI document by an attacker's rules (see {@link HostileInputContract}). */
@QuarkusTest
class HostileInputTest extends HostileInputContract {
}
