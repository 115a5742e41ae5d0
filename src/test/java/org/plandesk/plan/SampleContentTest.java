package org.plandesk.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.Seeds;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.shared.Change;

/** The sample workspace holds the five seed documents, complete and exact. */
class SampleContentTest {
    @TempDir
    static Path dir;

    static AppContext ctx;

    @BeforeAll
    static void open() throws Exception {
        ctx = TestContexts.sample(dir);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static PlanData plan(String name) throws Exception {
        return ctx.plans().load(ctx.plans().find(name).orElseThrow().id());
    }

    private static Indicator indicator(PlanData d, String name) {
        return d.indicators().stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + name));
    }

    private static Indicator code(PlanData d, String code) {
        return d.indicators().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static Target target(PlanData d, Indicator ind, String part, int year) {
        Part p = d.parts(ind).stream()
                .filter(x -> x.name().equals(part))
                .findFirst()
                .orElseThrow();
        return d.target(p, year).orElseThrow().target();
    }

    private static Double actual(PlanData d, Indicator ind, String part, int year) {
        Part p = d.parts(ind).stream()
                .filter(x -> x.name().equals(part))
                .findFirst()
                .orElseThrow();
        return d.actual(p, year).orElseThrow().value();
    }

    @Test
    void fivePlansWithTheirMetadata() throws Exception {
        var plans = ctx.plans().plans();
        assertThat(plans).hasSize(5);
        PlanData qt = plan("钱塘优学");
        assertThat(qt.plan().docNumber()).isEqualTo("钱政办发[2022]23号");
        assertThat(qt.plan().period()).isEqualTo("2022–2024");
        assertThat(qt.plan().issueDate()).hasToString("2022-07-12");
        assertThat(plan("衢州").plan().docNumber()).isEqualTo("衢政办发〔2024〕32号");
        assertThat(plan("2019年工作要点").plan().docNumber()).isEqualTo("杭教〔2019〕2号");
        assertThat(plan("杭州市教育高质量发展").plan().period()).isEqualTo("2023–2027");
    }

    @Test
    void qiantangTableIsCompleteAndExactlyAsWritten() throws Exception {
        PlanData d = plan("钱塘优学");
        List<Indicator> table =
                d.indicators().stream().filter(i -> i.code().matches("\\d+")).toList();
        assertThat(table).hasSize(28);
        assertThat(table.stream().map(i -> d.group(i).orElseThrow().name()).distinct())
                .containsExactly("好学生 全面成长", "好教师 全心育人", "好学校 全域遍布", "好服务 全程可享", "好环境 全息保障");
        // Every cell of the seed table, part by part, as written.
        int cells = 0;
        for (String line : Seeds.lines("003_51df2b538ea5f98f.txt")) {
            String[] c = line.split("\t");
            if (c.length < 6 || !c[0].strip().matches("\\d+")) {
                continue;
            }
            Indicator ind = code(d, c[0].strip());
            for (int y = 0; y < 3; y++) {
                String[] pieces = c[3 + y].split("/");
                List<Part> parts = d.parts(ind);
                assertThat(parts).hasSize(pieces.length);
                for (int i = 0; i < pieces.length; i++) {
                    assertThat(d.target(parts.get(i), 2022 + y)
                                    .orElseThrow()
                                    .target()
                                    .text())
                            .isEqualTo(pieces[i].strip());
                    cells++;
                }
            }
        }
        assertThat(cells).isEqualTo(114);
        Indicator i2 = code(d, "2");
        assertThat(d.parts(i2)).extracting(Part::name).containsExactly("高中", "初中", "小学");
        assertThat(target(d, i2, "初中", 2023).value()).isEqualTo(45.0);
        Indicator i17 = code(d, "17");
        assertThat(i17.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(d.parts(i17)).extracting(Part::name).containsExactly("初中", "小学");
        assertThat(List.of(
                        target(d, i17, "初中", 2022),
                        target(d, i17, "小学", 2022),
                        target(d, i17, "初中", 2023),
                        target(d, i17, "小学", 2023),
                        target(d, i17, "初中", 2024),
                        target(d, i17, "小学", 2024)))
                .extracting(Target::comparator, Target::value)
                .containsExactly(
                        Tuple.tuple(Comparator.AT_MOST, 0.45),
                        Tuple.tuple(Comparator.AT_MOST, 0.5),
                        Tuple.tuple(Comparator.AT_MOST, 0.35),
                        Tuple.tuple(Comparator.AT_MOST, 0.4),
                        Tuple.tuple(Comparator.AT_MOST, 0.25),
                        Tuple.tuple(Comparator.AT_MOST, 0.3));
        Indicator i28 = code(d, "28");
        assertThat(i28.gradeScale()).isEqualTo(GradeScale.LETTER);
        assertThat(target(d, i28, "", 2022).grade()).isEqualTo("B");
        assertThat(target(d, i28, "", 2023))
                .extracting(Target::grade, Target::stretch)
                .containsExactly("B", "A");
        assertThat(target(d, i28, "", 2024).grade()).isEqualTo("A");
        assertThat(d.parts(code(d, "24"))).extracting(Part::name).containsExactly("幼儿园", "小学", "初中");
        Indicator i20 = code(d, "20");
        assertThat(d.parts(i20)).extracting(p -> p.unitOr(i20.unit())).containsExactly("万", "个");
        assertThat(target(d, code(d, "25"), "", 2022).value()).isEqualTo(3.0);
        assertThat(target(d, indicator(d, "群众教育满意度"), "", 2024))
                .extracting(Target::comparator, Target::value)
                .containsExactly(Comparator.AT_LEAST, 92.0);
    }

    @Test
    void qiantangStructureHasItsSixActionsAndTwentyProjectsWithUnits() throws Exception {
        PlanData d = plan("钱塘优学");
        assertThat(d.tasks().stream().filter(t -> t.level() == TaskLevel.ACTION))
                .hasSize(6);
        List<Task> projects =
                d.tasks().stream().filter(t -> t.level() == TaskLevel.PROJECT).toList();
        assertThat(projects).hasSize(20);
        assertThat(projects.get(0)).extracting(Task::title, Task::lead).containsExactly("新校标准领先工程", "区教育局、市规划资源局钱塘分局");
        assertThat(projects.get(0).responsible()).startsWith("区发展改革局、区财政局");
        assertThat(projects).allSatisfy(p -> assertThat(p.responsible()).isNotBlank());
    }

    @Test
    void hangzhou2027Targets() throws Exception {
        PlanData d = plan("杭州市教育高质量发展");
        assertThat(target(d, indicator(d, "优质学前教育覆盖率"), "", 2027).value()).isEqualTo(95.0);
        assertThat(target(d, indicator(d, "高等教育毛入学率"), "", 2027).value()).isEqualTo(74.0);
        assertThat(target(d, indicator(d, "通过国家义务教育优质均衡发展县省级评估的区县(市)比例"), "", 2027)
                        .value())
                .isEqualTo(80.0);
        assertThat(target(d, indicator(d, "村(社区)老年学堂覆盖率"), "", 2027).value()).isEqualTo(55.0);
        assertThat(target(d, indicator(d, "融合型、共建型教共体占比"), "", 2027).value()).isEqualTo(80.0);
        assertThat(target(d, indicator(d, "职业院校年培训人次与在校生规模之比"), "", 2027).value())
                .isEqualTo(1.5);
        assertThat(target(d, indicator(d, "市本级中等职业学校办学条件达标率"), "", 2027).value())
                .isEqualTo(100.0);
        assertThat(target(d, indicator(d, "市属高校国家级领军人才数量(相对2023年)"), "", 2027).text())
                .contains("翻一番");
        assertThat(d.tasks().stream().filter(t -> t.level() == TaskLevel.ACTION))
                .hasSize(12);
    }

    @Test
    void quzhouTargetsFor2027And2030() throws Exception {
        PlanData d = plan("衢州");
        Indicator modern = indicator(d, "建成省现代化学校的学校比例");
        assertThat(target(d, modern, "", 2027).value()).isEqualTo(35.0);
        assertThat(target(d, modern, "", 2030).value()).isEqualTo(40.0);
        Indicator degree = indicator(d, "教育现代化发展水平达成度");
        assertThat(target(d, degree, "", 2027).value()).isEqualTo(78.0);
        assertThat(target(d, degree, "", 2030).value()).isEqualTo(80.0);
        Indicator cv = indicator(d, "初中优质均衡校际差异系数");
        assertThat(cv.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(target(d, cv, "", 2027))
                .extracting(Target::comparator, Target::value)
                .containsExactly(Comparator.BELOW, 0.35);
        assertThat(target(d, indicator(d, "200人以下小规模学校数"), "", 2027).comparator())
                .isEqualTo(Comparator.AT_MOST);
        assertThat(target(d, indicator(d, "普惠性幼儿园比例"), "", 2027).value()).isEqualTo(95.0);
        assertThat(target(d, indicator(d, "公办园在园幼儿占比"), "", 2027).value()).isEqualTo(85.0);
        assertThat(target(d, indicator(d, "中职就业学生留衢率"), "", 2027).value()).isEqualTo(50.0);
        assertThat(target(d, indicator(d, "高职毕业生留衢率"), "", 2027).value()).isEqualTo(35.0);
        List<Task> items =
                d.tasks().stream().filter(t -> t.level() == TaskLevel.PROJECT).toList();
        assertThat(items).hasSize(24);
        assertThat(items).allSatisfy(t -> assertThat(t.responsible()).contains("市教育局"));
        assertThat(items.get(15).responsible()).startsWith("市委人才办");
    }

    @Test
    void workPoints2019IsOnePlanWithItsTargets() throws Exception {
        PlanData d = plan("2019年工作要点");
        assertThat(d.plan().period()).isEqualTo("2019");
        assertThat(target(d, indicator(d, "学前三年幼儿入园率"), "", 2019).value()).isEqualTo(99.0);
        assertThat(target(d, indicator(d, "初中毕业生升入各类高中比例"), "", 2019).value()).isEqualTo(99.5);
        assertThat(target(d, indicator(d, "普惠性幼儿园在园幼儿数占在园幼儿总数比例"), "", 2019).value())
                .isEqualTo(85.0);
        assertThat(target(d, indicator(d, "优质学前教育在园幼儿覆盖率"), "", 2019).value()).isEqualTo(80.0);
        assertThat(target(d, indicator(d, "优质高中覆盖率"), "", 2019).value()).isEqualTo(89.0);
        assertThat(target(d, indicator(d, "新建竣工配套中小学、幼儿园数"), "", 2019).value()).isEqualTo(75.0);
        assertThat(d.tasks().stream().filter(t -> t.level() == TaskLevel.SECTION))
                .hasSize(6);
        long samePlans = ctx.plans().plans().stream()
                .filter(s -> s.plan().title().contains("2019"))
                .count();
        assertThat(samePlans).isEqualTo(1);
    }

    @Test
    void binjiangReportFiguresAreActuals() throws Exception {
        PlanData d = plan("滨江");
        assertThat(actual(d, indicator(d, "义务段学校数"), "", 2023)).isEqualTo(34.0);
        Indicator students = indicator(d, "中小学在校生数");
        assertThat(actual(d, students, "合计", 2023)).isEqualTo(49089.0);
        assertThat(actual(d, students, "小学", 2023)).isEqualTo(36825.0);
        assertThat(actual(d, students, "中学", 2023)).isEqualTo(12264.0);
        assertThat(actual(d, indicator(d, "义务段专任教师数"), "合计", 2023)).isEqualTo(3224.0);
        Indicator cv = indicator(d, "综合差异系数");
        assertThat(actual(d, cv, "中学", 2023)).isEqualTo(0.188);
        assertThat(actual(d, cv, "小学", 2023)).isEqualTo(0.212);
        assertThat(actual(d, indicator(d, "教育支出"), "", 2022)).isEqualTo(31.0);
        assertThat(actual(d, indicator(d, "随迁子女在公办学校就读比例"), "", 2023)).isEqualTo(96.1);
        assertThat(actual(d, indicator(d, "中小学生体质健康优良率"), "", 2023)).isEqualTo(88.0);
        assertThat(actual(d, indicator(d, "中小学生体质健康合格率"), "", 2023)).isEqualTo(99.0);
    }

    @Test
    void everyFigureNamesItsSourceDocument() throws Exception {
        for (var s : ctx.plans().plans()) {
            PlanData d = ctx.plans().load(s.plan().id());
            String file = d.plan().source();
            assertThat(file).matches("00\\d_[0-9a-f]{16}\\.txt");
            for (Indicator ind : d.indicators()) {
                for (Part p : d.parts(ind)) {
                    var sources = Stream.concat(
                                    d.targets(p).values().stream().map(TargetEntry::source),
                                    d.actuals(p).values().stream().map(ActualEntry::source))
                            .collect(Collectors.toList());
                    assertThat(sources)
                            .isNotEmpty()
                            .allSatisfy(src -> assertThat(src).startsWith(file + " "));
                }
            }
        }
    }

    @Test
    void theImportOfTheSampleAndLaterEditsAreInTheChangeLog() throws Exception {
        PlanData d = plan("钱塘优学");
        assertThat(ctx.plans().history("plan", d.plan().id()))
                .singleElement()
                .satisfies(c -> assertThat(c.field() + " " + c.newValue()).isEqualTo("import 190 values"));
        Part p = d.parts(code(d, "1")).get(0);
        ctx.plans().setActual(p.id(), 2022, 2050.0, null, "2050", "区教育局", "");
        ctx.plans().setActual(p.id(), 2022, 2060.0, null, "2060", "区教育局", "更正");
        assertThat(ctx.plans().history("actual", p.id()))
                .extracting(Change::oldValue, Change::newValue)
                .containsExactly(Tuple.tuple(null, "2050"), Tuple.tuple("2050", "2060"));
    }
}
