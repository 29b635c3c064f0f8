package vn.cascade.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cascade.common.documents.Target;

class PlanDiffTest {

    @Test
    void shouldFindNothingBetweenAVersionAndItself() {
        PlanContent plan = plan("Kế hoạch", List.of(task("1", "Quán triệt Nghị quyết")), List.of(admissions(130)));
        assertTrue(PlanDiff.between(plan, plan).isEmpty());
    }

    @Test
    void shouldNameTheFieldsTargetsAndTasksThatChanged() {
        PlanContent before = plan("Kế hoạch thực hiện Nghị quyết", List.of(task("1", "Quán triệt Nghị quyết"),
                task("2", "Rà soát chi bộ")), List.of(admissions(130)));
        PlanContent after = plan("Kế hoạch thực hiện Nghị quyết (sửa đổi)", List.of(task("1", "Quán triệt, triển khai Nghị quyết"),
                task("3", "Kiện toàn cấp ủy")), List.of(admissions(150)));

        PlanDiff diff = PlanDiff.between(before, after);

        assertEquals(List.of("title"), diff.fields().stream().map(PlanDiff.FieldChange::field).toList());
        assertEquals("Kế hoạch thực hiện Nghị quyết", diff.fields().getFirst().before());
        assertEquals(List.of("value"), diff.targets().changed().getFirst().fields());
        assertEquals("NEW_MEMBERS_ADMITTED", diff.targets().changed().getFirst().key());
        assertEquals(List.of("3"), diff.tasks().added().stream().map(PlanContent.Task::number).toList());
        assertEquals(List.of("2"), diff.tasks().removed().stream().map(PlanContent.Task::number).toList());
        assertEquals("1", diff.tasks().changed().getFirst().key());
        assertEquals(List.of("text"), diff.tasks().changed().getFirst().fields());
    }

    @Test
    void shouldShowATaskMovedUnderAnotherAndTasksReordered() {
        // 2.1 had no "2" above it; the amendment adds "2" and lists 1.1 after 2.1
        PlanContent before = plan("KH", List.of(task("1", "Tuyên truyền"), task("1.1", "Quán triệt"),
                task("2.1", "Kiện toàn")), List.of());
        PlanContent after = plan("KH", List.of(task("1", "Tuyên truyền"), task("2", "Tổ chức"), task("2.1", "Kiện toàn"),
                task("1.1", "Quán triệt")), List.of());
        PlanDiff diff = PlanDiff.between(before, after);
        assertEquals(List.of("2"), diff.tasks().added().stream().map(PlanContent.Task::number).toList());
        assertEquals(1, diff.tasks().changed().size());
        assertEquals("2.1", diff.tasks().changed().getFirst().key());
        assertEquals(List.of("parentNumber"), diff.tasks().changed().getFirst().fields());
        assertEquals("2", diff.tasks().changed().getFirst().after().parentNumber());
        PlanDiff.FieldChange order = diff.fields().stream().filter(field -> field.field().equals("taskOrder"))
                .findFirst().orElseThrow();
        assertEquals(List.of("1", "1.1", "2.1"), order.before());
        assertEquals(List.of("1", "2.1", "1.1"), order.after());
    }

    @Test
    void shouldMatchUnnumberedTasksByTextAndKeepDuplicates() {
        PlanContent before = plan("KH", List.of(task(null, "Tuyên truyền"), task(null, "Tuyên truyền")), List.of());
        PlanContent after = plan("KH", List.of(task(null, "Tuyên truyền")), List.of());
        PlanDiff diff = PlanDiff.between(before, after);
        assertEquals(1, diff.tasks().removed().size(), "the second of two equal bullets is gone");
        assertTrue(diff.tasks().added().isEmpty());
    }

    private static PlanContent plan(String title, List<PlanContent.Task> tasks, List<Target> targets) {
        return new PlanContent("68-KH/HU", "KH", "HU-VINHLINH", LocalDate.of(2023, 1, 9), "Vĩnh Linh", title,
                "Mục đích", "Yêu cầu", "Tổ chức thực hiện", null, null, List.of(), targets, tasks, List.of(), List.of(),
                new Signer("T/M BAN THƯỜNG VỤ", "Bí thư", "Trần Nhật Quang"), List.of(), null, "ISSUED", null,
                List.of(), null);
    }

    private static PlanContent.Task task(String number, String text) {
        return new PlanContent.Task(UUID.nameUUIDFromBytes((number + text).getBytes()), number, text,
                List.of(new Unit("BTC-HU-VINHLINH", "Ban Tổ chức Huyện ủy")), List.of(), null, null);
    }

    private static Target admissions(int value) {
        return new Target("NEW_MEMBERS_ADMITTED", "Kết nạp đảng viên mới mỗi năm", Target.Comparator.AT_LEAST,
                BigDecimal.valueOf(value), null, Target.Unit.COUNT,
                new Target.TargetPeriod(Target.TargetPeriod.Kind.ANNUALLY, 2023, 2030), null, null, null, null);
    }
}
