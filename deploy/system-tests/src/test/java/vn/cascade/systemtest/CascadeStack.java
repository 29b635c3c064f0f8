package vn.cascade.systemtest;

import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the real stack once for all system tests of the run ({@link RunningStack}) and stops it when the run
 * ends, passed or failed (JUnit closes what the root store holds). A stack that cannot start fails every test
 * with the reason, without trying again. Test classes take the {@link RunningStack} as a parameter.
 */
public final class CascadeStack implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CascadeStack.class);

    /** Either the running stack or why it could not start. */
    private record Start(RunningStack stack, RuntimeException failure) implements AutoCloseable {
        @Override
        public void close() {
            if (stack != null) {
                stack.close();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        stack(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack(context);
    }

    private static RunningStack stack(ExtensionContext context) {
        Start start = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Start.class, key -> {
            Duration timeout = Duration.ofSeconds(Long.getLong("cascade.systemtest.start-timeout", 900));
            try {
                return new Start(RunningStack.start(timeout), null);
            } catch (Exception e) {
                return new Start(null, new IllegalStateException("The system under test could not be started: "
                        + e.getMessage(), e));
            }
        }, Start.class);
        if (start.failure() != null) {
            throw start.failure();
        }
        return start.stack();
    }
}
