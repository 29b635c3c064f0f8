package vn.cascade.reader;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something the importer saw but could not place, with the source line it came from. */
@Schema(name = "ImportWarning")
public record ImportWarning(
        @Schema(description = "1-based line of the source text; 0 when the whole document is concerned", example = "42")
        int line,
        @Schema(example = "Hoàn thành chậm nhất vào quý III") String text,
        @Schema(example = "no timeframe could be read; set to ONGOING") String reason) {

    /** At most this many warnings come back; the rest are counted. */
    public static final int MAX_WARNINGS = 500;

    /** The first {@link #MAX_WARNINGS} warnings and one that counts the rest. */
    public static java.util.List<ImportWarning> capped(java.util.List<ImportWarning> warnings) {
        if (warnings.size() <= MAX_WARNINGS) {
            return warnings;
        }
        java.util.List<ImportWarning> kept = new java.util.ArrayList<>(warnings.subList(0, MAX_WARNINGS));
        kept.add(new ImportWarning(0, "", (warnings.size() - MAX_WARNINGS) + " more warnings were left out"));
        return kept;
    }

    /** The text of a warning: one line, at most 200 characters. */
    public static String abbreviate(String text) {
        String flat = text.replace('\t', ' ').replace('\n', ' ').strip();
        return flat.length() > 200 ? flat.substring(0, 197) + "…" : flat;
    }
}
