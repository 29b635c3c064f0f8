package vn.cascade.systemtest;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Bounded waiting for what another service learns from an event: retries a call until it answers what is
 * wanted (failures along the way, such as a 400 for an organisation not yet known, count as "not yet").
 */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T get(String what, Duration within, Callable<T> call) {
        return get(what, within, call, answer -> true);
    }

    public static <T> T get(String what, Duration within, Callable<T> call, Predicate<T> wanted) {
        long deadline = System.nanoTime() + within.toNanos();
        Exception lastFailure = null;
        T lastAnswer = null;
        while (true) {
            try {
                T answer = call.call();
                if (wanted.test(answer)) {
                    return answer;
                }
                lastAnswer = answer;
                lastFailure = null;
            } catch (Exception e) {
                lastFailure = e;
            }
            if (System.nanoTime() > deadline) {
                AssertionError error = new AssertionError("Not so after " + within.toSeconds() + " s: " + what
                        + (lastFailure != null ? "; last failure: " + describe(lastFailure) : "; last answer: " + lastAnswer));
                if (lastFailure != null) {
                    error.initCause(lastFailure);
                }
                throw error;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting until " + what, e);
            }
        }
    }

    static String describe(Exception e) {
        return switch (e) {
            case vn.cascade.client.directive.ApiException api -> api.getCode() + " " + api.getResponseBody();
            case vn.cascade.client.plan.ApiException api -> api.getCode() + " " + api.getResponseBody();
            case vn.cascade.client.reporting.ApiException api -> api.getCode() + " " + api.getResponseBody();
            default -> e.toString();
        };
    }
    /** The HTTP status of a client's failure; -1 when the call got no answer (connection refused, timeout). */
    static int code(Exception e) {
        return switch (e) {
            case vn.cascade.client.directive.ApiException api -> api.getCode();
            case vn.cascade.client.plan.ApiException api -> api.getCode();
            case vn.cascade.client.reporting.ApiException api -> api.getCode();
            default -> -1;
        };
    }

    /** A call expected to fail: the HTTP status it got (200 when it did not fail). */
    public static int status(Call call) {
        try {
            call.run();
            return 200;
        } catch (vn.cascade.client.directive.ApiException e) {
            return e.getCode();
        } catch (vn.cascade.client.plan.ApiException e) {
            return e.getCode();
        } catch (vn.cascade.client.reporting.ApiException e) {
            return e.getCode();
        } catch (Exception e) {
            throw new AssertionError("Expected an HTTP error, got " + e, e);
        }
    }

    /** A call to a service. */
    @FunctionalInterface
    public interface Call {
        void run() throws Exception;
    }
}
