package org.plandesk.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.h2.engine.MetaRecord;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.result.SearchRow;

/**
 * Checks a workspace file before the SQL engine opens it (DESIGN D11). When H2 opens a database it executes the SQL of
 * every record of its schema table ({@code table.0}: CREATE TABLE, CREATE TRIGGER — compiling Java source —, CREATE
 * ALIAS, CREATE VIEW, settings, users). This reads those records straight from the file with H2's storage layer, as
 * its Recover tool does, without opening the database, and accepts the file only when they are exactly the records
 * PlanDesk's migrations make at one of its schema versions — expressions, defaults and checks included. Only what H2
 * generates differently for every file is set aside: the owner's password salt and hash, the names of generated
 * sequences, keys and indexes, the next value of each sequence, and the selectivity H2 records when it analyses a
 * table by itself after many rows changed.
 */
public final class SchemaCheck {
    /** The fingerprints of the schema versions PlanDesk has shipped, generated from the migrations (a test checks). */
    static final List<String> SHIPPED = List.of("1", "2", "3", "4");

    private static final Pattern CACHE_SIZE = Pattern.compile("SET CACHE_SIZE \\d+");

    private SchemaCheck() {}

    /** What the file's schema records say, normalised and sorted; fails on a file that is not an H2 store. */
    public static List<String> fingerprint(Path dataFile) {
        List<String> out = new ArrayList<>();
        MVStore mv =
                new MVStore.Builder().fileName(dataFile.toString()).readOnly().open();
        try {
            TransactionStore store = new TransactionStore(mv, new ValueDataType());
            store.init();
            Transaction t = store.begin();
            TransactionMap<Object, Object> schema = t.openMap("table.0");
            for (var it = schema.entrySet().iterator(); it.hasNext(); ) {
                Object row = it.next().getValue();
                if (!(row instanceof SearchRow r)) {
                    out.add("?" + row);
                    continue;
                }
                MetaRecord record = new MetaRecord(r);
                String sql = normalise(record.getSQL());
                // the page cache's size, which PlanDesk's URL sets (Workspace.url): a number, nothing that runs
                if (!CACHE_SIZE.matcher(sql).matches()) {
                    out.add(record.getObjectType() + " " + sql);
                }
            }
        } finally {
            mv.close();
        }
        Collections.sort(out);
        return out;
    }

    /** The shipped schema version whose records the file has, or null when it has none of them. */
    public static String matchingVersion(List<String> fingerprint) {
        for (Map.Entry<String, List<String>> e : shipped().entrySet()) {
            if (e.getValue().equals(fingerprint)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The first record of a file's schema that no shipped version has, to say what was found. */
    public static String firstForeign(List<String> fingerprint) {
        for (String line : fingerprint) {
            if (shipped().values().stream().noneMatch(v -> v.contains(line))) {
                return line.length() > 160 ? line.substring(0, 160) + "…" : line;
            }
        }
        return "";
    }

    static String normalise(String sql) {
        return sql.replaceAll("\\s+", " ")
                .replaceAll("SALT '[0-9a-fA-F]*' HASH '[0-9a-fA-F]*'", "SALT '#' HASH '#'")
                .replaceAll("\"SYSTEM_SEQUENCE_[0-9A-F_]+\"", "\"SYSTEM_SEQUENCE_#\"")
                .replaceAll(" RESTART WITH \\d+", "")
                // H2 analyses a table by itself once enough rows changed and writes the statistic into the column
                .replaceAll(" SELECTIVITY \\d+", "")
                .replaceAll("\"(PRIMARY_KEY|CONSTRAINT|CONSTRAINT_INDEX)_[0-9A-F]+\"", "\"$1_#\"")
                .replaceAll("\"([A-Z_]+_INDEX)_[0-9A-F]+\"", "\"$1_#\"");
    }

    /** Shipped version → its fingerprint, read from {@code db/schema/vN.txt}. */
    static Map<String, List<String>> shipped() {
        Map<String, List<String>> out = new TreeMap<>();
        for (String v : SHIPPED) {
            try (InputStream in = SchemaCheck.class.getResourceAsStream("/db/schema/v" + v + ".txt")) {
                if (in == null) {
                    throw new IllegalStateException("missing schema fingerprint v" + v);
                }
                out.put(
                        v,
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)
                                .lines()
                                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                                .toList());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }
}
