package vn.cascade.reporting.rest;

import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.cascade.common.problem.ProblemException;

/** The forms a roll-up or completeness table is returned in: a {@code format} parameter wins over Accept. */
enum ExportFormat {
    JSON(MediaType.APPLICATION_JSON, "json"),
    CSV(ExportFormat.CSV_TYPE, "csv"),
    XLSX(ExportFormat.XLSX_TYPE, "xlsx");

    static final String CSV_TYPE = "text/csv";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final MediaType mediaType;
    final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = MediaType.valueOf(mediaType);
        this.extension = extension;
    }

    /** The format asked for; JSON when nothing specific is acceptable (no Accept, or a wildcard). */
    static ExportFormat of(String format, List<MediaType> acceptable) {
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
}
