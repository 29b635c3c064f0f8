package vn.cascade.reader;

/**
 * One logical line of a document after cleaning, with the number of the physical line it starts on (1-based) so
 * that a warning can point the clerk at the source.
 */
public record SourceLine(int number, String text) {

    public boolean isTableRow() {
        return text.indexOf('\t') >= 0;
    }

    public SourceLine withText(String newText) {
        return new SourceLine(number, newText);
    }
}
