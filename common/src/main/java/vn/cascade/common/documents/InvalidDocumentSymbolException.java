package vn.cascade.common.documents;

/** A text that is not a document symbol; the message says what is wrong and what shape is expected. */
public class InvalidDocumentSymbolException extends IllegalArgumentException {

    static final String EXPECTED = "Expected a symbol like 21-NQ/TW (number-type/issuer) or 594/KH-UBND (number/[year/]type-issuer)";

    public InvalidDocumentSymbolException(String problem) {
        super(problem + ". " + EXPECTED);
    }
}
