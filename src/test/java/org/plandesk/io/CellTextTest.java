package org.plandesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.plan.io.LongCsvReader;
import org.plandesk.plan.io.LongCsvWriter;
import org.plandesk.plan.io.LongRow;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Problem;

/** No exported cell is a live formula, and what is written is read back as the same text. */
class CellTextTest {
    @TempDir
    Path dir;

    @Test
    void formulaLikeTextIsMarkedAndTheMarkComesOffOnReading() {
        for (String s : List.of(
                "=1+1", "+86 138", "@SUM(A1)", "-", "-x", "\tx", "\rx", "=HYPERLINK(\"http://x\")", "'=x", "''+y")) {
            assertThat(CellText.protect(s)).as(s).startsWith("'");
            assertThat(CellText.unprotect(CellText.protect(s))).isEqualTo(s);
        }
        for (String s : List.of("-5", "+3.5", "95", "≥95", "'abc", "", "a=b", "保B争A")) {
            assertThat(CellText.protect(s)).as(s).isEqualTo(s);
            assertThat(CellText.unprotect(s)).isEqualTo(s);
        }
    }

    @Test
    void theClipboardBlockIsProtectedToo() {
        List<List<String>> block = List.of(List.of("=cmd|' /C calc'!A0", "96"), List.of("@x", "-1"));
        String text = TabText.format(block);
        assertThat(text).startsWith("'=cmd").contains("\t96\n'@x\t-1\n");
        assertThat(TabText.parse(text)).isEqualTo(block);
    }

    @Test
    void aLongCsvExportCarriesNoFormulaAndImportsBackTheSameNames() throws Exception {
        String csv = "plan,code,group,indicator,part,unit,year,kind,comparator,value,upper,stretch,text,source,note\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\")\",1,@组,=1+1,,%,2024,target,>=,90,,,≥90,+来源,-备注\n";
        try (AppContext ctx = TestContexts.empty(dir, "w")) {
            List<LongRow> rows = new LongCsvReader().read(csv, null);
            assertThat(rows.get(0).plan()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(rows.get(0).indicator()).isEqualTo("=1+1");
            ctx.imports().importLong(rows, false);
            var data = ctx.plans().load(ctx.plans().plans().get(0).plan().id());
            StringWriter out = new StringWriter();
            new LongCsvWriter().write(List.of(data), out);
            String written = out.toString();
            for (String line : written.split("\n")) {
                for (String cell : line.split(",")) {
                    String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                    assertThat(c)
                            .as(line)
                            .doesNotStartWith("=")
                            .doesNotStartWith("@")
                            .doesNotStartWith("+");
                }
            }
            List<LongRow> back = new LongCsvReader().read(written, null);
            assertThat(back.get(0).plan()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(back.get(0).indicator()).isEqualTo("=1+1");
            assertThat(back.get(0).group()).isEqualTo("@组");
            assertThat(back.get(0).source()).isEqualTo("+来源");
            assertThat(back.get(0).note()).isEqualTo("-备注");
        }
    }

    @Test
    void bytesThatAreNeitherUtf8NorGbkAreAProblemWithTheirPlace() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("序号,二级指标,2024年目标\n1,覆盖".getBytes(Charset.forName("GBK")));
        b.write(new byte[] {(byte) 0x81, 0x20});
        b.write("率,≥90\n".getBytes(Charset.forName("GBK")));
        Assertions.assertThatThrownBy(() -> TableFiles.read(b.toByteArray(), "gbk.csv", null))
                .isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(
                                ((InputRejectedException) e).problems().get(0).problem())
                        .isEqualTo(Problem.of("table.badBytes", 2, 2, "gbk.csv")));
    }
}
