package org.plandesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.cli.Cli;
import org.plandesk.cli.CliEnvironment;
import org.plandesk.context.AppContext;
import org.plandesk.shared.Messages;

/** Every kind of bad file: a clear message, exit status 3, nothing written, no hang. */
class BadInputTest {
    @TempDir
    Path dir;

    private Path ws;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void workspace() throws Exception {
        ws = dir.resolve("w");
        try (AppContext ctx = TestContexts.sample(dir.getParent().resolve(dir.getFileName() + "-unused"))) {
            // the sample is built in another folder; this workspace starts empty
        }
        try (AppContext ctx = AppContext.open(ws, false, TestContexts.CLOCK)) {
            assertThat(ctx.plans().plans()).isEmpty();
        }
    }

    private int importFile(Path file) {
        err.getBuffer().setLength(0);
        return new Cli(new CliEnvironment(
                        new Messages(Messages.CHINESE),
                        TestContexts.CLOCK,
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(err)))
                .execute("import", "--workspace", ws.toString(), "--file", file.toString());
    }

    private int rowsInWorkspace() throws Exception {
        try (AppContext ctx = AppContext.open(ws, false, TestContexts.CLOCK);
                var c = ctx.workspace().connection();
                var rs = c.createStatement()
                        .executeQuery("SELECT (SELECT COUNT(*) FROM plan) + "
                                + "(SELECT COUNT(*) FROM target) + (SELECT COUNT(*) FROM change_log)")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static byte[] xlsx() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var s = wb.createSheet("表");
            var h = s.createRow(0);
            h.createCell(0).setCellValue("二级指标");
            h.createCell(1).setCellValue("2024年目标");
            var r = s.createRow(1);
            r.createCell(0).setCellValue("达标率(%)");
            r.createCell(1).setCellValue("≥95");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The same zip with one entry's content replaced. */
    private static byte[] replaceEntry(byte[] zip, String name, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream zo = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                zo.putNextEntry(new ZipEntry(e.getName()));
                zo.write(e.getName().equals(name) ? content : in.readAllBytes());
                zo.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void eachBadFileIsRefusedWithAClearMessageAndNothingWritten() throws Exception {
        byte[] good = xlsx();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty.csv", new byte[0]);
        byte[] garbage = new byte[4096];
        new Random(1).nextBytes(garbage);
        files.put("garbage.csv", garbage);
        files.put("report.xlsx", "%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.ISO_8859_1));
        files.put("truncated.xlsx", Arrays.copyOf(good, good.length / 2));
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(good);
            }
            fs.writeFilesystem(encrypted);
        }
        files.put("locked.xlsx", encrypted.toByteArray());
        byte[] bomb = new byte[150 * 1024 * 1024];
        Arrays.fill(bomb, (byte) ' ');
        files.put("bomb.xlsx", replaceEntry(good, "xl/worksheets/sheet1.xml", bomb));
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>";
        files.put("xxe.xlsx", replaceEntry(good, "xl/worksheets/sheet1.xml", xxe.getBytes(StandardCharsets.UTF_8)));
        files.put("bigcell.csv", ("二级指标,2024年目标\n" + "长".repeat(1_000_000) + ",95\n").getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.write("二级指标,2024年目标\n达标率,95\n".getBytes(StandardCharsets.UTF_8));
        mixed.write("优良率,90\n".getBytes("GBK"));
        files.put("mixed.csv", mixed.toByteArray());
        files.put("noyears.csv", "序号,一级指标,二级指标,单位\n1,好学生,达标率,%\n".getBytes(StandardCharsets.UTF_8));
        files.put("noheader.csv", "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8));
        Map<String, String> expected = Map.ofEntries(
                Map.entry("empty.csv", "文件是空的"),
                Map.entry("garbage.csv", "不是文本表格"),
                Map.entry("report.xlsx", "是 PDF 文件"),
                Map.entry("truncated.xlsx", "无法读取工作簿"),
                Map.entry("locked.xlsx", "设有密码"),
                Map.entry("bomb.xlsx", "无法读取工作簿"),
                Map.entry("xxe.xlsx", "无法读取工作簿"),
                Map.entry("bigcell.csv", "超过 10000 个字符"),
                Map.entry("mixed.csv", "混用了多种编码"),
                Map.entry("noyears.csv", "表头没有年份列"),
                Map.entry("noheader.csv", "找不到表头"));
        for (var e : files.entrySet()) {
            Path f = dir.resolve(e.getKey());
            Files.write(f, e.getValue());
            assertThat(importFile(f)).as(e.getKey()).isEqualTo(3);
            assertThat(err.toString())
                    .as(e.getKey())
                    .contains(expected.get(e.getKey()))
                    .doesNotContain("\tat ", "Exception");
        }
        assertThat(rowsInWorkspace()).isZero();
    }

    @Test
    void aDryRunOfTheLargestWideTableFinishesAndALargerOneIsRefused() throws Exception {
        StringBuilder sb = new StringBuilder("序号,一级指标,二级指标,2023年目标,2024年目标,2023年实际\n");
        for (int i = 1; i < 50_000; i++) {
            sb.append(i)
                    .append(",组,指标")
                    .append(i)
                    .append("(%),≥")
                    .append(i % 100)
                    .append(',')
                    .append(i % 100)
                    .append(',')
                    .append(i % 97)
                    .append('\n');
        }
        Path f = dir.resolve("big.csv");
        Files.writeString(f, sb);
        StringWriter out = new StringWriter();
        int code = new Cli(new CliEnvironment(
                        new Messages(Messages.CHINESE), TestContexts.CLOCK, new PrintWriter(out), new PrintWriter(err)))
                .execute("import", "--workspace", ws.toString(), "--file", f.toString(), "--dry-run");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("找到 49999 个指标", "目标 99998 条", "试导入");
        assertThat(rowsInWorkspace()).isZero();

        // one row past the limit of 50,000 rows: refused with the reason, nothing written
        sb.append("50000,组,指标50000(%),≥1,1,1\n");
        sb.append("50001,组,指标50001(%),≥1,1,1\n");
        Files.writeString(f, sb);
        StringWriter refused = new StringWriter();
        StringWriter why = new StringWriter();
        int refusedCode = new Cli(new CliEnvironment(
                        new Messages(Messages.CHINESE),
                        TestContexts.CLOCK,
                        new PrintWriter(refused),
                        new PrintWriter(why)))
                .execute("import", "--workspace", ws.toString(), "--file", f.toString());
        assertThat(refusedCode).isEqualTo(3);
        assertThat(why.toString()).contains("表格超过 50000 行");
        assertThat(rowsInWorkspace()).isZero();
    }
}
