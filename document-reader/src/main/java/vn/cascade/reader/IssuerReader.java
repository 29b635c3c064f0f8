package vn.cascade.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a news write-up names no issuing verb, the committee that directs in it is the plan's issuer: "Ban Thường
 * vụ Tỉnh ủy Hải Dương yêu cầu …", "Ban Thường vụ Huyện ủy Châu Phú (vừa tổ chức hội nghị) triển khai kế hoạch …, dự
 * kiến …". Only a committee's organ (Ban Thường vụ, Ban Chấp hành, Thường trực) counts, so
 * that a unit the plan merely tasks is not taken; the organ prefix is left for {@link OrganizationMatcher} to strip.
 */
public final class IssuerReader {

    private static final Pattern ACTING = Pattern.compile(
            "\\b(?<name>(?:ban thuong vu|ban chap hanh|thuong truc) (?:\\p{L}+ ){1,8}?)(?:vua )?(?:yeu cau|chi dao|giao|de nghi|du kien|de ra|xac dinh|trien khai|to chuc hoi nghi)\\b");

    // "Thay mặt Bộ Chính trị, đồng chí … ký ban hành …": the body a signatory acts for, at a sentence's start (folded).
    private static final Pattern ON_BEHALF = Pattern.compile("(?:^|[.;]\\s+)thay mat (?<name>(?:\\p{L}+ ){0,8}?\\p{L}+)\\s*,");

    private IssuerReader() {
    }

    /**
     * The names that may be the issuer, most trusted first: the letterhead's last line, its last two lines joined
     * ("ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN"), the body a signatory acts for in the lead ("Thay mặt Bộ Chính trị, …"), the
     * subjects of the issuing verb, committees that direct in a write-up. An importer adds the signature's "T/M …".
     */
    public static List<String> candidates(HeaderReader.Header header, LeadReader.Lead lead, List<SourceLine> preamble) {
        List<String> candidates = new ArrayList<>();
        if (!header.issuerLines().isEmpty()) {
            List<String> lines = header.issuerLines();
            candidates.add(lines.getLast());
            if (lines.size() > 1) {
                candidates.add(lines.get(lines.size() - 2) + " " + lines.getLast());
            }
        }
        for (SourceLine line : preamble) {
            String text = line.text();
            Matcher m = ON_BEHALF.matcher(Folded.of(text));
            if (m.find()) {
                candidates.add(text.substring(m.start("name"), m.end("name")).strip());
            }
        }
        candidates.addAll(lead.issuerNames());
        candidates.addAll(actingCommittees(preamble));
        return candidates;
    }

    /** The issuer: a registered organisation's code, when one was given or matched, and the name read for it. */
    public record Issuer(String code, String name) {
    }

    /**
     * The first candidate that names a registered organisation; a code the caller gave wins, and with no match the
     * first candidate's name is kept (for the warning).
     */
    public static Issuer match(List<String> candidates, String givenCode, OrganizationMatcher registry) {
        String name = candidates.isEmpty() ? null : candidates.getFirst();
        if (givenCode != null) {
            return new Issuer(givenCode, name);
        }
        for (String candidate : candidates) {
            java.util.Optional<String> code = registry.codeFor(candidate);
            if (code.isPresent()) {
                return new Issuer(code.get(), candidate);
            }
        }
        return new Issuer(null, name);
    }

    public static List<String> actingCommittees(List<SourceLine> preamble) {
        List<String> names = new ArrayList<>();
        for (SourceLine line : preamble) {
            String text = line.text();
            Matcher m = ACTING.matcher(Folded.of(text));
            while (m.find()) {
                String name = text.substring(m.start("name"), m.end("name")).strip();
                if (Character.isUpperCase(name.codePointAt(0))) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
