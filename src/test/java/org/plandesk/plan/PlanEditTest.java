package org.plandesk.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.plan.io.LongCsvWriter;

/** Creating, editing and deleting plans, each undoable. */
class PlanEditTest {
    @TempDir
    Path dir;

    @Test
    void createEditDeleteAndUndoEach() throws Exception {
        try (AppContext ctx = TestContexts.sample(dir)) {
            var create = ctx.planEdits()
                    .create(new Plan(0, "新区三年行动计划", "新区", "行动计划", "区教育局", "", null, 2025, 2027, "", ""), "新建");
            assertThat(ctx.plans().find("新区")).isPresent();
            create.undo();
            assertThat(ctx.plans().find("新区三年行动计划")).isEmpty();
            create.redo();

            Plan qt = ctx.plans().find("钱塘优学").orElseThrow();
            var before = new LongCsvWriter().rows(ctx.plans().load(qt.id()));
            var edit = ctx.planEdits()
                    .update(
                            new Plan(
                                    qt.id(),
                                    qt.title(),
                                    "钱塘",
                                    qt.kind(),
                                    qt.issuer(),
                                    qt.docNumber(),
                                    LocalDate.of(2022, 7, 13),
                                    2022,
                                    2025,
                                    qt.source(),
                                    qt.note()),
                            "改");
            assertThat(ctx.plans().load(qt.id()).plan().period()).isEqualTo("2022–2025");
            edit.undo();
            assertThat(ctx.plans().load(qt.id()).plan()).isEqualTo(qt);

            var dup = ctx.planEdits().duplicate(qt.id(), "钱塘优学（副本）", "复制");
            Plan copy = ctx.plans().find("钱塘优学（副本）").orElseThrow();
            assertThat(new LongCsvWriter()
                            .rows(ctx.plans().load(copy.id())).stream()
                                    .map(r -> r.subList(1, 15))
                                    .toList())
                    .isEqualTo(before.stream().map(r -> r.subList(1, 15)).toList());
            var second = ctx.planEdits().duplicate(qt.id(), "钱塘优学（副本）", "复制");
            assertThat(ctx.plans().find("钱塘优学（副本） 2")).isPresent();
            second.undo();
            dup.undo();
            assertThat(ctx.plans().find("钱塘优学（副本）")).isEmpty();

            int tasks = ctx.plans().load(qt.id()).tasks().size();
            var delete = ctx.planEdits().delete(qt.id(), "删");
            assertThat(ctx.plans().find("钱塘优学")).isEmpty();
            delete.undo();
            Plan back = ctx.plans().find("钱塘优学").orElseThrow();
            assertThat(new LongCsvWriter().rows(ctx.plans().load(back.id()))).isEqualTo(before);
            assertThat(ctx.plans().load(back.id()).tasks()).hasSize(tasks);
            delete.redo();
            assertThat(ctx.plans().find("钱塘优学")).isEmpty();
        }
    }
}
