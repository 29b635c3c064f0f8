package vn.cascade.common.rest;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.paging.Page;

/**
 * One page of a list, in a stable order, with the total count of matching items.
 * Each resource documents its concrete page type (a subclass record is not possible; see the
 * {@code *Page} schemas) so that generated SDKs get typed items.
 */
public record PageResponse<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Matching items across all pages", example = "42") long total,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(description = "Requested page size", example = "20") int size) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<? super E, ? extends T> mapper) {
        return new PageResponse<>(page.items().stream().<T>map(mapper).toList(), page.total(), page.paging().page(),
                page.paging().size());
    }
}
