package vn.cascade.reader;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something the importer saw but could not place, with the source line it came from. */
@Schema(name = "ImportWarning")
public record ImportWarning(
        @Schema(description = "1-based line of the source text; 0 when the whole document is concerned", example = "42")
        int line,
        @Schema(example = "Hoàn thành chậm nhất vào quý III") String text,
        @Schema(example = "no timeframe could be read; set to ONGOING") String reason) {

    /** The text of a warning: one line, at most 200 characters. */
    public static String abbreviate(String text) {
        String flat = text.replace('\t', ' ').replace('\n', ' ').strip();
        return flat.length() > 200 ? flat.substring(0, 197) + "…" : flat;
    }
}
