package vn.cascade.plan.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cascade.plan.domain.Timeframe;
import vn.cascade.reader.Folded;
import vn.cascade.reader.ImportWarning;
import vn.cascade.reader.Outline;
import vn.cascade.reader.SourceLine;
import vn.cascade.reader.TableColumns;
import vn.cascade.reader.UnitReader;

/**
 * Tasks from the task sections of a plan. An item with sub-items is a group and its sub-items are the tasks; an item
 * without is a task. A group whose heading names bodies ("1. Ban Tổ chức Trung ương") makes them the lead of its
 * tasks. Sub-bullets ("+") belong to the task above them. Numbers are the document's own ("1.1"); bullets are
 * numbered under their item ("1.1.2"); when a plan has several task sections the Roman numeral comes first
 * ("IV.1.2"). A document without sections (a news summary) gives a task for each paragraph that states a deadline.
 */
public final class TaskReader {

    public record ImportedTask(String number, String text, List<String> lead, List<String> cooperating,
            Timeframe timeframe, boolean timeframeRead, SourceLine line) {
    }

    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-–•+]|\\d{1,2}[.)]|[a-zđ]\\))\\s*");
    private static final Pattern ANNOUNCES = Pattern.compile("(?:nhu sau|sau day|(?:noi dung|nhiem vu|viec|cong viec) sau)\\s*:\\s*$");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]{3,120})\\)");

    private final TableColumns columns;
    private final List<ImportedTask> tasks = new ArrayList<>();
    private final List<ImportWarning> warnings;

    private TaskReader(TableColumns columns, List<ImportWarning> warnings) {
        this.columns = columns;
        this.warnings = warnings;
    }

    public static List<ImportedTask> read(Outline outline, TableColumns columns, List<ImportWarning> warnings) {
        TaskReader reader = new TaskReader(columns, warnings);
        List<Outline.Node> sections = outline.sections(Outline.Role.TASKS);
        if (outline.sections().isEmpty()) {
            reader.fromParagraphs(outline.preamble());
        }
        for (Outline.Node section : sections) {
            String prefix = sections.size() > 1 ? section.label + "." : "";
            if (section.children.isEmpty()) {
                int n = 0;
                for (SourceLine paragraph : section.body) {
                    reader.task(prefix + (++n), paragraph.text(), paragraph, null, List.of());
                }
            } else {
                reader.children(section, prefix, List.of());
            }
        }
        return reader.tasks;
    }

    /**
     * A text without sections (a news item, a portal post): a paragraph that states a deadline is a task, and so is
     * each list item under a paragraph that announces them ("… thực hiện một số nội dung sau:", "… như sau:").
     */
    private void fromParagraphs(List<SourceLine> paragraphs) {
        int n = 0;
        boolean listing = false;
        for (SourceLine paragraph : paragraphs) {
            String text = paragraph.text().strip();
            boolean item = LIST_ITEM.matcher(text).find();
            if (listing && item) {
                task(String.valueOf(++n), LIST_ITEM.matcher(text).replaceFirst(""), paragraph, null, List.of());
            } else if (parenthesised(text).isPresent()) {
                task(String.valueOf(++n), text, paragraph, null, List.of());
            }
            listing = listing && item || ANNOUNCES.matcher(Folded.of(text)).find();
        }
    }

    private void children(Outline.Node group, String prefix, List<String> inheritedLead) {
        Set<String> taken = new HashSet<>();
        for (Outline.Node child : group.children) {
            if (child.kind == Outline.Kind.NUMBERED) {
                taken.add(child.label);
            }
        }
        int bullet = 0;
        String base = group.kind == Outline.Kind.SECTION ? "" : number(group, prefix);
        for (Outline.Node child : group.children) {
            String number;
            if (child.kind == Outline.Kind.NUMBERED) {
                number = prefix + child.label;
            } else if (child.kind == Outline.Kind.LETTERED) {
                number = prefix + (base.isEmpty() ? "" : base + ".") + child.label;
            } else {
                String candidate;
                do {
                    candidate = (base.isEmpty() ? "" : base + ".") + (++bullet);
                } while (taken.contains(candidate));
                number = prefix + candidate;
            }
            node(child, number, prefix, inheritedLead);
        }
    }

    private static String number(Outline.Node node, String prefix) {
        return node.label == null ? "" : node.label;
    }

    private void node(Outline.Node node, String number, String prefix, List<String> inheritedLead) {
        List<Outline.Node> items = node.children.stream().filter(c -> c.kind != Outline.Kind.SUB_BULLET).toList();
        boolean bodies = node.cells == null && UnitReader.namesBodies(node.heading);
        List<String> lead = bodies ? UnitReader.split(node.heading) : inheritedLead;
        if (!items.isEmpty()) {
            if (node.cells != null && hasAssignment(node.cells)) {
                warnings.add(new ImportWarning(node.line.number(), node.line.text().replace('\t', ' ').strip(),
                        "units or timeframe on a heading row were not placed: its tasks carry their own"));
            }
            Outline.Node renumbered = node.label == null ? withLabel(node, number.substring(prefix.length())) : node;
            children(renumbered, prefix, lead);
            return;
        }
        StringBuilder text = new StringBuilder();
        if (bodies && !node.body.isEmpty()) {
            node.body.forEach(line -> text.append(text.isEmpty() ? "" : "\n").append(line.text()));
        } else {
            text.append(node.fullText());
        }
        for (Outline.Node sub : node.children) {
            text.append("\n+ ").append(sub.allText());
        }
        task(number, text.toString(), node.line, node.cells, lead);
    }

    private boolean hasAssignment(String[] cells) {
        return !columns.cell(cells, columns.lead()).isEmpty() || !columns.cell(cells, columns.cooperating()).isEmpty()
                || !columns.cell(cells, columns.timeframe()).isEmpty();
    }

    private static Outline.Node withLabel(Outline.Node node, String label) {
        Outline.Node copy = new Outline.Node(Outline.Kind.NUMBERED, label, node.heading, node.line, node.cells);
        copy.children.addAll(node.children);
        copy.body.addAll(node.body);
        return copy;
    }

    private void task(String number, String text, SourceLine line, String[] cells, List<String> inheritedLead) {
        List<String> lead = new ArrayList<>();
        List<String> cooperating = new ArrayList<>();
        Optional<Timeframe> timeframe = Optional.empty();
        if (cells != null && columns != null) {
            lead.addAll(UnitReader.split(columns.cell(cells, columns.lead())));
            cooperating.addAll(UnitReader.split(columns.cell(cells, columns.cooperating())));
            timeframe = Timeframe.read(columns.cell(cells, columns.timeframe()));
        }
        if (lead.isEmpty()) {
            UnitReader.Assignment assignment = UnitReader.fromSentence(text);
            lead.addAll(assignment.lead());
            cooperating.addAll(assignment.cooperating());
        }
        if (lead.isEmpty()) {
            lead.addAll(inheritedLead);
        }
        if (timeframe.isEmpty()) {
            timeframe = parenthesised(text);
        }
        if (timeframe.isEmpty()) {
            timeframe = Timeframe.read(text).map(read -> new Timeframe(read.kind(), read.month(), read.year(), null, phrase(read)));
        }
        boolean read = timeframe.isPresent();
        if (!read) {
            warnings.add(new ImportWarning(line.number(), abbreviate(text),
                    "no timeframe could be read for task " + number + "; set to ONGOING, check it"));
        }
        tasks.add(new ImportedTask(number, text.strip(), lead, cooperating,
                timeframe.orElse(new Timeframe(vn.cascade.plan.domain.TimeframeKind.ONGOING, null, null, null, null)),
                read, line));
    }

    /** A timeframe in parentheses, the last one that reads as one: "(hoàn thành trong tháng 8/2022)". */
    static Optional<Timeframe> parenthesised(String text) {
        Matcher m = PARENTHESES.matcher(text);
        Optional<Timeframe> found = Optional.empty();
        while (m.find()) {
            Optional<Timeframe> read = Timeframe.read(m.group(1));
            if (read.isPresent()) {
                found = read;
            }
        }
        return found;
    }

    /** For a timeframe read from a whole task, keep no text: the task's text is not its timeframe's words. */
    private static String phrase(Timeframe read) {
        return null;
    }

    static String abbreviate(String text) {
        return ImportWarning.abbreviate(text);
    }
}
