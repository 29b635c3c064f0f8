/**
 * reporting-service: reporting obligations and their schedule, periodic reports with review, roll-ups.
 * Layout as in the other services: {@code rest} → {@code service} → {@code repository}, {@code domain},
 * {@code events} (in: plan events, organisation snapshots; out: report due, overdue, submitted, accepted, returned).
 */
package vn.cascade.reporting;
