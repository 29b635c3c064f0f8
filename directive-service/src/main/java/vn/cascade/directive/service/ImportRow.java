package vn.cascade.directive.service;

import java.util.List;
import vn.cascade.common.domain.Violation;

/**
 * One row of a bulk import as read from the file: the organisation when it could be read, and what was wrong
 * with it already (unreadable values, failed constraints), with fields named {@code rows[i].field}.
 *
 * @param index zero-based among the data rows (a CSV header is not counted)
 */
public record ImportRow(int index, NewOrganization organization, List<Violation> errors) {

    /** {@code rows[3].parentCode}, or {@code rows[3]} for the row as a whole. */
    public static String field(int index, String name) {
        return "rows[" + index + "]" + (name == null || name.isEmpty() ? "" : "." + name);
    }

    public String field(String name) {
        return field(index, name);
    }
}
