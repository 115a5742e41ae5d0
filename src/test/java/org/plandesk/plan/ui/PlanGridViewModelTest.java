package org.plandesk.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.Status;
import org.plandesk.plan.io.LongCsvWriter;
import org.plandesk.shared.BackgroundTasks;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Numbers;
import org.plandesk.shared.Problem;
import org.plandesk.shared.SameThreadTaskRunner;
import org.plandesk.shared.undo.UndoStack;
import org.plandesk.shared.undo.UndoableEdit;

/** Editing, validation, paste, fill, undo and redo of the grid, without a toolkit. */
class PlanGridViewModelTest {
    @TempDir
    Path dir;

    private AppContext ctx;
    private long planId;
    private final UndoStack undo = new UndoStack(100);
    private final List<String> status = new ArrayList<>();
    private final List<Problem> asked = new ArrayList<>();
    private boolean answer = true;

    private PlanGridViewModel controller() {
        return new PlanGridViewModel(
                ctx.cells(),
                new SameThreadTaskRunner(),
                new Messages(Messages.CHINESE),
                TestContexts.CLOCK,
                undo::push,
                () -> {},
                status::add,
                p -> {
                    asked.add(p);
                    return answer;
                });
    }

    private Map<String, List<IndicatorRow>> rows() throws Exception {
        return IndicatorRows.build(ctx.plans().load(planId), 2026);
    }

    private IndicatorRow row(String code, String part) throws Exception {
        IndicatorRow first = null;
        for (List<IndicatorRow> group : rows().values()) {
            for (IndicatorRow r : group) {
                if (r.code().equals(code)) {
                    first = r;
                }
                if (first != null
                        && r.indicatorId() == first.indicatorId()
                        && r.part().equals(part)) {
                    return r;
                }
            }
        }
        throw new AssertionError(code + " " + part);
    }

    @Test
    void typeTargetsAndActualsAndSeeTheStatus() throws Exception {
        try (AppContext c = TestContexts.sample(dir)) {
            ctx = c;
            planId = ctx.plans().find("钱塘优学").orElseThrow().id();
            PlanGridViewModel g = controller();
            assertThat(g.edit(new GridEditor.Cell(row("3", ""), 2022, true), "≥95"))
                    .isTrue();
            assertThat(g.edit(new GridEditor.Cell(row("3", ""), 2022, false), "96"))
                    .isTrue();
            assertThat(row("3", "").cell(2022).status()).isEqualTo(Status.MET);
            assertThat(status).last().asString().startsWith("已保存 10:00:00");

            assertThat(g.edit(new GridEditor.Cell(row("17", "初中"), 2022, false), "0.46"))
                    .isTrue();
            assertThat(row("17", "初中").cell(2022).status()).isEqualTo(Status.MISSED);
            assertThat(g.edit(new GridEditor.Cell(row("17", "初中"), 2022, false), "0.45"))
                    .isTrue();
            assertThat(row("17", "初中").cell(2022).status()).isEqualTo(Status.MET);

            assertThat(g.edit(new GridEditor.Cell(row("1", ""), 2023, true), "约2100"))
                    .isFalse();
            assertThat(status).last().asString().isEqualTo("无法识别“约2100”，请写成 ≥2100 或 2100（原值保留）");
            assertThat(row("1", "").cell(2023).target()).isEqualTo("≥2100");

            // A rate above 100 asks first; "no" keeps the old value.
            answer = false;
            assertThat(g.edit(new GridEditor.Cell(row("3", ""), 2023, false), "150"))
                    .isFalse();
            assertThat(asked).singleElement().extracting(Problem::key).isEqualTo("edit.outOfRange");
            assertThat(row("3", "").cell(2023).actual()).isEmpty();

            // A pasted block with an implausible value (8 as a 差异系数, whose range is 0–1) asks once for the block.
            asked.clear();
            assertThat(g.paste(List.of(List.of(new GridEditor.Cell(row("17", "小学"), 2023, false))), "8"))
                    .isFalse();
            assertThat(asked).singleElement().extracting(Problem::key).isEqualTo("edit.pasteImplausible");
            assertThat(row("17", "小学").cell(2023).actual()).isEmpty();
            answer = true;

            assertThat(undo.size()).isEqualTo(4);
            undo.undo();
            assertThat(row("17", "初中").cell(2022).actual()).isEqualTo("0.46");
            undo.undo();
            assertThat(row("17", "初中").cell(2022).actual()).isEmpty();
            undo.redo();
            assertThat(row("17", "初中").cell(2022).actual()).isEqualTo("0.46");
        }
    }

    @Test
    void pasteABlockFromExcelAsOneStepAndUndoIt() throws Exception {
        try (AppContext c = TestContexts.sample(dir)) {
            ctx = c;
            planId = ctx.plans().find("钱塘优学").orElseThrow().id();
            PlanGridViewModel g = controller();
            PlanData before = ctx.plans().load(planId);
            List<IndicatorRow> targetRows = List.of(row("3", ""), row("4", ""), row("5", ""));
            List<List<GridEditor.Cell>> block = new ArrayList<>();
            for (IndicatorRow r : targetRows) {
                block.add(List.of(
                        new GridEditor.Cell(r, 2022, true),
                        new GridEditor.Cell(r, 2022, false),
                        new GridEditor.Cell(r, 2023, true),
                        new GridEditor.Cell(r, 2023, false)));
            }
            assertThat(g.paste(block, "93\t94\t96\t95.5\n91\t90\t96\t97\n45\t48\t55\t50\n"))
                    .isTrue();
            assertThat(undo.size()).isEqualTo(1);
            assertThat(undo.nextUndo().orElseThrow().description()).isEqualTo("粘贴 12 个单元格");
            assertThat(row("4", "").cell(2022).status()).isEqualTo(Status.MISSED);
            assertThat(row("4", "").cell(2023).status()).isEqualTo(Status.MET);
            List<List<GridEditor.Cell>> fresh = new ArrayList<>();
            for (String code : List.of("3", "4", "5")) {
                IndicatorRow r = row(code, "");
                fresh.add(List.of(
                        new GridEditor.Cell(r, 2022, true),
                        new GridEditor.Cell(r, 2022, false),
                        new GridEditor.Cell(r, 2023, true),
                        new GridEditor.Cell(r, 2023, false)));
            }
            assertThat(PlanGridViewModel.copy(fresh)).isEqualTo("93\t94\t96\t95.5\n91\t90\t96\t97\n45\t48\t55\t50\n");

            // A block with one unreadable cell is refused whole.
            assertThat(g.paste(block, "93\t很多\t96\t95.5\n")).isFalse();
            assertThat(undo.size()).isEqualTo(1);

            undo.undo();
            assertThat(new LongCsvWriter().rows(ctx.plans().load(planId))).isEqualTo(new LongCsvWriter().rows(before));
        }
    }

    @Test
    void notesAndSourcesAreKeptWithTheValueMarkedAndUndoable() throws Exception {
        try (AppContext c = TestContexts.sample(dir)) {
            ctx = c;
            planId = ctx.plans().find("钱塘优学").orElseThrow().id();
            PlanGridViewModel g = controller();
            GridEditor.Cell actual = new GridEditor.Cell(row("3", ""), 2022, false);
            g.annotate(actual, "区教育局统计年报", "含民办学校");
            assertThat(status).last().asString().contains("还没有值");
            assertThat(undo.size()).isZero();
            g.edit(actual, "93.2");
            g.annotate(new GridEditor.Cell(row("3", ""), 2022, false), "区教育局统计年报", "含民办学校");
            YearCell.Annotation a = row("3", "").cell(2022).actualNote();
            assertThat(a.hasNote()).isTrue();
            assertThat(a.text()).isEqualTo("区教育局统计年报\n含民办学校");
            assertThat(row("3", "").cell(2022).targetNote().source()).startsWith("003_51df2b538ea5f98f.txt");
            assertThat(row("3", "").cell(2022).targetNote().hasNote()).isFalse();
            undo.undo();
            assertThat(row("3", "").cell(2022).actualNote().hasNote()).isFalse();
            assertThat(row("3", "").cell(2022).actual()).isEqualTo("93.2");
        }
    }

    @Test
    void fillDownAndClear() throws Exception {
        try (AppContext c = TestContexts.sample(dir)) {
            ctx = c;
            planId = ctx.plans().find("钱塘优学").orElseThrow().id();
            PlanGridViewModel g = controller();
            g.edit(new GridEditor.Cell(row("3", ""), 2024, false), "97");
            List<List<GridEditor.Cell>> column = List.of(
                    List.of(new GridEditor.Cell(row("3", ""), 2024, false)),
                    List.of(new GridEditor.Cell(row("4", ""), 2024, false)),
                    List.of(new GridEditor.Cell(row("5", ""), 2024, false)));
            g.fillDown(column);
            assertThat(row("5", "").cell(2024).actual()).isEqualTo("97");
            g.clear(List.of(column.get(1).get(0), column.get(2).get(0)));
            assertThat(row("4", "").cell(2024).actual()).isEmpty();
            assertThat(row("3", "").cell(2024).actual()).isEqualTo("97");
            assertThat(undo.size()).isEqualTo(3);
            undo.undo();
            assertThat(row("4", "").cell(2024).actual()).isEqualTo("97");
        }
    }

    /**
     * 200 edits given to the real runner as fast as the controller accepts them, then 200 undos given at once: each
     * edit and each undo records the cell's value on the writer right after it committed, so the test sees the order
     * of commits. The undos walk back through exactly the states the edits made.
     */
    @Test
    void twoHundredQuickEditsCommitInOrderAndTwoHundredUndosWalkBackThroughEveryState() throws Exception {
        ctx = TestContexts.sample(dir);
        ExecutorService ui = Executors.newSingleThreadExecutor();
        try (BackgroundTasks runner = new BackgroundTasks(ui)) {
            planId = ctx.plans().find("钱塘优学").orElseThrow().id();
            IndicatorRow r3 = row("3", "");
            List<String> afterEdit = Collections.synchronizedList(new ArrayList<>());
            UndoStack history = new UndoStack(200);
            Consumer<UndoableEdit> record = e -> {
                history.push(e);
                afterEdit.add(actualOf(r3.partId()));
            };
            PlanGridViewModel g = new PlanGridViewModel(
                    ctx.cells(),
                    runner,
                    new Messages(Messages.CHINESE),
                    TestContexts.CLOCK,
                    record,
                    () -> {},
                    s -> {},
                    p -> true);
            String before = actualOf(r3.partId());
            for (int i = 0; i < 200; i++) {
                assertThat(g.edit(new GridEditor.Cell(r3, 2022, false), Integer.toString(80 + i % 20) + "." + i))
                        .isTrue();
            }
            runner.awaitWrites();
            assertThat(afterEdit).hasSize(200);
            for (int i = 0; i < 200; i++) {
                assertThat(afterEdit.get(i)).isEqualTo(Numbers.format(Double.parseDouble((80 + i % 20) + "." + i)));
            }
            List<String> afterUndo = Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 200; i++) {
                runner.run(
                        p -> {
                            history.step(true);
                            afterUndo.add(actualOf(r3.partId()));
                            return null;
                        },
                        x -> {},
                        e -> afterUndo.add("failed: " + e));
            }
            runner.awaitWrites();
            for (int i = 0; i < 199; i++) {
                assertThat(afterUndo.get(i)).as("undo %d", i + 1).isEqualTo(afterEdit.get(198 - i));
            }
            assertThat(afterUndo.get(199)).isEqualTo(before);
        } finally {
            ui.shutdownNow();
            ctx.close();
        }
    }

    private String actualOf(long partId) {
        try {
            PlanData d = ctx.plans().load(planId);
            return d.indicators().stream()
                    .flatMap(i -> d.parts(i).stream())
                    .filter(p -> p.id() == partId)
                    .findFirst()
                    .flatMap(p -> d.actual(p, 2022))
                    .map(a -> Numbers.format(a.value()))
                    .orElse("—");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
