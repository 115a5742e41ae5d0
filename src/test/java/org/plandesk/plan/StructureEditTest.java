package org.plandesk.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.plan.io.LongCsvWriter;
import org.plandesk.plan.service.CellChange;
import org.plandesk.shared.Change;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.undo.UndoableEdit;

/** Structural edits of a plan: the task tree, groups and indicators, each one undo step that restores exactly. */
class StructureEditTest {
    @TempDir
    Path dir;

    private static List<String> tree(PlanData d) {
        return d.tasks().stream()
                .map(t -> t.parentId() + ">" + t.id() + ":" + t.sortOrder() + ":" + t.title() + ":" + t.lead())
                .sorted()
                .toList();
    }

    @Test
    void tasksAreAddedEditedMovedIndentedOutdentedAndDeletedAndEachUndoRestoresTheTree() throws Exception {
        try (AppContext ctx = TestContexts.sample(dir)) {
            long planId = ctx.plans().find("钱塘优学").orElseThrow().id();
            PlanData d = ctx.plans().load(planId);
            List<String> original = tree(d);
            Task firstSection = d.tasks().stream()
                    .filter(t -> t.parentId() == 0)
                    .findFirst()
                    .orElseThrow();
            List<Task> actions = d.tasks().stream()
                    .filter(t -> t.parentId() == firstSection.id())
                    .toList();

            UndoableEdit add = ctx.structure()
                    .addTask(
                            new Task(0, planId, firstSection.id(), TaskLevel.ACTION, "", "新增的行动", "区教育局", "各学校", 0),
                            actions.get(0).id(),
                            "新增任务");
            PlanData added = ctx.plans().load(planId);
            List<Task> now = added.tasks().stream()
                    .filter(t -> t.parentId() == firstSection.id())
                    .toList();
            assertThat(now).hasSize(actions.size() + 1);
            assertThat(now.get(1).title()).isEqualTo("新增的行动");
            assertThat(now.get(1).lead()).isEqualTo("区教育局");
            Task fresh = now.get(1);

            UndoableEdit up = ctx.structure().moveTask(planId, fresh.id(), -1, "上移");
            assertThat(ctx.plans().load(planId).tasks().stream()
                            .filter(t -> t.parentId() == firstSection.id())
                            .findFirst()
                            .orElseThrow()
                            .id())
                    .isEqualTo(fresh.id());
            assertThatThrownBy(() -> ctx.structure().moveTask(planId, fresh.id(), -1, "上移"))
                    .isInstanceOf(InputRejectedException.class);
            up.undo();

            UndoableEdit indent = ctx.structure().indentTask(planId, fresh.id(), "降级");
            assertThat(ctx.plans().load(planId).tasks().stream()
                            .filter(t -> t.id() == fresh.id())
                            .findFirst()
                            .orElseThrow()
                            .parentId())
                    .isEqualTo(actions.get(0).id());
            UndoableEdit outdent = ctx.structure().outdentTask(planId, fresh.id(), "升级");
            assertThat(ctx.plans().load(planId).tasks().stream()
                            .filter(t -> t.id() == fresh.id())
                            .findFirst()
                            .orElseThrow()
                            .parentId())
                    .isEqualTo(firstSection.id());
            outdent.undo();
            indent.undo();

            UndoableEdit edit = ctx.structure()
                    .updateTask(
                            new Task(
                                    fresh.id(),
                                    planId,
                                    fresh.parentId(),
                                    TaskLevel.ACTION,
                                    "1.9",
                                    "改名的行动",
                                    "区发改局",
                                    "区财政局",
                                    fresh.sortOrder()),
                            "编辑任务");
            assertThat(ctx.plans().load(planId).tasks().stream()
                            .filter(t -> t.id() == fresh.id())
                            .findFirst()
                            .orElseThrow()
                            .responsible())
                    .isEqualTo("区财政局");
            edit.undo();

            // deleting a section takes its actions and projects; undo brings them back with their ids
            UndoableEdit delete = ctx.structure().deleteTask(planId, firstSection.id(), "删除");
            assertThat(ctx.plans().load(planId).tasks())
                    .noneMatch(t -> t.id() == actions.get(0).id());
            delete.undo();
            add.undo();
            assertThat(tree(ctx.plans().load(planId))).isEqualTo(original);
            add.redo();
            assertThat(ctx.plans().load(planId).tasks()).anyMatch(t -> t.title().equals("新增的行动"));
        }
    }

    @Test
    void groupsAndIndicatorsAreAddedRenamedMovedAndDeletedAndUndoRestoresValuesAndHistory() throws Exception {
        try (AppContext ctx = TestContexts.sample(dir)) {
            long planId = ctx.plans().find("钱塘优学").orElseThrow().id();
            PlanData d = ctx.plans().load(planId);
            var before = new LongCsvWriter().rows(d);
            Indicator i17 = d.indicators().stream()
                    .filter(i -> i.code().equals("17"))
                    .findFirst()
                    .orElseThrow();
            Part junior = d.parts(i17).get(0);
            ctx.cells().apply(List.of(CellChange.actual(junior.id(), 2023, Observation.of(2023, 0.3), "0.3")), "实际");
            var history = ctx.plans().history("actual", junior.id());
            var withActual = new LongCsvWriter().rows(ctx.plans().load(planId));

            UndoableEdit add = ctx.structure()
                    .addIndicator(planId, i17.groupId(), "17a", "新增的指标（%）", "%", Direction.HIGHER_IS_BETTER, "新增指标");
            PlanData added = ctx.plans().load(planId);
            Indicator fresh = added.indicators().stream()
                    .filter(i -> i.code().equals("17a"))
                    .findFirst()
                    .orElseThrow();
            assertThat(fresh.groupId()).isEqualTo(i17.groupId());
            assertThat(added.parts(fresh)).hasSize(1);
            List<Indicator> group = added.indicators().stream()
                    .filter(i -> i.groupId() == i17.groupId())
                    .toList();
            assertThat(group.get(group.size() - 1).id()).isEqualTo(fresh.id());

            UndoableEdit move = ctx.structure().moveIndicator(planId, fresh.id(), -1, "上移");
            List<Indicator> moved = ctx.plans().load(planId).indicators().stream()
                    .filter(i -> i.groupId() == i17.groupId())
                    .toList();
            assertThat(moved.get(moved.size() - 2).id()).isEqualTo(fresh.id());
            move.undo();
            add.undo();
            assertThat(new LongCsvWriter().rows(ctx.plans().load(planId))).isEqualTo(withActual);

            // a group moves with its indicators; renaming checks for a duplicate name
            IndicatorGroup second = d.groups().get(1);
            UndoableEdit moveGroup = ctx.structure().moveGroup(planId, second.id(), -1, "上移一级指标");
            PlanData regrouped = ctx.plans().load(planId);
            assertThat(regrouped.indicators().get(0).groupId()).isEqualTo(second.id());
            moveGroup.undo();
            assertThatThrownBy(() -> ctx.structure()
                            .renameGroup(planId, second.id(), d.groups().get(0).name(), "改名"))
                    .isInstanceOf(InputRejectedException.class);
            UndoableEdit rename = ctx.structure().renameGroup(planId, second.id(), "好学校 全域优质", "改名");
            assertThat(ctx.plans().load(planId).groups()).anyMatch(g -> g.name().equals("好学校 全域优质"));
            rename.undo();

            // deleting an indicator takes its values; undo brings them back with the same part, so history stays
            UndoableEdit delete = ctx.structure().deleteIndicator(planId, i17.id(), "删除指标");
            assertThat(ctx.plans().load(planId).indicators()).noneMatch(i -> i.id() == i17.id());
            delete.undo();
            assertThat(new LongCsvWriter().rows(ctx.plans().load(planId))).isEqualTo(withActual);
            // the history is still attached (same part id) and only grew: the undo is logged as the value coming back
            var afterUndo = ctx.plans().history("actual", junior.id());
            assertThat(afterUndo).startsWith(history.toArray(new Change[0]));
            assertThat(afterUndo.subList(history.size(), afterUndo.size()))
                    .singleElement()
                    .satisfies(ch -> assertThat(ch.newValue()).isEqualTo("0.3"));

            UndoableEdit newGroup =
                    ctx.structure().addGroup(planId, "新的一级指标", "29", "新指标", "个", Direction.HIGHER_IS_BETTER, "新增一级指标");
            PlanData grown = ctx.plans().load(planId);
            assertThat(grown.groups()).anyMatch(g -> g.name().equals("新的一级指标"));
            assertThat(grown.indicators().get(grown.indicators().size() - 1).name())
                    .isEqualTo("新指标");
            newGroup.undo();
            UndoableEdit deleteGroup = ctx.structure().deleteGroup(planId, second.id(), "删除一级指标");
            assertThat(ctx.plans().load(planId).indicators()).noneMatch(i -> i.groupId() == second.id());
            deleteGroup.undo();
            assertThat(new LongCsvWriter().rows(ctx.plans().load(planId))).isEqualTo(withActual);
            assertThat(before).isNotEqualTo(withActual);
        }
    }
}
