package vn.cascade.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lead and cooperating units: the cells of a task table ("Ban Tổ chức Huyện ủy; Cấp ủy cơ sở"), a sentence
 * "X chủ trì, phối hợp với Y …", or a heading that is itself a list of bodies ("Ban Tổ chức Trung ương").
 */
public final class UnitReader {

    public record Assignment(List<String> lead, List<String> cooperating) {
    }

    private static final Pattern LEADS = Pattern.compile("^(?<lead>[^.;:]{3,160}?)\\s+chu tri\\b\\s*,?\\s*(?:(?:va\\s+)?phoi hop(?:\\s+voi)?\\s+(?<coop>.*))?");
    // Where a list of cooperating units ends: punctuation, or the verb that starts the task.
    private static final Pattern COOPERATING_END = Pattern.compile("[,;.:(]|\\s(huong dan|tham muu|nghien cuu|thuc hien|to chuc|"
            + "xay dung|ra soat|theo doi|trien khai|kiem tra|chi dao|de xuat|ban hanh|sua doi|thuong xuyen|tiep tuc|"
            + "tuyen truyen|lanh dao|bao cao|danh gia|so ket|tong ket|tap trung|dinh ky|quan triet|cu the hoa|phoi hop)\\s");
    private static final Pattern BODY_START = Pattern.compile("^(cac |moi )?(ban|uy ban|van phong|dang doan|ban can su|tinh uy|"
            + "thanh uy|huyen uy|quan uy|thi uy|dang uy|cap uy|mttq|mat tran|ubkt|hdnd|ubnd|cong an|quan su|doan thanh nien|"
            + "trung tam|co quan|chi bo|dang bo|bo chinh tri|ban bi thu|quan uy|to chuc co so dang|tccs)\\b");
    private static final Pattern VERB = Pattern.compile("\\b(chu tri|phoi hop|thuc hien|tap trung|xay dung|trien khai|lanh dao|chi dao|"
            + "nghien cuu|tham muu|to chuc thuc hien|ban hanh|ra soat)\\b");

    private UnitReader() {
    }

    /** A cell or list: split at ";" always, at "," only where a new name starts with a capital. */
    public static List<String> split(String list) {
        List<String> units = new ArrayList<>();
        if (list == null) {
            return units;
        }
        for (String part : list.split(";")) {
            StringBuilder current = new StringBuilder();
            for (String piece : part.split(",")) {
                String stripped = piece.strip();
                if (current.length() > 0 && !stripped.isEmpty() && Character.isUpperCase(stripped.codePointAt(0))) {
                    add(units, current.toString());
                    current.setLength(0);
                }
                current.append(current.length() > 0 ? ", " : "").append(stripped);
            }
            add(units, current.toString());
        }
        return units;
    }

    private static void add(List<String> units, String unit) {
        String cleaned = unit.strip().replaceFirst("^[-+•]\\s*", "").replaceFirst("[.,;:]+$", "").strip();
        if (!cleaned.isEmpty()) {
            units.add(HeaderReader.capitalise(cleaned));
        }
    }

    /** "Ban Tuyên giáo Trung ương chủ trì, phối hợp với các cơ quan liên quan hướng dẫn …" */
    public static Assignment fromSentence(String text) {
        String folded = Folded.of(text);
        Matcher m = LEADS.matcher(folded);
        if (!m.find()) {
            return new Assignment(List.of(), List.of());
        }
        String lead = text.substring(m.start("lead"), m.end("lead"));
        if (lead.split("\\s+").length > 20 || !Character.isUpperCase(lead.strip().codePointAt(0))) {
            return new Assignment(List.of(), List.of());
        }
        List<String> cooperating = List.of();
        if (m.group("coop") != null) {
            int start = m.start("coop");
            String rest = folded.substring(start);
            int end = rest.length();
            int related = rest.indexOf("lien quan");
            Matcher stop = COOPERATING_END.matcher(rest);
            if (stop.find()) {
                end = stop.start();
            }
            if (related >= 0 && related + "lien quan".length() < end) {
                end = related + "lien quan".length();
            }
            cooperating = split(text.substring(start, start + end));
        }
        return new Assignment(split(lead), cooperating);
    }

    /** Whether a heading names the bodies responsible for what follows rather than a piece of work. */
    public static boolean namesBodies(String heading) {
        if (heading == null || heading.isBlank()) {
            return false;
        }
        String folded = Folded.of(heading.strip());
        return BODY_START.matcher(folded).find() && !VERB.matcher(folded).find() && heading.split("\\s+").length <= 30
                && !heading.strip().endsWith(".");
    }
}
