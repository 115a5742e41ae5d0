package org.plandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.io.TableFiles;
import org.plandesk.plan.Plan;
import org.plandesk.school.io.ExampleSchools;
import org.plandesk.school.io.SchoolTableParser;
import org.plandesk.workspace.Jdbc;

/** Backups are data PlanDesk validates itself; restore writes a new workspace whole, or nothing. */
class BackupRestoreTest {
    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    /** Every row of every table, ids and the change log included. */
    private static Map<String, List<String>> rows(AppContext ctx) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = ctx.workspace().connection()) {
            List<String> tables = new ArrayList<>(ctx.workspace().tables().parentFirst());
            tables.add("CHANGE_LOG");
            for (String t : tables) {
                out.put(t, Jdbc.query(c, "SELECT * FROM " + t + " ORDER BY 1, 2", rs -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        b.append(rs.getString(i)).append('|');
                    }
                    return b.toString();
                }));
            }
        }
        return out;
    }

    private Path workspaceWithHistory() throws Exception {
        Path ws = dir.resolve("ws");
        try (AppContext ctx = AppContext.open(ws, true, TestContexts.CLOCK)) {
            ctx.schoolImports()
                    .apply(new SchoolTableParser().parse(TableFiles.read(ExampleSchools.bytes(), "e.csv", null)));
            Plan p = ctx.plans().find("钱塘优学").orElseThrow();
            ctx.planEdits().update(p.withNote("'); DROP TABLE PLAN; -- 备注"), "改备注");
        }
        return ws;
    }

    @Test
    void aBackupRestoresEveryRowWithItsIdIntoANewWorkspace() throws Exception {
        Path ws = workspaceWithHistory();
        Path zip = dir.resolve("backup.zip");
        assertThat(cli.run("backup", "--workspace", ws.toString(), "--out", zip.toString()))
                .as(cli.err())
                .isZero();
        Map<String, List<String>> before;
        try (AppContext ctx = AppContext.open(ws, false, TestContexts.CLOCK)) {
            before = rows(ctx);
            // a change after the backup is not in it
            ctx.planEdits().delete(ctx.plans().find("钱塘优学").orElseThrow().id(), "删除");
        }
        Path restored = dir.resolve("restored");
        assertThat(cli.run("restore", "--from", zip.toString(), "--workspace", restored.toString()))
                .as(cli.err())
                .isZero();
        try (AppContext ctx = AppContext.open(restored, false, TestContexts.CLOCK)) {
            assertThat(rows(ctx)).isEqualTo(before);
            assertThat(ctx.plans().find("钱塘优学").orElseThrow().note()).isEqualTo("'); DROP TABLE PLAN; -- 备注");
            // new rows get ids above the restored ones
            long max = ctx.plans().plans().stream()
                    .mapToLong(s -> s.plan().id())
                    .max()
                    .orElseThrow();
            ctx.planEdits().create(new Plan(0, "新规划", "", "", "", "", null, 2025, 2027, "", ""), "新建");
            assertThat(ctx.plans().find("新规划").orElseThrow().id()).isGreaterThan(max);
        }
        // restore never overwrites
        byte[] existing = Files.readAllBytes(dir.resolve("restored.mv.db"));
        assertThat(cli.run("restore", "--from", zip.toString(), "--workspace", restored.toString()))
                .isEqualTo(3);
        assertThat(cli.err()).contains("不会覆盖");
        assertThat(Files.readAllBytes(dir.resolve("restored.mv.db"))).isEqualTo(existing);
    }

    /** A copy of a backup with one entry changed. */
    private Path tampered(Path zip, String entry, UnaryOperator<String> change) throws Exception {
        Path out = dir.resolve("tampered-" + entry + ".zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write((e.getName().equals(entry) ? change.apply(text) : text).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out;
    }

    @Test
    void aCraftedOrTruncatedBackupIsRefusedAndWritesNothing() throws Exception {
        Path ws = workspaceWithHistory();
        Path zip = dir.resolve("backup.zip");
        assertThat(cli.run("backup", "--workspace", ws.toString(), "--out", zip.toString()))
                .isZero();
        Path target = dir.resolve("new");
        // a changed value: the checksum says so
        Path changed = tampered(zip, "plan.jsonl", t -> t.replace("钱塘", "钱唐"));
        assertThat(cli.run("restore", "--from", changed.toString(), "--workspace", target.toString()))
                .isEqualTo(3);
        assertThat(cli.err()).contains("校验值");
        // a manifest that adds a column (with its checksum fixed up): the columns must be the workspace's own
        Path column = tampered(zip, "manifest.json", t -> t.replace("\"SORT_ORDER\"", "\"SORT_ORDER\", \"EVIL\""));
        assertThat(cli.run("restore", "--from", column.toString(), "--workspace", target.toString()))
                .isEqualTo(3);
        // a truncated file
        byte[] all = Files.readAllBytes(zip);
        Path cut = dir.resolve("cut.zip");
        Files.write(cut, Arrays.copyOf(all, all.length / 2));
        assertThat(cli.run("restore", "--from", cut.toString(), "--workspace", target.toString()))
                .isEqualTo(3);
        // not a backup at all
        Path other = dir.resolve("other.zip");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry("script.sql"));
            z.write("CREATE ALIAS X FOR 'java.lang.Runtime.exec';".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Files.write(other, b.toByteArray());
        assertThat(cli.run("restore", "--from", other.toString(), "--workspace", target.toString()))
                .isEqualTo(3);
        assertThat(cli.err()).contains("不是 PlanDesk 的备份");
        assertThat(dir.resolve("new.mv.db")).doesNotExist();
    }
}
