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
import org.plandesk.school.BalanceLink;
import org.plandesk.school.Section;

/** The indicator editor's changes: fields and parts, one undo step. */
class IndicatorEditTest {
    @TempDir
    Path dir;

    @Test
    void renameAddReorderAndDeletePartsThenUndoAndRedo() throws Exception {
        try (AppContext ctx = TestContexts.sample(dir)) {
            long planId = ctx.plans().find("钱塘优学").orElseThrow().id();
            PlanData d = ctx.plans().load(planId);
            Indicator i16 = d.indicators().stream()
                    .filter(i -> i.code().equals("16"))
                    .findFirst()
                    .orElseThrow();
            List<Part> parts = d.parts(i16);
            var before = new LongCsvWriter().rows(d);
            Indicator changed = new Indicator(
                    i16.id(),
                    i16.planId(),
                    i16.groupId(),
                    "16",
                    "优质学前教育覆盖率（分城乡）",
                    "%",
                    Direction.HIGHER_IS_BETTER,
                    Attribute.BINDING,
                    null,
                    "",
                    i16.sortOrder());
            var edit = ctx.indicatorEdits()
                    .save(
                            changed,
                            List.of(
                                    new PartEdit(parts.get(1).id(), "农村", "%"),
                                    new PartEdit(parts.get(0).id(), "城镇", "%"),
                                    new PartEdit(0, "全区", "%")),
                            new PlausibleRange(50.0, 100.0),
                            "编辑指标");
            PlanData after = ctx.plans().load(planId);
            Indicator ind = after.indicators().stream()
                    .filter(i -> i.code().equals("16"))
                    .findFirst()
                    .orElseThrow();
            assertThat(ind.name()).isEqualTo("优质学前教育覆盖率（分城乡）");
            assertThat(ind.attribute()).isEqualTo(Attribute.BINDING);
            assertThat(after.parts(ind)).extracting(Part::name).containsExactly("农村", "城镇", "全区");
            assertThat(after.range(ind)).isEqualTo(new PlausibleRange(50.0, 100.0));
            // 农村 was 分项2: its values went with it.
            assertThat(after.target(after.parts(ind).get(0), 2024)
                            .orElseThrow()
                            .target()
                            .value())
                    .isEqualTo(100.0);
            // The new part takes values at once.
            long fresh = after.parts(ind).get(2).id();
            ctx.cells().apply(List.of(CellChange.actual(fresh, 2024, Observation.of(2024, 96), "96")), "实际");
            PlanData withValue = ctx.plans().load(planId);
            assertThat(withValue.status(withValue.parts(ind).get(2), 2024, 2026))
                    .isEqualTo(Status.NO_TARGET);
            assertThat(withValue
                            .actual(withValue.parts(ind).get(2), 2024)
                            .orElseThrow()
                            .value())
                    .isEqualTo(96.0);

            edit.undo();
            // the plan keeps its id: undo changes the indicator's rows in place
            assertThat(ctx.plans().find("钱塘优学").orElseThrow().id()).isEqualTo(planId);
            assertThat(new LongCsvWriter().rows(ctx.plans().load(planId))).isEqualTo(before);
            // the range goes with the undo: back to the one the unit % implies
            assertThat(ctx.plans().load(planId).ownRange(i16)).isEmpty();
            assertThat(ctx.plans().load(planId).range(i16)).isEqualTo(new PlausibleRange(0.0, 100.0));
            assertThat(ctx.plans().load(planId).parts(i16))
                    .extracting(Part::id)
                    .containsExactlyElementsOf(parts.stream().map(Part::id).toList());
            edit.redo();
            assertThat(ctx.plans().find("钱塘优学").orElseThrow().id()).isEqualTo(planId);
            PlanData redone = ctx.plans().load(planId);
            Indicator r16 = redone.indicators().stream()
                    .filter(i -> i.code().equals("16"))
                    .findFirst()
                    .orElseThrow();
            assertThat(redone.parts(r16)).extracting(Part::name).containsExactly("农村", "城镇", "全区");
            assertThat(redone.ownRange(r16)).contains(new PlausibleRange(50.0, 100.0));

            // Deleting a part deletes its values.
            var delete = ctx.indicatorEdits()
                    .save(
                            r16,
                            List.of(new PartEdit(redone.parts(r16).get(1).id(), "城镇", "%")),
                            PlausibleRange.NONE,
                            "删除分项");
            PlanData one = ctx.plans().load(planId);
            assertThat(one.parts(one.indicators().stream()
                            .filter(i -> i.code().equals("16"))
                            .findFirst()
                            .orElseThrow()))
                    .extracting(Part::name)
                    .containsExactly("城镇");
            delete.undo();
        }
    }

    @Test
    void undoingAnIndicatorEditLeavesThePlanOtherIndicatorsTheirLinksAndOlderStepsAlone() throws Exception {
        try (AppContext ctx = TestContexts.sample(dir)) {
            long planId = ctx.plans().find("钱塘优学").orElseThrow().id();
            PlanData d = ctx.plans().load(planId);
            Indicator i17 = d.indicators().stream()
                    .filter(i -> i.code().equals("17"))
                    .findFirst()
                    .orElseThrow();
            Part junior = d.parts(i17).get(0);
            Indicator i3 = d.indicators().stream()
                    .filter(i -> i.code().equals("3"))
                    .findFirst()
                    .orElseThrow();
            Part p3 = d.parts(i3).get(0);
            // an older step: a cell edit; then 序号17 linked to the registry; then a no-op edit of 序号3
            var cell =
                    ctx.cells().apply(List.of(CellChange.actual(p3.id(), 2022, Observation.of(2022, 91), "91")), "实际");
            ctx.balanceLinks().link(new BalanceLink(junior.id(), "钱塘区", Section.JUNIOR, BalanceLink.COMPOSITE), "关联");
            var history = ctx.plans().history("actual", p3.id());
            var noOp = ctx.indicatorEdits()
                    .save(
                            i3,
                            d.parts(i3).stream()
                                    .map(p -> new PartEdit(p.id(), p.name(), p.unit()))
                                    .toList(),
                            PlausibleRange.NONE,
                            "编辑指标");
            noOp.undo();
            assertThat(ctx.plans().find("钱塘优学").orElseThrow().id()).isEqualTo(planId);
            assertThat(ctx.balanceLinks().link(junior.id())).isPresent();
            assertThat(ctx.plans().history("actual", p3.id())).isEqualTo(history);
            // the older step still does what it says
            cell.undo();
            assertThat(ctx.plans().load(planId).actual(p3, 2022)).isEmpty();
            cell.redo();
            assertThat(ctx.plans().load(planId).actual(p3, 2022).orElseThrow().value())
                    .isEqualTo(91.0);
        }
    }
}
