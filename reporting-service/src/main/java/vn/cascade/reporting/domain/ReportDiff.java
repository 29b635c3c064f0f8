package vn.cascade.reporting.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import vn.cascade.common.events.ReportSnapshot;

/**
 * What changed between two versions of a report (issue 19), as plan-service's PlanDiff does for plans: the plain
 * fields that differ, the indicator values added, removed or changed (by code), the task progress added, removed or
 * changed (by task), and the narrative sections written, emptied or rewritten. A blank section counts as absent.
 */
public record ReportDiff(List<FieldChange> fields, IndicatorChanges indicators, TaskChanges tasks,
        SectionChanges sections) {

    /** The narrative sections, in the order a report writes them. */
    public static final List<String> SECTIONS = List.of("results", "limitations", "causes", "lessons", "proposals");

    public record FieldChange(String field, Object before, Object after) {
    }

    public record IndicatorValue(String code, Long value) {
    }

    public record IndicatorChange(String code, Long before, Long after) {
    }

    public record IndicatorChanges(List<IndicatorValue> added, List<IndicatorValue> removed,
            List<IndicatorChange> changed) {
    }

    /** @param fields which of status, percent, note differ */
    public record TaskChange(UUID taskId, ReportSnapshot.TaskProgress before, ReportSnapshot.TaskProgress after,
            List<String> fields) {
    }

    public record TaskChanges(List<ReportSnapshot.TaskProgress> added, List<ReportSnapshot.TaskProgress> removed,
            List<TaskChange> changed) {
    }

    public record Section(String section, String text) {
    }

    public record SectionChange(String section, String before, String after) {
    }

    public record SectionChanges(List<Section> added, List<Section> removed, List<SectionChange> changed) {
    }

    public boolean isEmpty() {
        return fields.isEmpty() && indicators.added().isEmpty() && indicators.removed().isEmpty()
                && indicators.changed().isEmpty() && tasks.added().isEmpty() && tasks.removed().isEmpty()
                && tasks.changed().isEmpty() && sections.added().isEmpty() && sections.removed().isEmpty()
                && sections.changed().isEmpty();
    }

    /** From {@code older} to {@code newer}. */
    public static ReportDiff between(ReportSnapshot older, ReportSnapshot newer) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "status", older.status(), newer.status());
        field(fields, "reviewComment", older.reviewComment(), newer.reviewComment());
        field(fields, "submittedBy", older.submittedBy(), newer.submittedBy());
        field(fields, "reviewedBy", older.reviewedBy(), newer.reviewedBy());
        return new ReportDiff(fields, indicators(older.indicators(), newer.indicators()),
                tasks(older.taskProgress(), newer.taskProgress()), sections(older.narrative(), newer.narrative()));
    }

    private static void field(List<FieldChange> fields, String name, String before, String after) {
        String was = blankAsNull(before);
        String is = blankAsNull(after);
        if (!Objects.equals(was, is)) {
            fields.add(new FieldChange(name, was, is));
        }
    }

    private static IndicatorChanges indicators(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> was = before == null ? Map.of() : before;
        Map<String, Long> is = after == null ? Map.of() : after;
        List<IndicatorValue> added = new ArrayList<>();
        List<IndicatorValue> removed = new ArrayList<>();
        List<IndicatorChange> changed = new ArrayList<>();
        TreeSet<String> codes = new TreeSet<>(was.keySet());
        codes.addAll(is.keySet());
        for (String code : codes) {
            if (!was.containsKey(code)) {
                added.add(new IndicatorValue(code, is.get(code)));
            } else if (!is.containsKey(code)) {
                removed.add(new IndicatorValue(code, was.get(code)));
            } else if (!Objects.equals(was.get(code), is.get(code))) {
                changed.add(new IndicatorChange(code, was.get(code), is.get(code)));
            }
        }
        return new IndicatorChanges(added, removed, changed);
    }

    private static TaskChanges tasks(List<ReportSnapshot.TaskProgress> before, List<ReportSnapshot.TaskProgress> after) {
        Map<UUID, ReportSnapshot.TaskProgress> was = byTask(before);
        Map<UUID, ReportSnapshot.TaskProgress> is = byTask(after);
        List<ReportSnapshot.TaskProgress> added = new ArrayList<>();
        List<TaskChange> changed = new ArrayList<>();
        is.forEach((task, progress) -> {
            ReportSnapshot.TaskProgress old = was.get(task);
            if (old == null) {
                added.add(progress);
            } else {
                List<String> differing = new ArrayList<>();
                differs(differing, "status", old.status(), progress.status());
                differs(differing, "percent", old.percent(), progress.percent());
                differs(differing, "note", blankAsNull(old.note()), blankAsNull(progress.note()));
                if (!differing.isEmpty()) {
                    changed.add(new TaskChange(task, old, progress, differing));
                }
            }
        });
        List<ReportSnapshot.TaskProgress> removed = was.entrySet().stream()
                .filter(entry -> !is.containsKey(entry.getKey())).map(Map.Entry::getValue).toList();
        return new TaskChanges(added, removed, changed);
    }

    /** In order; a task stated twice keeps its last statement, as the report's reading of it does. */
    private static Map<UUID, ReportSnapshot.TaskProgress> byTask(List<ReportSnapshot.TaskProgress> progress) {
        Map<UUID, ReportSnapshot.TaskProgress> byTask = new LinkedHashMap<>();
        for (ReportSnapshot.TaskProgress item : progress == null ? List.<ReportSnapshot.TaskProgress>of() : progress) {
            byTask.put(item.taskId(), item);
        }
        return byTask;
    }

    private static SectionChanges sections(ReportSnapshot.Narrative before, ReportSnapshot.Narrative after) {
        List<Section> added = new ArrayList<>();
        List<Section> removed = new ArrayList<>();
        List<SectionChange> changed = new ArrayList<>();
        for (String section : SECTIONS) {
            String was = blankAsNull(section(before, section));
            String is = blankAsNull(section(after, section));
            if (was == null && is != null) {
                added.add(new Section(section, is));
            } else if (was != null && is == null) {
                removed.add(new Section(section, was));
            } else if (was != null && !was.equals(is)) {
                changed.add(new SectionChange(section, was, is));
            }
        }
        return new SectionChanges(added, removed, changed);
    }

    private static String section(ReportSnapshot.Narrative narrative, String section) {
        if (narrative == null) {
            return null;
        }
        return switch (section) {
            case "results" -> narrative.results();
            case "limitations" -> narrative.limitations();
            case "causes" -> narrative.causes();
            case "lessons" -> narrative.lessons();
            case "proposals" -> narrative.proposals();
            default -> throw new IllegalArgumentException(section);
        };
    }

    private static void differs(List<String> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
