package vn.cascade.common.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list in a stable order, with the total count of matching items. */
public record Page<T>(List<T> items, long total, Paging paging) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, paging);
    }
}
