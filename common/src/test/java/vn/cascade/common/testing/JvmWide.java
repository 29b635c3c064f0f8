package vn.cascade.common.testing;

import java.util.function.Supplier;

/**
 * A server the tests start once per JVM: its address is kept in a system property, so Quarkus restarts (test profiles)
 * and every test class reuse the same one.
 */
final class JvmWide {

    private JvmWide() {
    }

    static synchronized String address(String property, Supplier<String> start) {
        String running = System.getProperty(property);
        if (running != null) {
            return running;
        }
        String started = start.get();
        System.setProperty(property, started);
        return started;
    }
}
