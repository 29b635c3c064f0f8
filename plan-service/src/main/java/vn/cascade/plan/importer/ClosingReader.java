package vn.cascade.plan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.cascade.plan.domain.Recipient;
import vn.cascade.plan.domain.Signer;
import vn.cascade.reader.Folded;
import vn.cascade.reader.SourceLine;

/**
 * The foot of a document: "Nơi nhận:" with one recipient per dash (a recipient may run onto the next line), its
 * purpose in parentheses ("(Báo cáo)", "(b/c)", "để biết") or in the word "Lưu"; and the signature block — on whose
 * behalf ("T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ"), the position in capitals, then the name.
 */
public final class ClosingReader {

    public record NamedRecipient(String name, Recipient.Purpose purpose, SourceLine line) {
    }

    public record Closing(List<NamedRecipient> recipients, Signer signer) {
    }

    static final Pattern ON_BEHALF = Pattern.compile("^(t/m|tm\\.?|k/t|kt\\.?|q\\.|tl\\.?|t\\.l\\.?)\\s*\\p{L}.*");
    private static final Pattern RECIPIENTS = Pattern.compile("^noi nhan\\s*:?\\s*(?<rest>.*)$");
    private static final Pattern PERSON = Pattern.compile("^(\\p{Lu}\\p{Ll}*)(\\s+\\p{Lu}\\p{Ll}*){1,4}$");

    private ClosingReader() {
    }

    /** Where the foot starts: the "Nơi nhận" line or the signature, whichever comes first after the body. */
    public static int start(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            for (String cell : lines.get(i).text().split("\t")) {
                String folded = Folded.of(cell.strip());
                if (RECIPIENTS.matcher(folded).matches() || ON_BEHALF.matcher(folded).matches() && isCapitals(cell)) {
                    return i;
                }
            }
        }
        return lines.size();
    }

    public static Closing read(List<SourceLine> foot) {
        List<SourceLine> lines = new ArrayList<>();
        for (SourceLine line : foot) {
            for (String cell : line.text().split("\t")) {
                if (!cell.isBlank()) {
                    lines.add(line.withText(cell.strip()));
                }
            }
        }
        List<NamedRecipient> recipients = new ArrayList<>();
        String onBehalf = null;
        String position = null;
        String name = null;
        boolean inRecipients = false;
        for (SourceLine line : lines) {
            String text = line.text();
            String folded = Folded.of(text);
            var start = RECIPIENTS.matcher(folded);
            if (start.matches()) {
                inRecipients = true;
                String rest = text.substring(start.start("rest")).strip();
                if (!rest.isEmpty()) {
                    recipients.add(recipient(rest, line));
                }
                continue;
            }
            if (ON_BEHALF.matcher(folded).matches() && isCapitals(text)) {
                inRecipients = false;
                onBehalf = text;
                continue;
            }
            if (inRecipients) {
                if (text.startsWith("-") || text.startsWith("+") || text.startsWith("•") || recipients.isEmpty()) {
                    recipients.add(recipient(text, line));
                } else {
                    NamedRecipient last = recipients.removeLast();
                    recipients.add(recipient(last.name() + ", " + text, last.line()));
                }
                continue;
            }
            if (onBehalf != null && isCapitals(text) && position == null && name == null) {
                position = text;
            } else if (onBehalf != null && name == null && PERSON.matcher(text).matches()) {
                name = text;
            }
        }
        Signer signer = onBehalf == null && name == null ? null : new Signer(onBehalf, position, name);
        return new Closing(recipients, signer);
    }

    static NamedRecipient recipient(String raw, SourceLine line) {
        String text = raw.strip().replaceFirst("^[-+•]\\s*", "");
        String folded = Folded.of(text);
        Recipient.Purpose purpose = Recipient.Purpose.FOR_IMPLEMENTATION;
        if (folded.matches(".*(\\(|\\bde\\s+)(bao cao|b/c|bc)\\b.*") || folded.matches(".*\\((bao cao|b/c)\\).*")) {
            purpose = Recipient.Purpose.FOR_REPORTING;
        } else if (folded.startsWith("luu")) {
            purpose = Recipient.Purpose.FOR_FILING;
            text = text.replaceFirst("^(?i)lưu\\s*:?\\s*", "");
        } else if (folded.matches(".*(\\(|\\bde\\s+)(biet|phoi hop|p/h)\\b.*")) {
            purpose = Recipient.Purpose.FOR_INFORMATION;
        }
        String name = text.replaceAll("\\s*\\((?i)[^()]*\\)\\s*", " ")
                .replaceFirst("(?i)\\s*,?\\s*để\\s+(b/c|báo cáo|biết|thực hiện|t/h|phối hợp)\\s*$", "")
                .replaceFirst("[\\s.,;]+$", "").strip();
        return new NamedRecipient(name.isEmpty() ? "Văn thư" : name, purpose, line);
    }

    private static boolean isCapitals(String text) {
        String letters = text.replaceAll("[^\\p{L}]", "");
        return !letters.isEmpty() && letters.equals(letters.toUpperCase());
    }
}
