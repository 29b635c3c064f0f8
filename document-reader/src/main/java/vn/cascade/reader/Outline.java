package vn.cascade.reader;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The section structure of a plan: Roman sections ("I-", "I.", "II -"), numbered items ("1.", "1.1.", "2.3"),
 * lettered items ("a)"), bullets ("-") and sub-bullets ("+"), whether written as paragraphs or as rows of a task
 * table. Lines that are not headings are the body of the item above them. Lines before the first Roman section
 * are the preamble (header, title, the documents the plan implements).
 */
public final class Outline {

    public enum Kind {
        ROOT(0), SECTION(10), NUMBERED(20), LETTERED(30), BULLET(40), SUB_BULLET(50);

        final int rank;

        Kind(int rank) {
            this.rank = rank;
        }
    }

    /** What a Roman section is for, read from its heading. */
    public enum Role {
        PURPOSES, TARGETS, TASKS, IMPLEMENTATION, OTHER
    }

    public static final class Node {
        public final Kind kind;
        /** "II", "1.1", "a", or null for bullets. */
        public final String label;
        /** The heading's own text (for a table row, its content cell). */
        public final String heading;
        public final SourceLine line;
        /** For a table row, its cells. */
        public final String[] cells;
        public final List<SourceLine> body = new ArrayList<>();
        public final List<Node> children = new ArrayList<>();
        Node parent;

        public Node(Kind kind, String label, String heading, SourceLine line, String[] cells) {
            this.kind = kind;
            this.label = label;
            this.heading = heading;
            this.line = line;
            this.cells = cells;
        }

        int rank() {
            return kind == Kind.NUMBERED ? kind.rank + label.split("\\.").length : kind.rank;
        }

        public Node parent() {
            return parent;
        }

        /** The heading followed by the body, one paragraph per line. */
        public String fullText() {
            List<String> parts = new ArrayList<>();
            if (heading != null && !heading.isBlank()) {
                parts.add(heading);
            }
            body.forEach(line -> parts.add(line.text()));
            return String.join("\n", parts);
        }

        /** Everything under this node, headings of children included, as plain text. */
        public String allText() {
            StringBuilder text = new StringBuilder(fullText());
            for (Node child : children) {
                String prefix = child.kind == Kind.BULLET ? "- " : child.kind == Kind.SUB_BULLET ? "+ "
                        : child.label == null ? "" : child.label + ". ";
                text.append(text.isEmpty() ? "" : "\n").append(prefix).append(child.allText());
            }
            return text.toString();
        }

        public Role role() {
            return roleOf(heading);
        }
    }

    /**
     * What a section is for, from the words of its heading: "MỤC ĐÍCH, YÊU CẦU"; "MỤC TIÊU", "CHỈ TIÊU", "CÁC CHỈ
     * TIÊU CHỦ YẾU"; "NHIỆM VỤ, GIẢI PHÁP", "NỘI DUNG", "PHƯƠNG HƯỚNG"; "TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG THỰC HIỆN";
     * "QUAN ĐIỂM", "TÌNH HÌNH", "KẾT QUẢ", "ĐÁNH GIÁ", "THỰC TRẠNG" (an assessment, even of tasks). A heading that names both targets and
     * tasks ("MỤC TIÊU VÀ NHIỆM VỤ") holds tasks; an unknown heading is taken for tasks.
     */
    public static Role roleOf(String heading) {
        String folded = Folded.of(heading == null ? "" : heading).strip();
        boolean tasks = folded.matches(".*\\b(nhiem vu|giai phap|noi dung|phuong huong|hoat dong|cong viec|lo trinh)\\b.*");
        if (folded.contains("muc dich") || folded.contains("yeu cau") && !tasks) {
            return Role.PURPOSES;
        }
        if (folded.matches(".*\\b(to chuc thuc hien|phan cong thuc hien|trach nhiem thuc hien|to chuc chi dao)\\b.*")) {
            return Role.IMPLEMENTATION;
        }
        if (folded.matches("^(danh gia|tinh hinh|ket qua|thuc trang|quan diem|boi canh|can cu|so ket|tong ket)\\b.*")
                || !tasks && folded.matches(".*\\b(quan diem|tinh hinh|ket qua|danh gia|thuc trang)\\b.*")) {
            return Role.OTHER;
        }
        if (folded.matches(".*\\b(muc tieu|chi tieu)\\b.*") && !tasks) {
            return Role.TARGETS;
        }
        return Role.TASKS;
    }


    private static final Pattern ROMAN = Pattern.compile("^(?<label>[IVXL]{1,5})\\s*[-.–):]\\s*(?<heading>\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?<label>\\d{1,2}(?:\\.\\d{1,2}){0,3})(?:\\.|\\)|\\s*-)?\\s+(?<heading>\\S.*)$");
    private static final Pattern LETTERED = Pattern.compile("^(?<label>[a-zđ])\\)\\s*(?<heading>\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-–—•·]\\s*(?<heading>\\S.*)$");
    private static final Pattern SUB_BULLET = Pattern.compile("^\\+\\s*(?<heading>\\S.*)$");

    private final Node root = new Node(Kind.ROOT, null, null, null, null);
    private final List<SourceLine> preamble = new ArrayList<>();

    private Outline() {
    }

    public static Outline of(DocumentCleaner.CleanDocument document) {
        Outline outline = new Outline();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(outline.root);
        boolean inSections = false;
        for (SourceLine line : document.lines()) {
            Node node = line.isTableRow() ? tableNode(line, document.columns()) : proseNode(line);
            if (node != null && node.kind == Kind.SECTION) {
                inSections = true;
            }
            if (!inSections && (node == null || node.kind != Kind.SECTION)) {
                outline.preamble.add(line);
                continue;
            }
            if (node == null) {
                stack.peek().body.add(line);
                continue;
            }
            while (stack.peek().kind != Kind.ROOT && stack.peek().rank() >= node.rank()) {
                stack.pop();
            }
            node.parent = stack.peek();
            stack.peek().children.add(node);
            stack.push(node);
        }
        return outline;
    }

    private static Node proseNode(SourceLine line) {
        String text = line.text().strip();
        Matcher m = ROMAN.matcher(text);
        if (m.matches() && isUpperCaseHeading(m.group("heading"))) {
            return new Node(Kind.SECTION, m.group("label"), m.group("heading").strip(), line, null);
        }
        m = NUMBERED.matcher(text);
        if (m.matches() && !m.group("heading").startsWith("/")) {
            return new Node(Kind.NUMBERED, m.group("label"), m.group("heading").strip(), line, null);
        }
        m = LETTERED.matcher(text);
        if (m.matches()) {
            return new Node(Kind.LETTERED, m.group("label"), m.group("heading").strip(), line, null);
        }
        m = SUB_BULLET.matcher(text);
        if (m.matches()) {
            return new Node(Kind.SUB_BULLET, null, m.group("heading").strip(), line, null);
        }
        m = BULLET.matcher(text);
        if (m.matches()) {
            return new Node(Kind.BULLET, null, m.group("heading").strip(), line, null);
        }
        return null;
    }

    private static Node tableNode(SourceLine line, TableColumns columns) {
        TableColumns roles = columns != null ? columns : new TableColumns(0, 1, 2, 3, 4);
        String[] cells = line.text().split("\t", -1);
        String number = roles.cell(cells, roles.number()).replaceFirst("\\.$", "");
        String content = roles.cell(cells, roles.content());
        if (number.matches("\\d{1,2}(\\.\\d{1,2}){0,3}")) {
            return new Node(Kind.NUMBERED, number, content, line, cells);
        }
        if (number.matches("[IVXL]{1,5}")) {
            return new Node(Kind.NUMBERED, number, content, line, cells);
        }
        Matcher m = SUB_BULLET.matcher(content);
        if (m.matches()) {
            return new Node(Kind.SUB_BULLET, null, m.group("heading").strip(), line, cells);
        }
        m = BULLET.matcher(content);
        if (m.matches()) {
            return new Node(Kind.BULLET, null, m.group("heading").strip(), line, cells);
        }
        return new Node(Kind.BULLET, null, content, line, cells);
    }

    private static boolean isUpperCaseHeading(String heading) {
        String letters = heading.replaceAll("[^\\p{L}]", "");
        return !letters.isEmpty() && letters.equals(letters.toUpperCase());
    }

    public List<SourceLine> preamble() {
        return preamble;
    }

    public List<Node> sections() {
        return root.children;
    }

    public List<Node> sections(Role role) {
        return root.children.stream().filter(node -> node.kind == Kind.SECTION && node.role() == role).toList();
    }

    /** The source line numbers of the sections of this role, headings and everything under them included. */
    public java.util.Set<Integer> lines(Role role) {
        java.util.Set<Integer> lines = new java.util.HashSet<>();
        sections(role).forEach(section -> linesOf(section, lines));
        return lines;
    }

    private static void linesOf(Node node, java.util.Set<Integer> lines) {
        if (node.line != null) {
            lines.add(node.line.number());
        }
        node.body.forEach(line -> lines.add(line.number()));
        node.children.forEach(child -> linesOf(child, lines));
    }

    /** The text of the sections with this role, sub-headings included. */
    public String text(Role role) {
        return sections(role).stream().map(Node::allText).collect(Collectors.joining("\n"));
    }
}
