package vn.cascade.reader;

/**
 * How much of a document the importer reads. Real plans run to tens of pages (under 200,000 characters); the limits
 * leave ten times that and keep a hostile document from holding a worker: characters, lines and table cells are
 * counted in one pass before anything else is done.
 */
public final class ImportLimits {

    public static final int MAX_CHARACTERS = 2_000_000;
    public static final int MAX_LINES = 100_000;
    public static final int MAX_TABLE_CELLS = 50_000;

    /** The document passes a limit; {@code what} names it ("characters", "lines", "table cells"). */
    public static final class Exceeded extends RuntimeException {
        private final String what;
        private final long limit;

        public Exceeded(String what, long limit) {
            super("The document has more than " + String.format("%,d", limit) + " " + what + ": at most that many are read");
            this.what = what;
            this.limit = limit;
        }

        public String what() {
            return what;
        }

        public long limit() {
            return limit;
        }
    }

    private ImportLimits() {
    }

    /** @throws Exceeded naming the first limit the text passes */
    public static void check(String text) {
        if (text == null) {
            return;
        }
        if (text.length() > MAX_CHARACTERS) {
            throw new Exceeded("characters", MAX_CHARACTERS);
        }
        long lines = 1;
        long cells = 0;
        boolean rowHasTab = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                lines++;
                cells += rowHasTab ? 1 : 0;
                rowHasTab = false;
            } else if (c == '\t') {
                cells++;
                rowHasTab = true;
            }
        }
        cells += rowHasTab ? 1 : 0;
        if (lines > MAX_LINES) {
            throw new Exceeded("lines", MAX_LINES);
        }
        if (cells > MAX_TABLE_CELLS) {
            throw new Exceeded("table cells", MAX_TABLE_CELLS);
        }
    }
}
