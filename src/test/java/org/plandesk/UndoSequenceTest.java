package org.plandesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.context.AppContext;
import org.plandesk.io.TableFiles;
import org.plandesk.plan.Direction;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.Observation;
import org.plandesk.plan.Part;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.PlausibleRange;
import org.plandesk.plan.TargetExpression;
import org.plandesk.plan.Task;
import org.plandesk.plan.TaskLevel;
import org.plandesk.plan.io.LongCsvReader;
import org.plandesk.plan.io.LongCsvWriter;
import org.plandesk.plan.service.CellChange;
import org.plandesk.plan.service.IndicatorEditService.PartEdit;
import org.plandesk.school.BalanceLink;
import org.plandesk.school.Figure;
import org.plandesk.school.Section;
import org.plandesk.school.io.ExampleSchools;
import org.plandesk.school.io.SchoolTableParser;
import org.plandesk.school.service.SchoolService;
import org.plandesk.shared.undo.UndoableEdit;
import org.plandesk.workspace.Jdbc;

/**
 * Undo and redo over a long mixed sequence, in the style of Scene Builder's JobManagerTest: cell edits, a paste,
 * structure and indicator edits, an import, plan duplicate and delete, school import, edits and a registry link.
 * Undone to the start and redone to the end, every table — every row with its id — and every plan's long CSV match
 * the state after the same step; the change log only grows, its earlier rows never change, and the ids it names
 * resolve.
 */
class UndoSequenceTest {
    @TempDir
    Path dir;

    /** Every row of every restorable table, ids included, plus each plan's long CSV. */
    private static Map<String, List<String>> state(AppContext ctx) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = ctx.workspace().connection()) {
            for (String table : ctx.workspace().tables().parentFirst()) {
                String key =
                        String.join(", ", ctx.workspace().tables().table(table).key());
                out.put(table, Jdbc.query(c, "SELECT * FROM " + table + " ORDER BY " + key, rs -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        b.append(rs.getMetaData().getColumnLabel(i))
                                .append('=')
                                .append(rs.getString(i))
                                .append(' ');
                    }
                    return b.toString();
                }));
            }
        }
        for (var p : ctx.plans().plans()) {
            out.put(
                    "csv:" + p.plan().id(),
                    new LongCsvWriter()
                            .rows(ctx.plans().load(p.plan().id())).stream()
                                    .map(String::valueOf)
                                    .toList());
        }
        return out;
    }

    private static List<String> changeLog(AppContext ctx) throws Exception {
        try (Connection c = ctx.workspace().connection()) {
            return Jdbc.query(
                    c,
                    "SELECT id, entity, entity_id, field, old_value, new_value FROM change_log ORDER BY id",
                    rs -> rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getLong(3) + "|" + rs.getString(4) + "|"
                            + rs.getString(5) + "|" + rs.getString(6));
        }
    }

    /** Ids of each table present now. */
    private static Map<String, Set<Long>> ids(AppContext ctx) throws Exception {
        Map<String, Set<Long>> out = new TreeMap<>();
        try (Connection c = ctx.workspace().connection()) {
            for (String t : List.of("PLAN", "PART", "SCHOOL", "SCHOOL_FIGURES", "TASK", "INDICATOR")) {
                out.put(t, new HashSet<>(Jdbc.query(c, "SELECT id FROM " + t, rs -> rs.getLong(1))));
            }
        }
        return out;
    }

    /** The table an entry of the change log names. */
    private static String tableOf(String entity) {
        return switch (entity) {
            case "target", "actual" -> "PART";
            default -> entity.toUpperCase(Locale.ROOT);
        };
    }

    @Test
    void aLongMixedSequenceUndoesToTheStartAndRedoesToTheEndWithEveryIdKept() throws Exception {
        try (AppContext ctx = TestContexts.sample(dir)) {
            long qt = ctx.plans().find("钱塘优学").orElseThrow().id();
            PlanData d = ctx.plans().load(qt);
            Indicator i3 = d.indicators().stream()
                    .filter(i -> i.code().equals("3"))
                    .findFirst()
                    .orElseThrow();
            Indicator i16 = d.indicators().stream()
                    .filter(i -> i.code().equals("16"))
                    .findFirst()
                    .orElseThrow();
            Indicator i17 = d.indicators().stream()
                    .filter(i -> i.code().equals("17"))
                    .findFirst()
                    .orElseThrow();
            Part p3 = d.parts(i3).get(0);
            List<Part> parts16 = d.parts(i16);
            Part junior17 = d.parts(i17).get(0);
            long other = ctx.plans().plans().stream()
                    .filter(p -> p.plan().id() != qt)
                    .findFirst()
                    .orElseThrow()
                    .plan()
                    .id();
            String longCsv =
                    "plan,code,group,indicator,part,unit,year,kind,comparator,value,upper,stretch,text,source,note\n"
                            + "\"" + d.plan().title() + "\",3,,\"" + i3.name() + "\",," + i3.unit()
                            + ",2023,actual,,92.5,,,,,\n"
                            + "新导入的规划,1,示例,示例指标,,%,2025,target,>=,90,,,≥90,,\n";

            List<UndoableEdit> steps = new ArrayList<>();
            List<Map<String, List<String>>> states = new ArrayList<>();
            states.add(state(ctx));
            Set<String> logBefore = new HashSet<>(changeLog(ctx));
            Map<String, Set<Long>> idsAtStart = ids(ctx);

            steps.add(ctx.cells()
                    .apply(
                            List.of(CellChange.target(
                                    p3.id(), 2023, TargetExpression.parseOne("≥96", Direction.HIGHER_IS_BETTER))),
                            "目标"));
            states.add(state(ctx));
            steps.add(ctx.cells()
                    .apply(
                            List.of(
                                    CellChange.actual(p3.id(), 2022, Observation.of(2022, 91), "91"),
                                    CellChange.actual(parts16.get(0).id(), 2022, Observation.of(2022, 88), "88"),
                                    CellChange.actual(parts16.get(1).id(), 2022, Observation.of(2022, 77), "77")),
                            "粘贴"));
            states.add(state(ctx));
            steps.add(ctx.structure()
                    .addIndicator(qt, i3.groupId(), "3a", "新增指标", "个", Direction.HIGHER_IS_BETTER, "新增指标"));
            states.add(state(ctx));
            steps.add(ctx.indicatorEdits()
                    .save(
                            i16,
                            List.of(
                                    new PartEdit(
                                            parts16.get(1).id(), parts16.get(0).name(), "%"),
                                    new PartEdit(
                                            parts16.get(0).id(), parts16.get(1).name(), "%"),
                                    new PartEdit(0, "全区", "%")),
                            PlausibleRange.NONE,
                            "编辑指标"));
            states.add(state(ctx));
            steps.add(ctx.imports()
                    .importUndoable(
                            List.of(), List.of(), new LongCsvReader().read(longCsv, ""), List.of(), "导入", null));
            states.add(state(ctx));
            steps.add(ctx.planEdits().duplicate(qt, "钱塘优学（副本）", "复制规划"));
            states.add(state(ctx));
            steps.add(ctx.planEdits().delete(other, "删除规划"));
            states.add(state(ctx));
            steps.add(ctx.schoolImports()
                    .apply(new SchoolTableParser().parse(TableFiles.read(ExampleSchools.bytes(), "example.csv", null)))
                    .undo());
            states.add(state(ctx));
            steps.add(ctx.balanceLinks()
                    .link(new BalanceLink(junior17.id(), "示例区", Section.JUNIOR, BalanceLink.COMPOSITE), "关联"));
            states.add(state(ctx));
            SchoolService.RegistryRow row = ctx.schools().rows(2024).stream()
                    .filter(r -> r.figures().section() == Section.JUNIOR)
                    .findFirst()
                    .orElseThrow();
            steps.add(ctx.schools()
                    .setFigures(
                            List.of(new SchoolService.FigureEdit(
                                    row.school().id(),
                                    2024,
                                    Section.JUNIOR,
                                    Figure.STUDENTS,
                                    row.figures().get(Figure.STUDENTS) + 300)),
                            "编辑学校"));
            states.add(state(ctx));
            Task first = ctx.plans().load(qt).tasks().get(0);
            steps.add(ctx.structure()
                    .addTask(new Task(0, qt, first.id(), TaskLevel.ACTION, "（九）", "新增任务", "", "", 0), 0, "新增任务"));
            states.add(state(ctx));
            steps.add(ctx.schools().deleteSchool(row.school().id(), "删除学校"));
            states.add(state(ctx));
            for (int i = 1; i < states.size(); i++) {
                assertThat(states.get(i)).as("step %d changes something", i).isNotEqualTo(states.get(i - 1));
            }

            List<String> log = changeLog(ctx);
            for (int i = steps.size() - 1; i >= 0; i--) {
                steps.get(i).undo();
                assertThat(state(ctx))
                        .as("after undoing step %d (%s)", i + 1, steps.get(i).description())
                        .isEqualTo(states.get(i));
                List<String> now = changeLog(ctx);
                assertThat(now).as("the change log only grows").startsWith(log.toArray(new String[0]));
                assertThat(now.size()).isGreaterThan(log.size());
                log = now;
            }
            // back at the start: every id the log named before the sequence resolves again
            Map<String, Set<Long>> atStart = ids(ctx);
            assertThat(atStart).isEqualTo(idsAtStart);
            for (String entry : logBefore) {
                String[] f = entry.split("\\|");
                String table = tableOf(f[1]);
                if (atStart.containsKey(table)) {
                    assertThat(atStart.get(table)).as(entry).contains(Long.parseLong(f[2]));
                }
            }
            for (int i = 0; i < steps.size(); i++) {
                steps.get(i).redo();
                assertThat(state(ctx))
                        .as("after redoing step %d (%s)", i + 1, steps.get(i).description())
                        .isEqualTo(states.get(i + 1));
                List<String> now = changeLog(ctx);
                assertThat(now).startsWith(log.toArray(new String[0]));
                log = now;
            }
        }
    }
}
