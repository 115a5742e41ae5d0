package org.plandesk.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.io.TableFiles;
import org.plandesk.plan.io.LongCsvWriter;
import org.plandesk.plan.io.wide.WideTableParser;
import org.plandesk.shared.undo.UndoStack;

/** One import is one undo step: undo puts every touched plan back exactly, redo does the import again. */
class ImportUndoTest {
    @TempDir
    Path dir;

    private static List<List<String>> rows(AppContext ctx, String name) throws Exception {
        return new LongCsvWriter()
                .rows(ctx.plans().load(ctx.plans().find(name).orElseThrow().id()));
    }

    @Test
    void undoAndRedoAnImportIntoAnExistingPlanAndANewOne() throws Exception {
        try (AppContext ctx = TestContexts.sample(dir)) {
            String qt = ctx.plans().find("钱塘优学").orElseThrow().title();
            List<List<String>> before = rows(ctx, "钱塘优学");
            var tasksBefore = ctx.plans()
                    .load(ctx.plans().find("钱塘优学").orElseThrow().id())
                    .tasks()
                    .size();
            String table = "序号\t一级指标\t二级指标\t2023年预期\t2023年实际\n1\t好学生 全面成长\t新培养“钱塘好少年”人数(名)\t≥2150\t2180\n"
                    + "99\t新增\t新指标(%)\t≥50\t\n";
            var existing = new WideTableParser().parse(TableFiles.text(table, "t"), qt, Map.of());
            var fresh = new WideTableParser().parse(TableFiles.text(table, "t"), "全新规划", Map.of());
            UndoStack stack = new UndoStack(100);
            var first =
                    ctx.imports().importUndoable(List.of(), List.of(), existing.rows(), List.of("注：测试"), "导入 1", null);
            stack.push(first);
            stack.push(ctx.imports().importUndoable(List.of(), List.of(), fresh.rows(), List.of(), "导入 2", null));
            assertThat(first.summary().targetsWritten()).isEqualTo(2);
            assertThat(rows(ctx, "钱塘优学")).isNotEqualTo(before);
            assertThat(ctx.plans().find("全新规划")).isPresent();

            assertThat(stack.nextUndo().orElseThrow().description()).isEqualTo("导入 2");
            stack.undo();
            assertThat(ctx.plans().find("全新规划")).isEmpty();
            stack.undo();
            assertThat(rows(ctx, "钱塘优学")).isEqualTo(before);
            PlanData restored =
                    ctx.plans().load(ctx.plans().find("钱塘优学").orElseThrow().id());
            assertThat(restored.tasks()).hasSize(tasksBefore);
            assertThat(restored.plan().note()).doesNotContain("注：测试");
            assertThat(ctx.plans().plans()).hasSize(5);

            stack.redo();
            assertThat(rows(ctx, "钱塘优学")).anySatisfy(r -> assertThat(r).contains("≥2150"));
            assertThat(stack.nextRedo().orElseThrow().description()).isEqualTo("导入 2");
        }
    }
}
