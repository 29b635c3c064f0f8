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

    private IssuerReader() {
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
