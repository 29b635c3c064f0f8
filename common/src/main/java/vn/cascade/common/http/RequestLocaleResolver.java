package vn.cascade.common.http;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

/**
 * Bean Validation messages in the same language as the rest of the problem ({@link CurrentRequest#language}).
 * Quarkus's own resolver filters Accept-Language ranges strictly, so {@code en-GB} would not find {@code en}
 * and the message would be Vietnamese under an English title; this one is asked first.
 */
@Singleton
@Priority(10)
public class RequestLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolve(LocaleResolverContext context) {
        return CurrentRequest.language().locale();
    }
}
