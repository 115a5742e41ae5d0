package org.plandesk.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.io.TableFiles;
import org.plandesk.plan.io.wide.WideTableParser;
import org.plandesk.plan.io.wide.WideWriters;
import org.plandesk.plan.service.ImportDiff;
import org.plandesk.plan.service.PlanSummary;

/** The import preview's default target: the existing plan a table belongs to, never a guess from the file alone. */
class ImportMatchTest {
    @TempDir
    Path dir;

    private AppContext ctx;
    private PlanData qiantang;
    private String exported;

    @BeforeEach
    void open() throws Exception {
        ctx = TestContexts.sample(dir);
        long id = ctx.plans().plans().stream()
                .map(PlanSummary::plan)
                .filter(p -> p.shortName().equals("钱塘优学"))
                .findFirst()
                .orElseThrow()
                .id();
        qiantang = ctx.plans().load(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WideWriters.csv(qiantang, StandardCharsets.UTF_8, out);
        exported = out.toString(StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() throws Exception {
        ctx.close();
    }

    private Optional<String> match(String fileTitle, String csv) throws Exception {
        var raw = TableFiles.read(csv.getBytes(StandardCharsets.UTF_8), fileTitle + ".csv", null);
        return ctx.plans().matchFor(fileTitle, raw).map(d -> d.plan().shortName());
    }

    @Test
    void aPlansOwnTableUnderAnyFileNameMatchesThatPlanByItsIndicators() throws Exception {
        assertThat(match("导出表 (3)", exported)).contains("钱塘优学");
    }

    @Test
    void aTableNamedAfterAPlanOrCarryingItsDocumentNumberMatchesIt() throws Exception {
        String foreign = "序号,指标,单位,2025年目标\n1,学前三年毛入园率,%,≥95\n";
        assertThat(match("钱塘优学", foreign)).contains("钱塘优学");
        assertThat(match("附件", "“钱塘优学”全方位综合提质三年行动计划 主要指标\n" + foreign)).contains("钱塘优学");
        assertThat(match("附件", "衢政办发〔2024〕32号\n" + foreign)).contains("衢州教育现代化先行区");
        assertThat(match("附件", foreign)).isEmpty();
    }

    @Test
    void fewerThanFourFifthsOfTheIndicatorsOrNoCommonYearsIsNoMatch() throws Exception {
        List<String> names = qiantang.indicators().stream().map(Indicator::name).toList();
        assertThat(match("导出表", table(names.subList(0, 8), List.of("甲", "乙"), "2023年目标")))
                .contains("钱塘优学");
        // 7 of 10 are the plan's
        assertThat(match("导出表", table(names.subList(0, 7), List.of("甲", "乙", "丙"), "2023年目标")))
                .isEmpty();
        // all of them, for a year outside the plan's period 2022–2024
        assertThat(match("导出表", table(names.subList(0, 10), List.of(), "2031年目标")))
                .isEmpty();
    }

    private static String table(List<String> names, List<String> others, String yearHeader) {
        StringBuilder b = new StringBuilder("序号,指标," + yearHeader + "\n");
        int n = 1;
        for (String name : names) {
            b.append(n++).append(",\"").append(name.replace("\"", "\"\"")).append("\",≥1\n");
        }
        for (String name : others) {
            b.append(n++).append(",别的指标").append(name).append(",≥1\n");
        }
        return b.toString();
    }

    @Test
    void importingTheTableBackListsEveryChangedValueWithItsOldAndNewText() throws Exception {
        String first = "1,好学生 全面成长,新培养“钱塘好少年”人数,,名,≥2000,≥2100,≥2200";
        assertThat(exported).contains(first);
        for (String csv : List.of(exported, exported.replace(first, first.replace("≥2200", "≥2300")))) {
            var raw = TableFiles.read(csv.getBytes(StandardCharsets.UTF_8), "导出表.csv", null);
            var table = new WideTableParser().parse(raw, qiantang.plan().title(), Map.of());
            ImportDiff diff = ImportDiff.of(qiantang, table.rows());
            if (csv.equals(exported)) {
                assertThat(diff.changes()).isEmpty();
                assertThat(diff.unchanged()).isEqualTo(table.rows().size());
            } else {
                assertThat(diff.changes())
                        .extracting(c ->
                                c.row().indicator() + " " + c.row().year() + " " + c.oldText() + " → " + c.newText())
                        .containsExactly("新培养“钱塘好少年”人数 2024 ≥2200 → ≥2300");
            }
        }
    }

    @Test
    void actualsOutsideTheirIndicatorsRangeArePointedOutWithTheExistingPlansOwnRange() throws Exception {
        String csv = "序号,指标,单位,2023年实际\n1,学前三年毛入园率,%,150\n2,生师比,,16\n3,新建学校,所,-2\n" + "17,初中/小学校际优质均衡差异系数,,0.38\n";
        var raw = TableFiles.read(csv.getBytes(StandardCharsets.UTF_8), "t.csv", null);
        var table = new WideTableParser().parse(raw, "t", Map.of());
        assertThat(ImportDiff.of(null, table.rows()).implausible())
                .extracting(r -> r.indicator() + " " + r.value())
                .containsExactly("学前三年毛入园率 150.0", "新建学校 -2.0");
    }
}
