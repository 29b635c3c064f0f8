package vn.cascade.common.attachment;

import vn.cascade.common.domain.DomainException;
import vn.cascade.common.text.VietnameseText;

/** The name an uploaded file keeps: a plain name, never a path, in NFC. */
public final class AttachmentFileName {

    public static final int MAX_LENGTH = 255;

    private AttachmentFileName() {
    }

    /**
     * The name, stripped and in NFC.
     *
     * @throws DomainException INVALID for a missing or over-long name, or one with path parts ({@code /}, {@code \},
     *                         a drive {@code C:}, {@code .} or {@code ..}) or control characters
     */
    public static String validated(String given) {
        if (given == null || given.isBlank()) {
            throw DomainException.invalid("fileName", "name the file", "attachment.file-name-required");
        }
        String name = VietnameseText.nfc(given.strip());
        if (name.length() > MAX_LENGTH) {
            throw DomainException.invalid("fileName", "at most " + MAX_LENGTH + " characters",
                    "attachment.file-name-too-long", MAX_LENGTH);
        }
        boolean pathPart = name.contains("/") || name.contains("\\") || name.contains(":") || name.equals(".")
                || name.equals("..");
        boolean control = name.chars().anyMatch(c -> Character.isISOControl(c));
        if (pathPart || control) {
            throw DomainException.invalid("fileName", "a plain file name, without folders, drive or control characters",
                    "attachment.file-name-path");
        }
        return name;
    }
}
