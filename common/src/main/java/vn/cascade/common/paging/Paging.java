package vn.cascade.common.paging;

/**
 * Which slice of a list to read: a zero-based page of {@code size} items. The one paging type that services and
 * repositories take; the REST layer builds it from {@code ?page=&size=}.
 */
public record Paging(int page, int size) {

    public Paging {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1, got " + page + ", " + size);
        }
    }

    /** The first row to read; a page beyond any list reads nothing instead of overflowing. */
    public int offset() {
        return (int) Math.min((long) page * size, Integer.MAX_VALUE);
    }

    public int limit() {
        return size;
    }
}
