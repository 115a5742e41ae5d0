package org.plandesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.plandesk.plan.io.LongRow;
import org.plandesk.plan.io.wide.WideTableParser;
import org.plandesk.plan.io.wide.WideTables;
import org.plandesk.shared.InputRejectedException;

/**
 * The corpus of real tables (src/test/resources/real-tables: public documents transcribed as planners have them,
 * expected values written from the sources by someone who had not run the parser). Each table is imported as a file
 * and its values compared with the expected ones (indicator, part, unit, year, kind, comparator, value, upper). A
 * ratchet: the tables listed in exact.txt must stay exact; the score of all is printed (and reported in the README).
 */
class RealTablesTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "real-tables");

    /** One value as the expected files write it. */
    record Value(
            String indicator,
            String part,
            String unit,
            int year,
            String kind,
            String comparator,
            double value,
            Double upper) {}

    private static List<Value> expected(Path csv) throws IOException {
        List<Value> out = new ArrayList<>();
        List<List<String>> rows = CsvTables.read(Files.readString(csv, StandardCharsets.UTF_8));
        for (List<String> r : rows.subList(1, rows.size())) {
            out.add(new Value(
                    r.get(0),
                    r.get(1),
                    r.get(2),
                    Integer.parseInt(r.get(3)),
                    r.get(4),
                    r.get(5),
                    Double.parseDouble(r.get(6)),
                    r.get(7).isEmpty() ? null : Double.parseDouble(r.get(7))));
        }
        return out;
    }

    private static List<Value> imported(Path table) throws IOException {
        try {
            RawTable raw = WideTables.read(
                    Files.readAllBytes(table), table.getFileName().toString(), null);
            List<Value> out = new ArrayList<>();
            for (LongRow r : new WideTableParser().parse(raw, "语料", Map.of()).rows()) {
                String kind = r.kind().name().toLowerCase(Locale.ROOT);
                boolean target = r.kind() == LongRow.Kind.TARGET;
                Double value = target ? r.target().value() : r.value();
                if (value == null) {
                    continue;
                }
                out.add(new Value(
                        r.indicator(),
                        r.part(),
                        r.unit(),
                        r.year(),
                        kind,
                        target ? r.target().comparator().symbol() : "",
                        value,
                        target ? r.target().upper() : null));
            }
            return out;
        } catch (InputRejectedException e) {
            return List.of();
        }
    }

    private static Path tableOf(Path expected) throws IOException {
        String stem = expected.getFileName().toString().replace(".expected.csv", "");
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.startsWith(stem + ".") && !n.endsWith(".expected.csv") && !n.endsWith(".md");
                    })
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no table for " + expected));
        }
    }

    @Test
    void theCorpusImportsAsTheSourcesSayAndExactTablesStayExact() throws IOException {
        Set<String> mustBeExact = new HashSet<>(Files.readAllLines(CORPUS.resolve("exact.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(String::strip)
                .toList());
        Map<String, String> report = new TreeMap<>();
        int tables = 0;
        int exact = 0;
        int values = 0;
        int found = 0;
        List<Path> expectedFiles;
        try (Stream<Path> s = Files.list(CORPUS)) {
            expectedFiles = s.filter(p -> p.toString().endsWith(".expected.csv"))
                    .sorted()
                    .toList();
        }
        for (Path e : expectedFiles) {
            Path table = tableOf(e);
            List<Value> want = expected(e);
            Set<Value> got = new HashSet<>(imported(table));
            long matched = want.stream().filter(got::contains).count();
            boolean isExact = matched == want.size() && got.size() == want.size();
            tables++;
            exact += isExact ? 1 : 0;
            values += want.size();
            found += (int) matched;
            report.put(table.getFileName().toString(), matched + "/" + want.size() + (isExact ? " exact" : ""));
            if (table.getFileName().toString().equals(System.getProperty("real.tables.diff"))) {
                Set<Value> wanted = new HashSet<>(want);
                want.stream()
                        .filter(v -> !got.contains(v))
                        .limit(15)
                        .forEach(v -> System.out.println("  missing " + v));
                got.stream()
                        .filter(v -> !wanted.contains(v))
                        .limit(15)
                        .forEach(v -> System.out.println("  extra   " + v));
            }
            if (mustBeExact.contains(table.getFileName().toString())) {
                assertThat(isExact).as(table + " was exact and must stay exact").isTrue();
            }
        }
        System.out.printf("real-tables corpus: %d of %d tables exact, %d of %d values%n", exact, tables, found, values);
        report.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        assertThat(tables).isGreaterThanOrEqualTo(12);
    }
}
