package vn.cascade.common.export;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.problem.ProblemException;

/** The forms a table (roll-up, completeness, plan or obligation list) is returned in: a {@code format} parameter wins over Accept. */
public enum ExportFormat {
    JSON(MediaType.APPLICATION_JSON, "json"),
    CSV(ExportFormat.CSV_TYPE, "csv"),
    XLSX(ExportFormat.XLSX_TYPE, "xlsx");

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Rows one list export holds: more asks for narrower filters. */
    public static final int MAX_ROWS = 10_000;

    private final MediaType mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = MediaType.valueOf(mediaType);
        this.extension = extension;
    }

    /** The format asked for; JSON when nothing specific is acceptable (no Accept, or a wildcard). */
    public static ExportFormat of(String format, List<MediaType> acceptable) {
        if (format != null && !format.isBlank()) {
            try {
                return valueOf(format.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("format", "invalid value '" + format + "'; expected one of "
                        + Arrays.toString(values()).toLowerCase(Locale.ROOT));
            }
        }
        for (MediaType accepted : acceptable) {
            if (accepted.isWildcardType()) {
                return JSON;
            }
            for (ExportFormat candidate : values()) {
                if (!accepted.isWildcardSubtype() && candidate.mediaType.isCompatible(accepted)) {
                    return candidate;
                }
            }
        }
        return JSON;
    }

    /**
     * The form of a list's download: CSV unless XLSX is asked for. Its JSON form is the list operation itself, so
     * asking an export for JSON is a 400 naming that operation.
     */
    public static ExportFormat download(String format, List<MediaType> acceptable, String listOperation) {
        ExportFormat as = of(format, acceptable);
        if (as != JSON) {
            return as;
        }
        if (format != null && !format.isBlank()) {
            throw ProblemException.invalid("format", "an export is csv or xlsx; the JSON form is " + listOperation);
        }
        return CSV;
    }

    /** Refuses an export of more than {@link #MAX_ROWS} matching rows (400, in the service's language). */
    public static void checkRows(long matching) {
        if (matching > MAX_ROWS) {
            throw DomainException.invalid("export", "at most " + MAX_ROWS + " rows, and " + matching + " match",
                    "export.too-many-rows", MAX_ROWS, matching);
        }
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** A download: the content with its media type and an attachment file name {@code <stem>.<extension>}. */
    public Response file(byte[] content, String stem) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + stem + "." + extension + "\"")
                .build();
    }
}
