package vn.cascade.directive.rest.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.domain.Violation;
import vn.cascade.common.problem.Problem.FieldError;
import vn.cascade.common.problem.ProblemException;
import vn.cascade.common.problem.ProblemType;
import vn.cascade.directive.rest.dto.CreateOrganizationRequest;
import vn.cascade.directive.service.ImportRow;

/**
 * Reads a bulk import (JSON array or CSV) into rows, collecting every unreadable or invalid value instead of
 * stopping at the first, so that one answer lists all that must be fixed. A body that cannot be read at all is
 * answered here, at the HTTP edge, as the problem it is (malformed JSON, not CSV, a wrong header).
 */
@ApplicationScoped
public class OrganizationImportReader {

    public static final List<String> CSV_COLUMNS = List.of(
            "code", "name", "shortName", "level", "kind", "parentCode", "memberCount", "memberCountAsOf");
    /** Optional beyond the documented header. */
    private static final Set<String> OPTIONAL_CSV_COLUMNS = Set.of("validFrom");

    private final ObjectMapper objectMapper;
    private final Validator validator;

    OrganizationImportReader(ObjectMapper objectMapper, Validator validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    /** A JSON array of create requests. A body that is not JSON at all is one problem, not a row problem. */
    public List<ImportRow> fromJson(String body) {
        JsonNode array;
        try {
            array = objectMapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, "The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (array == null || !array.isArray()) {
            throw ProblemException.invalid("rows", "expected a JSON array of organisations");
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int index = 0; index < array.size(); index++) {
            rows.add(fromJsonElement(index, array.get(index)));
        }
        return rows;
    }

    private ImportRow fromJsonElement(int index, JsonNode element) {
        if (!element.isObject()) {
            return new ImportRow(index, null, List.of(new Violation(ImportRow.field(index, null), "expected an object")));
        }
        try {
            return validated(index, objectMapper.treeToValue(element, CreateOrganizationRequest.class), List.of());
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return new ImportRow(index, null, List.of(new Violation(ImportRow.field(index, field), readableCause(e))));
        } catch (JsonProcessingException e) {
            return new ImportRow(index, null, List.of(new Violation(ImportRow.field(index, null), e.getOriginalMessage())));
        }
    }

    /** CSV with the header {@link #CSV_COLUMNS} (any order; empty cells are absent values), UTF-8. */
    public List<ImportRow> fromCsv(String body) {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body; // byte-order mark of spreadsheet exports
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true)
                .setTrim(true).setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            checkHeader(parser.getHeaderNames());
            List<ImportRow> rows = new ArrayList<>();
            int index = 0;
            for (CSVRecord record : parser) {
                rows.add(fromCsvRecord(index++, record));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports a broken quote or a duplicate header this way
            throw new ProblemException(ProblemType.BAD_REQUEST, "The body is not valid CSV: " + e.getMessage());
        }
    }

    private static void checkHeader(List<String> header) {
        List<FieldError> errors = new ArrayList<>();
        CSV_COLUMNS.stream().filter(column -> !header.contains(column))
                .forEach(column -> errors.add(new FieldError("header", "missing column " + column)));
        header.stream().filter(column -> !CSV_COLUMNS.contains(column) && !OPTIONAL_CSV_COLUMNS.contains(column))
                .forEach(column -> errors.add(new FieldError("header", "unknown column " + column)));
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    "The header must be " + String.join(",", CSV_COLUMNS), errors);
        }
    }

    private ImportRow fromCsvRecord(int index, CSVRecord record) {
        List<Violation> errors = new ArrayList<>();
        if (!record.isConsistent()) {
            errors.add(new Violation(ImportRow.field(index, null), "line " + record.getParser().getCurrentLineNumber()
                    + " has " + record.size() + " cells, the header " + record.getParser().getHeaderNames().size()));
        }
        CsvCells cells = new CsvCells(record, index, errors);
        CreateOrganizationRequest request = new CreateOrganizationRequest(
                cells.text("code"), cells.text("name"), cells.text("shortName"),
                cells.enumValue("level", OrganizationLevel.class), cells.enumValue("kind", OrganizationKind.class),
                cells.text("parentCode"), cells.integer("memberCount"), cells.date("memberCountAsOf"),
                cells.date("validFrom"));
        return validated(index, request, errors);
    }

    private ImportRow validated(int index, CreateOrganizationRequest request, List<Violation> readErrors) {
        List<Violation> errors = new ArrayList<>(readErrors);
        Set<String> unreadable = readErrors.stream().map(Violation::field).collect(Collectors.toSet());
        validator.validate(request).stream()
                .map(violation -> new Violation(ImportRow.field(index, violation.getPropertyPath().toString()), violation.getMessage()))
                .filter(error -> !unreadable.contains(error.field())) // "must not be null" adds nothing to "invalid value"
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .forEach(errors::add);
        return new ImportRow(index, OrganizationMapper.toNewOrganization(request), errors);
    }

    private static String readableCause(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (e instanceof InvalidFormatException invalid) {
            String message = "invalid value '" + invalid.getValue() + "'";
            if (invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
                message += "; expected one of " + Arrays.toString(invalid.getTargetType().getEnumConstants());
            }
            return message;
        }
        return "wrong type; expected " + (e instanceof MismatchedInputException mismatch
                && mismatch.getTargetType() != null ? mismatch.getTargetType().getSimpleName() : "another type");
    }

    /** Typed access to the cells of one record; an unreadable cell becomes an error and a null value. */
    private record CsvCells(CSVRecord record, int index, List<Violation> errors) {

        String text(String column) {
            if (!record.isMapped(column) || !record.isSet(column)) {
                return null;
            }
            String value = record.get(column);
            return value.isEmpty() ? null : value;
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                errors.add(new Violation(ImportRow.field(index, column), "invalid value '" + value + "'; expected one of "
                        + Arrays.toString(type.getEnumConstants())));
                return null;
            }
        }

        Integer integer(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                errors.add(new Violation(ImportRow.field(index, column), "invalid value '" + value + "'; expected a whole number"));
                return null;
            }
        }

        LocalDate date(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                errors.add(new Violation(ImportRow.field(index, column), "invalid value '" + value + "'; expected a date like 2022-12-31"));
                return null;
            }
        }
    }
}
