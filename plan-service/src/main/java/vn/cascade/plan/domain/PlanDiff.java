package vn.cascade.plan.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.cascade.common.documents.Target;

/**
 * What changed between two versions of a plan (issue 19): the plain fields that differ, and the targets and tasks
 * added, removed or changed. Targets are matched by indicator code (by label when they have none), tasks by number
 * (by text when unnumbered), so that a renumbered or reworded task shows as removed and added.
 */
public record PlanDiff(List<FieldChange> fields, Changes<Target> targets, Changes<PlanContent.Task> tasks) {

    /** @param before and {@code after}: the values as stored, null when absent */
    public record FieldChange(String field, Object before, Object after) {
    }

    /** @param fields of a changed item, the names of those that differ */
    public record Changed<T>(String key, T before, T after, List<String> fields) {
    }

    public record Changes<T>(List<T> added, List<T> removed, List<Changed<T>> changed) {
    }

    public boolean isEmpty() {
        return fields.isEmpty() && targets.added().isEmpty() && targets.removed().isEmpty()
                && targets.changed().isEmpty() && tasks.added().isEmpty() && tasks.removed().isEmpty()
                && tasks.changed().isEmpty();
    }

    /** From {@code older} to {@code newer}. */
    public static PlanDiff between(PlanContent older, PlanContent newer) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "symbol", older.symbol(), newer.symbol());
        field(fields, "issueDate", older.issueDate(), newer.issueDate());
        field(fields, "issuePlace", older.issuePlace(), newer.issuePlace());
        field(fields, "title", older.title(), newer.title());
        field(fields, "purposes", older.purposes(), newer.purposes());
        field(fields, "requirements", older.requirements(), newer.requirements());
        field(fields, "implementation", older.implementation(), newer.implementation());
        field(fields, "implementsDirective", older.implementsDirective(), newer.implementsDirective());
        field(fields, "parentPlanId", older.parentPlanId(), newer.parentPlanId());
        field(fields, "basedOn", older.basedOn(), newer.basedOn());
        field(fields, "reportingRequirements", withoutIds(older.reportingRequirements()),
                withoutIds(newer.reportingRequirements()));
        field(fields, "recipients", older.recipients(), newer.recipients());
        field(fields, "signer", older.signer(), newer.signer());
        field(fields, "subordinatePlanAddressees", older.subordinatePlanAddressees(), newer.subordinatePlanAddressees());
        field(fields, "subordinatePlanDeadline", older.subordinatePlanDeadline(), newer.subordinatePlanDeadline());
        field(fields, "status", older.status(), newer.status());
        field(fields, "statusReason", older.statusReason(), newer.statusReason());
        field(fields, "amendedBy", older.amendedBy(), newer.amendedBy());
        field(fields, "replacedBy", older.replacedBy(), newer.replacedBy());
        List<PlanContent.Task> olderTasks = nested(older.tasks());
        List<PlanContent.Task> newerTasks = nested(newer.tasks());
        taskOrder(fields, olderTasks, newerTasks);
        return new PlanDiff(fields,
                compare(older.targets(), newer.targets(), PlanDiff::targetKey, PlanDiff::targetFields),
                compare(olderTasks, newerTasks, PlanDiff::taskKey, PlanDiff::taskFields));
    }

    /**
     * Each task with its parent as the numbers place it, so that versions written before tasks nested compare with
     * later ones on the same footing.
     */
    private static List<PlanContent.Task> nested(List<PlanContent.Task> tasks) {
        if (tasks == null) {
            return List.of();
        }
        int[] parents = TaskNumbering.parents(tasks.stream().map(PlanContent.Task::number).toList());
        List<PlanContent.Task> nested = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            nested.add(tasks.get(i).withParentNumber(parents[i] < 0 ? null : tasks.get(parents[i]).number()));
        }
        return nested;
    }

    /**
     * The tasks both versions have, listed in another order: one field change ("taskOrder") with their keys in each
     * order, rather than every task after a moved one shown as changed.
     */
    private static void taskOrder(List<FieldChange> fields, List<PlanContent.Task> before, List<PlanContent.Task> after) {
        List<String> was = List.copyOf(index(before, PlanDiff::taskKey).keySet());
        List<String> is = List.copyOf(index(after, PlanDiff::taskKey).keySet());
        List<String> keptWas = was.stream().filter(is::contains).toList();
        List<String> keptIs = is.stream().filter(was::contains).toList();
        if (!keptWas.equals(keptIs)) {
            fields.add(new FieldChange("taskOrder", keptWas, keptIs));
        }
    }

    private static void field(List<FieldChange> fields, String name, Object before, Object after) {
        Object was = emptyAsNull(before);
        Object is = emptyAsNull(after);
        if (!Objects.equals(was, is)) {
            fields.add(new FieldChange(name, was, is));
        }
    }

    private static Object emptyAsNull(Object value) {
        return value instanceof List<?> list && list.isEmpty() || value instanceof String text && text.isBlank() ? null : value;
    }

    /** Requirement ids are drawn anew when content is written: compared on what the plan says. */
    private static List<ReportingRequirement> withoutIds(List<ReportingRequirement> requirements) {
        return requirements == null ? null : requirements.stream().map(requirement -> new ReportingRequirement(null,
                requirement.reporterCodes(), requirement.recipientCode(), requirement.viaCode(),
                requirement.frequencies(), requirement.years(), requirement.dueDaysAfterPeriodEnd(),
                requirement.reminderDaysBeforeDue())).toList();
    }

    private static <T> Changes<T> compare(List<T> before, List<T> after, Function<T, String> key,
            FieldDiffer<T> differ) {
        Map<String, T> was = index(before, key);
        Map<String, T> is = index(after, key);
        List<T> added = new ArrayList<>();
        List<Changed<T>> changed = new ArrayList<>();
        is.forEach((k, item) -> {
            T old = was.get(k);
            if (old == null) {
                added.add(item);
            } else {
                List<String> differing = differ.differing(old, item);
                if (!differing.isEmpty()) {
                    changed.add(new Changed<>(k, old, item, differing));
                }
            }
        });
        List<T> removed = was.entrySet().stream().filter(entry -> !is.containsKey(entry.getKey()))
                .map(Map.Entry::getValue).toList();
        return new Changes<>(added, removed, changed);
    }

    private interface FieldDiffer<T> {
        List<String> differing(T before, T after);
    }

    /** In order; a key seen twice gets a suffix (#2), so that nothing is lost. */
    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> indexed = new LinkedHashMap<>();
        for (T item : items == null ? List.<T>of() : items) {
            String k = key.apply(item);
            String unique = k;
            for (int n = 2; indexed.containsKey(unique); n++) {
                unique = k + " #" + n;
            }
            indexed.put(unique, item);
        }
        return indexed;
    }

    private static String targetKey(Target target) {
        return target.indicatorCode() != null ? target.indicatorCode() : "label:" + target.label();
    }

    private static List<String> targetFields(Target before, Target after) {
        List<String> fields = new ArrayList<>();
        differs(fields, "label", before.label(), after.label());
        differs(fields, "comparator", before.comparator(), after.comparator());
        differs(fields, "value", before.value() == null ? null : before.value().stripTrailingZeros(),
                after.value() == null ? null : after.value().stripTrailingZeros());
        differs(fields, "upperValue", before.upperValue() == null ? null : before.upperValue().stripTrailingZeros(),
                after.upperValue() == null ? null : after.upperValue().stripTrailingZeros());
        differs(fields, "unit", before.unit(), after.unit());
        differs(fields, "period", before.period(), after.period());
        if (fields.isEmpty() && !before.equals(after)) {
            fields.add("other");
        }
        return fields;
    }

    private static String taskKey(PlanContent.Task task) {
        return task.number() != null && !task.number().isBlank() ? task.number() : "text:" + task.text();
    }

    private static List<String> taskFields(PlanContent.Task before, PlanContent.Task after) {
        List<String> fields = new ArrayList<>();
        differs(fields, "text", before.text(), after.text());
        differs(fields, "leadUnits", before.leadUnits(), after.leadUnits());
        differs(fields, "cooperatingUnits", before.cooperatingUnits(), after.cooperatingUnits());
        differs(fields, "timeframe", before.timeframe(), after.timeframe());
        differs(fields, "dueDate", before.dueDate(), after.dueDate());
        differs(fields, "parentNumber", before.parentNumber(), after.parentNumber());
        return fields;
    }

    private static void differs(List<String> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }
}
