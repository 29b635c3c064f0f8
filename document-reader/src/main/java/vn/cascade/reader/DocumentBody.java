package vn.cascade.reader;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.cascade.common.problem.ProblemException;
import vn.cascade.common.problem.ProblemType;

/** The body of an import request (a .docx or plain UTF-8 text) as text, or the problem that says why not. */
public final class DocumentBody {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** The largest body read; a larger one is refused from its length. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private DocumentBody() {
    }

    /**
     * @throws ProblemException 400 for an empty body, a .docx that is not one, text that is not UTF-8; 413 past
     *                          {@link #MAX_BYTES} or a limit of {@link DocxText} (the detail names which)
     */
    public static String text(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "The document is empty");
        }
        if (body.length > MAX_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The document is larger than 10 MB");
        }
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(DOCX)) {
            try {
                return DocxText.read(body);
            } catch (DocxText.NotADocx e) {
                throw new ProblemException(ProblemType.BAD_REQUEST, e.getMessage());
            } catch (ImportLimits.Exceeded e) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, e.getMessage());
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "The text is not UTF-8");
        }
    }
}
