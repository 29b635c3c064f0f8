package vn.cascade.common.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where an organisation sat in the hierarchy during a period.
 *
 * @param parentId its parent then, null at the root
 * @param path     ids from the root down to the organisation then, {@code /}-separated
 * @param from     first day of the period, null for "since the organisation began"
 * @param to       the day the period ended (exclusive), null while it lasts
 */
public record OrganizationPlacement(UUID parentId, String path, LocalDate from, LocalDate to) {

    public boolean covers(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
    }
}
