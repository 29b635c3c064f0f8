package vn.cascade.common.persistence;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * "A newer version wins" for every local copy of another service's data: events of one aggregate may arrive
 * twice or late, and an older version must never undo a newer one.
 */
public final class VersionedCopy {

    private VersionedCopy() {
    }

    /**
     * The copy to write the incoming version into: the existing one when it is older, a new one when there is
     * none, nothing when the copy already holds this version or a newer one.
     */
    public static <T> Optional<T> toUpdate(Optional<T> existing, ToLongFunction<T> versionOf, long incoming,
            Supplier<T> create) {
        if (existing.isEmpty()) {
            return Optional.of(create.get());
        }
        return versionOf.applyAsLong(existing.get()) < incoming ? existing : Optional.empty();
    }
}
