package vn.cascade.reporting.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import vn.cascade.common.problem.ProblemException;

/**
 * Typed query parameters read by hand: JAX-RS answers an unconvertible query parameter with 404, and a
 * client that sends {@code year=abc} deserves a 400 naming the parameter.
 */
final class QueryParams {

    private QueryParams() {
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "not a UUID: '" + value + "'");
        }
    }

    static Integer year(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year < 1900 || year > 2200) {
                throw ProblemException.invalid(name, "a year between 1900 and 2200");
            }
            return year;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "not a year: '" + value + "'");
        }
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "not an ISO date (yyyy-mm-dd): '" + value + "'");
        }
    }
}
