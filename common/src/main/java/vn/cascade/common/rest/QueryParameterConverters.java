package vn.cascade.common.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import vn.cascade.common.problem.ProblemException;

/**
 * Reads typed query parameters (enums, UUIDs, dates, date-times, integers, booleans) so that a bad value is a 400 naming the
 * parameter, where JAX-RS would answer 404. Enums are read ignoring case.
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance)
                .map(annotation -> ((QueryParam) annotation).value()).findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) converter(name, value -> Enum.valueOf(type, value.toUpperCase(Locale.ROOT)),
                    "one of " + Arrays.toString(type.getEnumConstants()));
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, UUID::fromString, "a UUID");
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, LocalDate::parse, "an ISO date (yyyy-mm-dd)");
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(name, OffsetDateTime::parse,
                    "an ISO date-time with its offset (2025-01-31T08:00:00+07:00 or …Z)");
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, Integer::valueOf, "a whole number");
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) converter(name, QueryParameterConverters::strictBoolean, "true or false");
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> read, String expected) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return read.apply(value.strip());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw ProblemException.invalid(name, "invalid value '" + value + "'; expected " + expected);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static Boolean strictBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }
}
