package org.plandesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.Seeds;
import org.plandesk.TestContexts;
import org.plandesk.cli.Cli;
import org.plandesk.cli.CliEnvironment;
import org.plandesk.context.AppContext;
import org.plandesk.plan.io.wide.WideTableParser;
import org.plandesk.plan.io.wide.WideWriters;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Messages;

/**
 * Mutated tables, from the seed table and from generated ones, through the readers: nothing but the import's own
 * error comes out, and a refused import writes nothing.
 */
class FuzzTest {
    private static final int TABLES = 1200;

    @TempDir
    Path dir;

    @Test
    void mutatedTablesGiveOnlyTheImportsOwnErrorAndRefusedImportsWriteNothing() throws Exception {
        Random random = new Random(20261122L);
        List<byte[]> bases = new ArrayList<>();
        bases.add(String.join("\n", Seeds.lines("003_51df2b538ea5f98f.txt")).getBytes(StandardCharsets.UTF_8));
        bases.add(String.join("\n", Seeds.lines("003_51df2b538ea5f98f.txt")).getBytes("GBK"));
        bases.add(generated(random, 40).getBytes(StandardCharsets.UTF_8));
        try (AppContext ctx = TestContexts.sample(dir)) {
            var d = ctx.plans().load(ctx.plans().find("钱塘优学").orElseThrow().id());
            ByteArrayOutputStream x = new ByteArrayOutputStream();
            WideWriters.xlsx(d, x);
            bases.add(x.toByteArray());
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            WideWriters.csv(d, StandardCharsets.UTF_8, csv);
            bases.add(csv.toByteArray());
        }
        int rejected = 0;
        int accepted = 0;
        List<byte[]> refusedSamples = new ArrayList<>();
        for (int i = 0; i < TABLES; i++) {
            byte[] base = bases.get(i % bases.size());
            byte[] mutated = mutate(base, random);
            try {
                RawTable raw = TableFiles.read(mutated, "fuzz-" + i, null);
                var wide = new WideTableParser().parse(raw, "模糊测试", Map.of());
                if (wide.problems().isEmpty()) {
                    accepted++;
                } else {
                    rejected++;
                    if (refusedSamples.size() < 40) {
                        refusedSamples.add(mutated);
                    }
                }
            } catch (InputRejectedException e) {
                rejected++;
                assertThat(e.problems()).isNotEmpty();
                if (refusedSamples.size() < 40) {
                    refusedSamples.add(mutated);
                }
            } catch (Throwable t) {
                fail("table " + i + " (" + (i % bases.size()) + ") threw " + t, t);
            }
        }
        assertThat(rejected).as("refused").isGreaterThan(TABLES / 10);
        assertThat(accepted).as("accepted").isGreaterThan(TABLES / 20);

        Path ws = dir.resolve("fuzz-ws");
        try (AppContext ctx = AppContext.open(ws, false, TestContexts.CLOCK)) {
            assertThat(ctx.plans().plans()).isEmpty();
        }
        for (int i = 0; i < refusedSamples.size(); i++) {
            Path f = dir.resolve("refused-" + i + ".csv");
            Files.write(f, refusedSamples.get(i));
            StringWriter err = new StringWriter();
            int code = new Cli(new CliEnvironment(
                            new Messages(Messages.CHINESE),
                            TestContexts.CLOCK,
                            new PrintWriter(new StringWriter()),
                            new PrintWriter(err)))
                    .execute("import", "--workspace", ws.toString(), "--file", f.toString(), "--plan", "模糊测试");
            assertThat(code).as("refused sample %d: %s", i, err).isEqualTo(3);
        }
        try (AppContext ctx = AppContext.open(ws, false, TestContexts.CLOCK);
                var c = ctx.workspace().connection();
                var rs = c.createStatement()
                        .executeQuery("SELECT (SELECT COUNT(*) FROM plan) + "
                                + "(SELECT COUNT(*) FROM indicator) + (SELECT COUNT(*) FROM target) + "
                                + "(SELECT COUNT(*) FROM actual) + (SELECT COUNT(*) FROM change_log)")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    static String generated(Random r, int rows) {
        StringBuilder sb = new StringBuilder("序号,一级指标,二级指标,单位,2023年预期,2024年目标,2023年实际,2020年基期值\n");
        String[] forms = {
            "≥95",
            "95%以上",
            "不低于90",
            "≤0.45/≤0.5",
            "63~65",
            "保B 争A",
            "A等",
            "16:1",
            "〔15000〕",
            "80（单年）",
            "—",
            "",
            "79/44/92",
            "Ⅲ级以上",
            "良好以上",
            "３％",
            " ≤ 0.3 "
        };
        for (int i = 1; i <= rows; i++) {
            sb.append(i)
                    .append(',')
                    .append(i % 7 == 1 ? "组" + i : "")
                    .append(",指标")
                    .append(i)
                    .append(",%,")
                    .append(forms[r.nextInt(forms.length)])
                    .append(',')
                    .append(forms[r.nextInt(forms.length)])
                    .append(',')
                    .append(r.nextInt(100))
                    .append(',')
                    .append(r.nextBoolean() ? "" : r.nextInt(100))
                    .append('\n');
        }
        return sb.toString();
    }

    /** One to four random edits: bytes flipped, inserted, deleted, lines duplicated or cut, cells swapped. */
    static byte[] mutate(byte[] in, Random r) {
        byte[] b = in.clone();
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(7)) {
                case 0 -> b[at] = (byte) r.nextInt(256);
                case 1 -> {
                    byte[] ins = ",\t\n\"/≥%保—".getBytes(StandardCharsets.UTF_8);
                    byte[] out = new byte[b.length + 1];
                    System.arraycopy(b, 0, out, 0, at);
                    out[at] = ins[r.nextInt(ins.length)];
                    System.arraycopy(b, at, out, at + 1, b.length - at);
                    b = out;
                }
                case 2 -> {
                    int len = Math.min(b.length - at, 1 + r.nextInt(40));
                    byte[] out = new byte[b.length - len];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(b, at + len, out, at, b.length - at - len);
                    b = out;
                }
                case 3 -> b = Arrays.copyOf(b, at);
                case 4 -> {
                    int len = Math.min(b.length - at, 200);
                    byte[] out = new byte[b.length + len];
                    System.arraycopy(b, 0, out, 0, at + len);
                    System.arraycopy(b, at, out, at + len, b.length - at);
                    b = out;
                }
                case 5 -> {
                    int other = r.nextInt(b.length);
                    byte t = b[at];
                    b[at] = b[other];
                    b[other] = t;
                }
                default -> {
                    for (int k = at; k < Math.min(b.length, at + 16); k++) {
                        b[k] = (byte) "0123456789约很多".charAt(r.nextInt(13));
                    }
                }
            }
        }
        return b;
    }
}
