package org.plandesk.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.plan.io.LongCsvWriter;
import org.plandesk.plan.service.CellChange;
import org.plandesk.plan.service.IndicatorEditService.PartEdit;

/** The indicator editor's changes: fields and parts, one undo step. */
class IndicatorEditTest {
    @TempDir
    Path dir;

    @Test
    void renameAddReorderAndDeletePartsThenUndoAndRedo() throws Exception {
        try (AppContext ctx = TestContexts.sample(dir)) {
            long planId = ctx.plans().find("钱塘优学").orElseThrow().id();
            PlanData d = ctx.plans().load(planId);
            Indicator i16 = d.indicators().stream().filter(i -> i.code().equals("16")).findFirst().orElseThrow();
            List<Part> parts = d.parts(i16);
            var before = new LongCsvWriter().rows(d);
            Indicator changed = new Indicator(i16.id(), i16.planId(), i16.groupId(), "16", "优质学前教育覆盖率（分城乡）",
                    "%", Direction.HIGHER_IS_BETTER, Attribute.BINDING, null, "", i16.sortOrder());
            var edit = ctx.indicatorEdits().save(changed, List.of(new PartEdit(parts.get(1).id(), "农村", "%"),
                    new PartEdit(parts.get(0).id(), "城镇", "%"), new PartEdit(0, "全区", "%")), "编辑指标");
            PlanData after = ctx.plans().load(planId);
            Indicator ind = after.indicators().stream().filter(i -> i.code().equals("16")).findFirst().orElseThrow();
            assertThat(ind.name()).isEqualTo("优质学前教育覆盖率（分城乡）");
            assertThat(ind.attribute()).isEqualTo(Attribute.BINDING);
            assertThat(after.parts(ind)).extracting(Part::name).containsExactly("农村", "城镇", "全区");
            // 农村 was 分项2: its values went with it.
            assertThat(after.target(after.parts(ind).get(0), 2024).orElseThrow().target().value()).isEqualTo(100.0);
            // The new part takes values at once.
            long fresh = after.parts(ind).get(2).id();
            ctx.cells().apply(List.of(CellChange.actual(fresh, 2024, Observation.of(2024, 96), "96")), "实际");
            PlanData withValue = ctx.plans().load(planId);
            assertThat(withValue.status(withValue.parts(ind).get(2), 2024, 2026)).isEqualTo(Status.NO_TARGET);
            assertThat(withValue.actual(withValue.parts(ind).get(2), 2024).orElseThrow().value()).isEqualTo(96.0);

            edit.undo();
            long again = ctx.plans().find("钱塘优学").orElseThrow().id();
            assertThat(new LongCsvWriter().rows(ctx.plans().load(again))).isEqualTo(before);
            edit.redo();
            PlanData redone = ctx.plans().load(ctx.plans().find("钱塘优学").orElseThrow().id());
            Indicator r16 = redone.indicators().stream().filter(i -> i.code().equals("16")).findFirst().orElseThrow();
            assertThat(redone.parts(r16)).extracting(Part::name).containsExactly("农村", "城镇", "全区");

            // Deleting a part deletes its values.
            var delete = ctx.indicatorEdits().save(r16, List.of(new PartEdit(redone.parts(r16).get(1).id(), "城镇",
                    "%")), "删除分项");
            PlanData one = ctx.plans().load(ctx.plans().find("钱塘优学").orElseThrow().id());
            assertThat(one.parts(one.indicators().stream().filter(i -> i.code().equals("16")).findFirst().orElseThrow()))
                    .extracting(Part::name).containsExactly("城镇");
            delete.undo();
        }
    }
}
