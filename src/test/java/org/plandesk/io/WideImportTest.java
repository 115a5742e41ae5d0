package org.plandesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.Seeds;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.plan.Comparator;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.io.LongCsvWriter;
import org.plandesk.plan.io.LongRow;
import org.plandesk.plan.io.wide.ColumnRole;
import org.plandesk.plan.io.wide.Headers;
import org.plandesk.plan.io.wide.WideLayout;
import org.plandesk.plan.io.wide.WideTable;
import org.plandesk.plan.io.wide.WideTableParser;
import org.plandesk.plan.io.wide.WideWriters;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Messages;

class WideImportTest {
    @TempDir
    Path dir;

    private static WideTable parse(RawTable t) throws Exception {
        return new WideTableParser().parse(t, "测试规划", Map.of());
    }

    private static String key(LongRow r) {
        String value = r.target() != null
                ? r.target().comparator().symbol() + " " + r.target().display()
                : String.valueOf(r.value());
        return r.code() + "|" + r.indicator() + "|" + r.part() + "|" + r.unit() + "|" + r.year() + "|" + r.kind() + "|"
                + value + "|" + (r.target() != null ? r.target().text() : r.text());
    }

    @Test
    void theSeedTableReadStraightFromTheSeedFileEqualsTheSampleWorkspace() throws Exception {
        String text = String.join("\n", Seeds.lines("003_51df2b538ea5f98f.txt"));
        WideTable wide = parse(TableFiles.read(text.getBytes(StandardCharsets.UTF_8), "003.txt", null));
        assertThat(wide.problems()).isEmpty();
        assertThat(wide.indicators()).hasSize(28);
        assertThat(wide.indicators().get(1).parts()).containsExactly("高中", "初中", "小学");
        assertThat(wide.indicators().get(16).parts()).containsExactly("初中", "小学");
        assertThat(wide.indicators().get(23).parts()).containsExactly("幼儿园", "小学", "初中");
        assertThat(wide.indicators().get(19).partUnits()).containsExactly("万", "个");
        try (AppContext ctx = TestContexts.sample(dir)) {
            PlanData sample =
                    ctx.plans().load(ctx.plans().find("钱塘优学").orElseThrow().id());
            List<String> fromSample = new LongCsvWriter()
                    .rows(sample).stream()
                            .filter(r -> r.get(1).matches("\\d+"))
                            .map(r -> r.get(1) + "|" + r.get(3) + "|" + r.get(4) + "|" + r.get(5) + "|" + r.get(6) + "|"
                                    + r.get(7).toUpperCase(Locale.ROOT) + "|" + r.get(8) + " " + r.get(12))
                            .sorted()
                            .toList();
            List<String> fromFile = wide.rows().stream()
                    .map(r -> r.code() + "|" + r.indicator() + "|" + r.part() + "|" + r.unit() + "|" + r.year() + "|"
                            + r.kind() + "|" + r.target().comparator().symbol() + " "
                            + r.target().text())
                    .sorted()
                    .toList();
            assertThat(fromFile).hasSize(114).isEqualTo(fromSample);
        }
    }

    @Test
    void aBracketAtTheEndOfTheNameNamesTheParts() throws Exception {
        String csv = "二级指标,2024年目标\n生师比(小学/初中),≤16/≤13\n课后服务参与率（小学、初中）(%),95/90\n";
        WideTable t = parse(TableFiles.read(csv.getBytes(StandardCharsets.UTF_8), "x.csv", null));
        assertThat(t.problems()).isEmpty();
        assertThat(t.indicators().get(0).name()).isEqualTo("生师比");
        assertThat(t.indicators().get(0).parts()).containsExactly("小学", "初中");
        assertThat(t.rows().get(1).target().value()).isEqualTo(13.0);
        assertThat(t.indicators().get(1))
                .extracting(
                        WideTable.FoundIndicator::name, WideTable.FoundIndicator::unit, WideTable.FoundIndicator::parts)
                .containsExactly("课后服务参与率", "%", List.of("小学", "初中"));
    }

    @Test
    void headerForms() {
        assertThat(Headers.column(0, "2022年 预期"))
                .extracting(c -> c.role(), c -> c.year())
                .containsExactly(ColumnRole.TARGET, 2022);
        for (String h : List.of("2022年目标", "2025年目标值", "2022", "2022年(目标)", "２０２２年（目标）", "2022年 预期")) {
            assertThat(Headers.column(0, h).role()).as(h).isEqualTo(ColumnRole.TARGET);
        }
        for (String h : List.of("2020年实际", "2020年完成", "2020年现状")) {
            assertThat(Headers.column(0, h).role()).as(h).isEqualTo(ColumnRole.ACTUAL);
        }
        for (String h : List.of("2020年基期值", "2020年(基期)", "2020年基数", "2020年（基期）")) {
            assertThat(Headers.column(0, h).role()).as(h).isEqualTo(ColumnRole.BASELINE);
        }
        assertThat(List.of("序号", "编号", "一级指标", "类别", "领域", "维度", "二级指标", "指标", "指标名称", "单位", "属性", "备注"))
                .extracting(h -> Headers.column(0, h).role())
                .containsExactly(
                        ColumnRole.CODE,
                        ColumnRole.CODE,
                        ColumnRole.GROUP,
                        ColumnRole.GROUP,
                        ColumnRole.GROUP,
                        ColumnRole.GROUP,
                        ColumnRole.INDICATOR,
                        ColumnRole.INDICATOR,
                        ColumnRole.INDICATOR,
                        ColumnRole.UNIT,
                        ColumnRole.ATTRIBUTE,
                        ColumnRole.NOTE);
    }

    @Test
    void encodingsAreDetectedWithoutAsking() throws Exception {
        String csv = "序号,一级指标,二级指标,单位,2023年目标,2022年实际\n1,好学生,体质健康达标率,%,≥95,93.5\n";
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"), Charset.forName("GB18030"))) {
            WideTable t = parse(TableFiles.read(csv.getBytes(cs), "x.csv", null));
            assertThat(t.rows()).as(cs.name()).hasSize(2);
            assertThat(t.indicators().get(0).name()).isEqualTo("体质健康达标率");
        }
        byte[] bom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        assertThat(parse(TableFiles.read(bom, "x.csv", null)).rows()).hasSize(2);
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        utf16.write(csv.replace(',', '\t').getBytes(StandardCharsets.UTF_16LE));
        WideTable t16 = parse(TableFiles.read(utf16.toByteArray(), "x.txt", null));
        assertThat(t16.rows()).extracting(r -> r.kind()).containsExactly(LongRow.Kind.TARGET, LongRow.Kind.ACTUAL);
        assertThat(t16.rows().get(1).value()).isEqualTo(93.5);
    }

    @Test
    void pastedTextMergedCellsRepeatedHeadersNotesAndBlankRows() throws Exception {
        String pasted = String.join(
                "\n",
                "序号\t一级指标\t二级指标\t2022年预期\t2023年预期",
                "1\t好学生\t新培养人数(名)\t≥2000\t≥2100",
                "2\t\t毕业生优良率(%)\t79/44\t79.5/45",
                "",
                "序号\t一级指标\t二级指标\t2022年预期\t2023年预期",
                "3\t好教师\t培训经费比例(%)\t3%\t≥3%",
                "注：带“≥”的为底线目标");
        WideTable t = parse(TableFiles.text(pasted, "剪贴板"));
        assertThat(t.problems()).isEmpty();
        assertThat(t.indicators()).extracting(WideTable.FoundIndicator::group).containsExactly("好学生", "好学生", "好教师");
        assertThat(t.indicators().get(1).parts()).containsExactly("分项1", "分项2");
        assertThat(t.notes()).containsExactly("注：带“≥”的为底线目标");
        assertThat(t.rows()).hasSize(8);
        assertThat(t.rows().get(6).target().value()).isEqualTo(3.0);
    }

    @Test
    void xlsxAndXlsWithMergedGroupCells() throws Exception {
        for (Workbook wb : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
            try (wb) {
                Sheet s = wb.createSheet("指标表");
                String[][] data = {
                    {"序号", "一级指标", "二级指标", "2024年目标"},
                    {"1", "好学生", "达标率(%)", "≥95"},
                    {"2", "", "优良率(%)", "90"},
                    {"3", "", "差异系数", "≤0.45"}
                };
                for (int r = 0; r < data.length; r++) {
                    Row row = s.createRow(r);
                    for (int c = 0; c < data[r].length; c++) {
                        if (c == 3 && r == 2) {
                            row.createCell(c).setCellValue(90);
                        } else {
                            row.createCell(c).setCellValue(data[r][c]);
                        }
                    }
                }
                s.addMergedRegion(new CellRangeAddress(1, 3, 1, 1));
                wb.createSheet("说明");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.write(out);
                RawTable raw = TableFiles.read(out.toByteArray(), "t", null);
                assertThat(raw.sheets()).containsExactly("指标表", "说明");
                WideTable t = parse(raw);
                assertThat(t.indicators())
                        .extracting(WideTable.FoundIndicator::group)
                        .containsOnly("好学生");
                assertThat(t.rows().get(1).target().value()).isEqualTo(90.0);
                assertThat(t.rows().get(2).target().comparator()).isEqualTo(Comparator.AT_MOST);
            }
        }
    }

    @Test
    void problemsSayRowColumnAndWhatWouldFixIt() throws Exception {
        String csv = "序号,二级指标,2023年预期,2023年实际\n1,指标甲,约95,很好\n2,,95,\n";
        WideTable t = parse(TableFiles.read(csv.getBytes(StandardCharsets.UTF_8), "x.csv", null));
        Messages zh = new Messages(Messages.CHINESE);
        List<String> lines = new InputRejectedException(t.problems()).lines(zh);
        assertThat(lines)
                .containsExactly(
                        "第2行 “2023年预期”：无法识别“约95”，请写成 ≥95 或 95",
                        "第2行 “2023年实际”：无法识别“很好”：实际值应为数字（如 95、0.45）或等级（如 B、良好）",
                        "第3行 “二级指标”：这一行有数值但没有指标名称");
        assertThat(t.rowsWithProblems()).containsExactlyInAnyOrder(2, 3);
        assertThat(t.rowsWithoutProblems()).isEmpty();
    }

    @Test
    void wideCsvAndXlsxExportThenImportGiveBackTheSamePlan() throws Exception {
        try (AppContext ctx = TestContexts.sample(dir)) {
            for (String name : List.of("钱塘优学", "滨江", "衢州")) {
                PlanData d =
                        ctx.plans().load(ctx.plans().find(name).orElseThrow().id());
                for (int format = 0; format < 3; format++) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    if (format == 0) {
                        WideWriters.csv(d, StandardCharsets.UTF_8, out);
                    } else if (format == 1) {
                        WideWriters.csv(d, Charset.forName("GBK"), out);
                    } else {
                        WideWriters.xlsx(d, out);
                    }
                    WideTable back = new WideTableParser()
                            .parse(
                                    TableFiles.read(out.toByteArray(), "e", null),
                                    d.plan().title(),
                                    Map.of());
                    assertThat(back.problems()).as(name + " " + format).isEmpty();
                    // the plan's note comes back as the table's 注 lines
                    assertThat(back.notes()).as(name + " " + format).isEqualTo(WideLayout.noteLines(d));
                    if (!d.plan().note().isBlank()) {
                        assertThat(back.notes()).isNotEmpty();
                    }
                    var before = new LongCsvWriter()
                            .rows(d).stream()
                                    .map(r -> r.subList(1, 12).toString())
                                    .collect(Collectors.toSet());
                    try (AppContext fresh = AppContext.open(dir.resolve(name + format), false, TestContexts.CLOCK)) {
                        fresh.imports().importLong(back.rows(), false);
                        PlanData again = fresh.plans()
                                .load(fresh.plans().plans().get(0).plan().id());
                        var after = new LongCsvWriter()
                                .rows(again).stream()
                                        .map(r -> r.subList(1, 12).toString())
                                        .collect(Collectors.toSet());
                        assertThat(after).as(name + " " + format).isEqualTo(before);
                    }
                }
            }
        }
    }
}
