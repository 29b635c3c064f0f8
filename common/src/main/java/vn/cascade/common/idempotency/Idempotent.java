package vn.cascade.common.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A POST that clients may retry: when the method has a {@code @HeaderParam("Idempotency-Key")} parameter and
 * the client sends one, the same key from the same caller gets the first response again and changes nothing.
 * The method returns its response (a {@code Response} or an entity): a replay is that response, marked with the
 * header {@code Idempotency-Replayed: true}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {

    String HEADER = "Idempotency-Key";
}
