package org.plandesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.plandesk.plan.io.wide.WideTableParser;
import org.plandesk.plan.io.wide.WideTables;
import org.plandesk.shared.InputRejectedException;

/** A workbook whose first sheet is a cover or a note: the table is found on the sheet that holds it. */
class WideTablesTest {
    private static byte[] workbook(List<String> sheets, boolean withTable) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String name : sheets) {
                var sheet = wb.createSheet(name);
                sheet.createRow(0).createCell(0).setCellValue("本工作簿摘录自统计年鉴。");
            }
            if (withTable) {
                var table = wb.createSheet("18-1");
                table.createRow(0).createCell(0).setCellValue("主要年份教育事业基本情况");
                var header = table.createRow(1);
                header.createCell(0).setCellValue("项目");
                header.createCell(1).setCellValue(2020);
                header.createCell(2).setCellValue(2021);
                var row = table.createRow(2);
                row.createCell(0).setCellValue("学校数(所)");
                row.createCell(1).setCellValue(1764);
                row.createCell(2).setCellValue(1771);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void theTableIsTakenFromTheSheetThatHoldsItAndACoverSheetIsPassedOver() throws Exception {
        RawTable t = WideTables.read(workbook(List.of("说明"), true), "年鉴.xlsx", null);
        assertThat(WideTables.sheetOf(t)).isEqualTo("18-1");
        assertThat(new WideTableParser().parse(t, "年鉴", Map.of()).rows())
                .extracting(r -> r.indicator() + " " + r.unit() + " " + r.year() + " " + r.value())
                .containsExactly("学校数 所 2020 1764.0", "学校数 所 2021 1771.0");
    }

    @Test
    void withoutATableOnAnySheetTheMessageNamesTheSheets() throws Exception {
        assertThatThrownBy(() -> WideTables.read(workbook(List.of("说明", "附注"), false), "年鉴.xlsx", null))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> {
                    assertThat(e.problems().get(0).problem().key()).isEqualTo("wide.noTableInSheets");
                    assertThat(e.problems().get(0).problem().args()).containsExactly("说明、附注");
                });
    }
}
