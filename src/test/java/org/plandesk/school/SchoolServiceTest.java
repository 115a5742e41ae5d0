package org.plandesk.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.io.TableFiles;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.Part;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.Status;
import org.plandesk.school.io.ExampleSchools;
import org.plandesk.school.io.SchoolTable;
import org.plandesk.school.io.SchoolTableParser;
import org.plandesk.school.service.BalanceLinkService;
import org.plandesk.school.service.SchoolImportService;
import org.plandesk.school.service.SchoolService;
import org.plandesk.shared.Change;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.undo.UndoableEdit;

/** The registry on a real workspace: import all or nothing, undo, edits with history, and linked plan actuals. */
class SchoolServiceTest {
    @TempDir
    Path dir;

    private static SchoolTable example() throws Exception {
        return new SchoolTableParser().parse(TableFiles.read(ExampleSchools.bytes(), "example.csv", null));
    }

    private static SchoolTable table(String csv) throws Exception {
        return new SchoolTableParser().parse(TableFiles.read(csv.getBytes(StandardCharsets.UTF_8), "t.csv", null));
    }

    @Test
    void importingTheExampleTwiceChangesNothingTheSecondTimeAndUndoEmptiesTheRegistry() throws Exception {
        try (AppContext ctx = TestContexts.empty(dir, "w")) {
            SchoolImportService.Result first = ctx.schoolImports().apply(example());
            assertThat(first.summary()).isEqualTo(new SchoolImportService.Summary(16, 0, 40, 0, 0));
            assertThat(ctx.schools().schoolCount()).isEqualTo(16);
            assertThat(ctx.schools().years()).containsExactly(2024, 2023);
            assertThat(ctx.schoolImports().preview(example()))
                    .isEqualTo(new SchoolImportService.Summary(0, 0, 0, 0, 40));
            first.undo().undo();
            assertThat(ctx.schools().schoolCount()).isZero();
            assertThat(ctx.schools().years()).isEmpty();
            first.undo().redo();
            assertThat(ctx.schools().rows(2024)).hasSize(20);
        }
    }

    @Test
    void aTableWithOneBadRowWritesNothing() throws Exception {
        try (AppContext ctx = TestContexts.empty(dir, "w")) {
            String good = new String(ExampleSchools.bytes(), StandardCharsets.UTF_8);
            String bad = good + "SL9999,示例坏学校（虚构）,示例区,小学,公办,2024,小学,很多,1,1,1,1,1,1,1,1,,,\n";
            SchoolTable t = table(bad);
            assertThat(t.problems()).hasSize(1);
            assertThat(t.problems().get(0).row()).isEqualTo(43);
            assertThatThrownBy(() -> ctx.schoolImports().apply(t)).isInstanceOf(InputRejectedException.class);
            assertThat(ctx.schools().schoolCount()).isZero();
        }
    }

    @Test
    void aCancelledImportLeavesTheRegistryAsItWas() throws Exception {
        try (AppContext ctx = TestContexts.empty(dir, "w")) {
            assertThatThrownBy(() -> ctx.schoolImports().apply(example(), () -> true))
                    .isInstanceOf(CancellationException.class);
            assertThat(ctx.schools().schoolCount()).isZero();
            assertThat(ctx.schools().years()).isEmpty();
        }
    }

    @Test
    void aTableWithFewerColumnsUpdatesOnlyWhatItHasAndUndoPutsItBack() throws Exception {
        try (AppContext ctx = TestContexts.empty(dir, "w")) {
            ctx.schoolImports().apply(example());
            BalanceReport before = ctx.balance().report(2024, null);
            SchoolImportService.Result r = ctx.schoolImports()
                    .apply(table("学校代码,学校名称,区县,学校类型,年份,学部,在校生数\nSL0101,示例第一小学（虚构）,示例区,小学,2024,小学,2500\n"));
            assertThat(r.summary()).isEqualTo(new SchoolImportService.Summary(0, 0, 0, 1, 0));
            SchoolService.RegistryRow row = ctx.schools().rows(2024).stream()
                    .filter(x -> x.school().code().equals("SL0101"))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.figures().get(Figure.STUDENTS)).isEqualTo(2500);
            assertThat(row.figures().has(Figure.FLOOR_AREA)).isTrue();
            assertThat(row.school().eduGroup()).isEqualTo("示例第一教育集团（虚构）");
            assertThat(ctx.schools().history(row.figuresId(), Figure.STUDENTS))
                    .last()
                    .satisfies(ch -> assertThat(ch.newValue()).isEqualTo("2500"));
            r.undo().undo();
            assertThat(ctx.balance().report(2024, null).stages().get(0).compositeCv())
                    .isEqualTo(before.stages().get(0).compositeCv());
        }
    }

    @Test
    void editsAreSavedLoggedAndUndoneAndNotesKept() throws Exception {
        try (AppContext ctx = TestContexts.empty(dir, "w")) {
            ctx.schoolImports().apply(example());
            SchoolService.RegistryRow row = ctx.schools().rows(2024).get(0);
            double old = row.figures().get(Figure.SPORTS_AREA);
            UndoableEdit edit = ctx.schools()
                    .setFigures(
                            List.of(new SchoolService.FigureEdit(
                                    row.school().id(), 2024, row.figures().section(), Figure.SPORTS_AREA, 12_345)),
                            "编辑");
            assertThat(ctx.schools().rows(2024).get(0).figures().get(Figure.SPORTS_AREA))
                    .isEqualTo(12_345);
            assertThat(ctx.schools().history(row.figuresId(), Figure.SPORTS_AREA))
                    .last()
                    .satisfies(ch -> assertThat(ch.newValue()).isEqualTo("12345"));
            edit.undo();
            assertThat(ctx.schools().rows(2024).get(0).figures().get(Figure.SPORTS_AREA))
                    .isEqualTo(old);
            ctx.schools().annotate(row.figuresId(), Figure.SPORTS_AREA, new FigureNote("含租用场馆", "2024 年教育事业统计"));
            assertThat(ctx.schools().rows(2024).get(0).note(Figure.SPORTS_AREA).source())
                    .isEqualTo("2024 年教育事业统计");
        }
    }

    @Test
    void aLinkedPlanIndicatorTakesItsActualsFromTheRegistryAndFollowsEdits() throws Exception {
        try (AppContext ctx = TestContexts.sample(dir)) {
            ctx.schoolImports().apply(example());
            long planId = ctx.plans().find("钱塘优学").orElseThrow().id();
            PlanData d = ctx.plans().load(planId);
            Indicator i17 = d.indicators().stream()
                    .filter(i -> i.code().equals("17"))
                    .findFirst()
                    .orElseThrow();
            Part junior = d.parts(i17).stream()
                    .filter(p -> p.name().equals("初中"))
                    .findFirst()
                    .orElseThrow();
            UndoableEdit link = ctx.balanceLinks()
                    .link(new BalanceLink(junior.id(), "示例区", Section.JUNIOR, BalanceLink.COMPOSITE), "关联");
            double expected = ctx.balance()
                    .report(2024, "示例区")
                    .stage("示例区", Section.JUNIOR)
                    .orElseThrow()
                    .compositeCv();
            PlanData linked = ctx.plans().load(planId);
            var actual = linked.actual(junior, 2024).orElseThrow();
            assertThat(actual.value()).isCloseTo(expected, within(0.0005));
            assertThat(actual.text()).isEqualTo(String.format(Locale.ROOT, "%.3f", expected));
            assertThat(actual.source())
                    .startsWith(BalanceLinkService.SOURCE_PREFIX)
                    .contains("示例区", "初中");
            assertThat(linked.actual(junior, 2023)).isPresent();
            assertThat(linked.actual(junior, 2022)).isEmpty();
            // ≤0.25 in 2024, and the example's junior composite is well below it
            assertThat(linked.status(junior, 2024, 2026)).isEqualTo(Status.MET);

            // an edit to a school's figures moves the plan's actual
            SchoolService.RegistryRow row = ctx.schools().rows(2024).stream()
                    .filter(r -> r.school().code().equals("SL0203"))
                    .findFirst()
                    .orElseThrow();
            UndoableEdit edit = ctx.schools()
                    .setFigures(
                            List.of(new SchoolService.FigureEdit(
                                    row.school().id(), 2024, Section.JUNIOR, Figure.EQUIPMENT_VALUE, 20_000_000)),
                            "编辑");
            double moved =
                    ctx.plans().load(planId).actual(junior, 2024).orElseThrow().value();
            assertThat(moved).isGreaterThan(expected + 0.01);
            edit.undo();
            assertThat(ctx.plans()
                            .load(planId)
                            .actual(junior, 2024)
                            .orElseThrow()
                            .value())
                    .isCloseTo(expected, within(0.0005));

            link.undo();
            assertThat(ctx.plans().load(planId).actual(junior, 2024)).isEmpty();
            assertThat(ctx.balanceLinks().link(junior.id())).isEmpty();
        }
    }

    @Test
    void aSchoolAddedByHandGetsARowPerSectionAndADuplicateCodeIsRefused() throws Exception {
        try (AppContext ctx = TestContexts.empty(dir, "w")) {
            ctx.schoolImports().apply(example());
            UndoableEdit add = ctx.schools()
                    .addSchool(
                            new School(0, "SL0901", "示例新建学校（虚构）", "示例区", "", SchoolType.NINE_YEAR, "公办", null, ""),
                            2024,
                            "新增学校");
            assertThat(ctx.schools().rows(2024).stream()
                            .filter(r -> r.school().code().equals("SL0901")))
                    .extracting(r -> r.figures().section())
                    .containsExactly(Section.PRIMARY, Section.JUNIOR);
            assertThatThrownBy(() -> ctx.schools()
                            .addSchool(
                                    new School(0, "SL0901", "重复", "示例区", "", SchoolType.PRIMARY, "", null, ""),
                                    2024,
                                    "x"))
                    .isInstanceOf(InputRejectedException.class);
            assertThatThrownBy(() -> ctx.schools()
                            .addSchool(
                                    new School(0, "SL0902", "无区县", " ", "", SchoolType.PRIMARY, "", null, ""),
                                    2024,
                                    "x"))
                    .isInstanceOf(InputRejectedException.class);
            // its empty sections take no part in the statistics until they have students (left out with a warning)
            var stage = ctx.balance()
                    .report(2024, "示例区")
                    .stage("示例区", Section.PRIMARY)
                    .orElseThrow();
            assertThat(stage.warnings()).anySatisfy(w -> assertThat(w.args()).contains("示例新建学校（虚构）"));
            UndoableEdit kg = ctx.schools()
                    .addSchool(
                            new School(0, "KG01", "示例幼儿园（虚构）", "示例区", "", SchoolType.KINDERGARTEN, "公办", null, ""),
                            2024,
                            "新增幼儿园");
            assertThat(ctx.schools().rows(2024).stream()
                            .filter(r -> r.school().code().equals("KG01")))
                    .extracting(r -> r.figures().section())
                    .containsExactly(Section.WHOLE);
            kg.undo();
            add.undo();
            assertThat(ctx.schools().rows(2024))
                    .noneMatch(r -> r.school().code().startsWith("SL09"));
            add.redo();
            assertThat(ctx.schools().rows(2024)).anyMatch(r -> r.school().code().equals("SL0901"));
        }
    }

    @Test
    void deletingASchoolIsUndoneWithItsFiguresNotesAndHistory() throws Exception {
        try (AppContext ctx = TestContexts.empty(dir, "w")) {
            ctx.schoolImports().apply(example());
            SchoolService.RegistryRow row = ctx.schools().rows(2024).stream()
                    .filter(r ->
                            r.school().code().equals("SL0301") && r.figures().section() == Section.PRIMARY)
                    .findFirst()
                    .orElseThrow();
            ctx.schools()
                    .setFigures(
                            List.of(new SchoolService.FigureEdit(
                                    row.school().id(), 2024, Section.PRIMARY, Figure.STUDENTS, 1111)),
                            "编辑");
            ctx.schools().annotate(row.figuresId(), Figure.STUDENTS, new FigureNote("核对过", "2024 年报"));
            var history = ctx.schools().history(row.figuresId(), Figure.STUDENTS);
            BalanceReport before = ctx.balance().report(2024, null);
            UndoableEdit delete = ctx.schools().deleteSchool(row.school().id(), "删除学校");
            assertThat(ctx.schools().rows(2023))
                    .noneMatch(r -> r.school().code().equals("SL0301"));
            assertThat(ctx.schools().rows(2024))
                    .noneMatch(r -> r.school().code().equals("SL0301"));
            delete.undo();
            SchoolService.RegistryRow back = ctx.schools().rows(2024).stream()
                    .filter(r -> r.figuresId() == row.figuresId())
                    .findFirst()
                    .orElseThrow();
            assertThat(back.figures().get(Figure.STUDENTS)).isEqualTo(1111);
            assertThat(back.note(Figure.STUDENTS).note()).isEqualTo("核对过");
            // the figure's history is still attached and only grew: the undo is logged as the figure coming back
            var afterUndo = ctx.schools().history(row.figuresId(), Figure.STUDENTS);
            assertThat(afterUndo).startsWith(history.toArray(new Change[0]));
            assertThat(afterUndo.get(afterUndo.size() - 1).newValue()).isEqualTo("1111");
            assertThat(ctx.schools().rows(2023))
                    .filteredOn(r -> r.school().code().equals("SL0301"))
                    .hasSize(3);
            assertThat(ctx.balance().report(2024, null).stages().get(0).compositeCv())
                    .isEqualTo(before.stages().get(0).compositeCv());
        }
    }
}
