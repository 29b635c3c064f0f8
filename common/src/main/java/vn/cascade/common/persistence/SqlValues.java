package vn.cascade.common.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values of native query rows, which the driver returns in more than one Java type. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code timestamptz} column, whichever type the driver chose for it. */
    public static OffsetDateTime offsetDateTime(Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime time -> time;
            case Instant instant -> instant.atOffset(ZoneOffset.UTC);
            case Timestamp timestamp -> timestamp.toInstant().atOffset(ZoneOffset.UTC);
            default -> throw new IllegalArgumentException("Not a timestamp: " + value.getClass().getName());
        };
    }
}
