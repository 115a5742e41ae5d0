package org.plandesk.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.plandesk.io.AtomicFiles;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Problem;
import org.plandesk.workspace.Jdbc;
import org.plandesk.workspace.Sql;
import org.plandesk.workspace.TableModel;
import org.plandesk.workspace.Workspace;
import org.plandesk.workspace.WorkspaceLocations;
import org.plandesk.workspace.WorkspaceUnavailableException;

/**
 * Backups as data PlanDesk parses and validates itself (DESIGN D5), never SQL to replay: a zip with one JSON-lines file
 * per table — every column, ids included — and a manifest with the schema version, the columns, row counts and a
 * SHA-256 of each file. Restoring checks all of it before it writes anything, writes into a new workspace only (never
 * over one), in one transaction, and sets each identity above the largest restored id. A backup someone crafted can
 * hold no SQL, so restoring it runs nothing; it survives H2 upgrades because it is not H2's file format.
 */
public final class Backups {
    /**
     * The extension of PlanDesk's backup files. A backup is a zip inside, but has its own extension so that the
     * installed app can be the program that opens it (a double-click offers to restore it into a new workspace).
     * Backups named {@code .zip} (made before) are read all the same.
     */
    public static final String EXTENSION = "pdbak";

    /** An argument that is a backup file to open ({@code .pdbak}): what the file manager passes on a double-click. */
    public static boolean isOpenedBackup(String arg) {
        return !arg.startsWith("-") && arg.toLowerCase(Locale.ROOT).endsWith("." + EXTENSION);
    }

    /** The format of this manifest. */
    static final int FORMAT = 1;

    private static final long MAX_ENTRY = 512L * 1024 * 1024;
    private static final String CHANGE_LOG = "CHANGE_LOG";
    private final ObjectMapper json = new ObjectMapper();

    /** Writes a backup of an open workspace to {@code zip} (atomically: a half-written backup never replaces one). */
    public BackupSummary backup(Workspace ws, Path zip) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        AtomicFiles.write(zip, out -> {
            try (Connection c = ws.connection()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                write(c, ws.tables(), ws.schemaVersion(), out, counts);
                c.rollback();
            } catch (SQLException e) {
                throw new IOException(e);
            }
        });
        return new BackupSummary(counts);
    }

    private void write(Connection c, TableModel model, String version, OutputStream out, Map<String, Integer> counts)
            throws IOException, SQLException {
        ZipOutputStream zip = new ZipOutputStream(out);
        ObjectNode manifest = json.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("application", "PlanDesk");
        manifest.put("schemaVersion", version);
        manifest.put("created", Instant.now().toString());
        ArrayNode tables = manifest.putArray("tables");
        for (String table : tables(model)) {
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            List<String> columns = new ArrayList<>();
            int rows = 0;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(Sql.selectAllOrdered(table, key(model, table)));
                    JsonGenerator g = json.getFactory().createGenerator(data)) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    columns.add(rs.getMetaData().getColumnLabel(i));
                }
                g.setRootValueSeparator(null);
                while (rs.next()) {
                    g.writeStartArray();
                    for (int i = 1; i <= columns.size(); i++) {
                        writeValue(g, rs.getObject(i));
                    }
                    g.writeEndArray();
                    g.writeRaw('\n');
                    rows++;
                }
            }
            byte[] bytes = data.toByteArray();
            String file = table.toLowerCase(Locale.ROOT) + ".jsonl";
            zip.putNextEntry(new ZipEntry(file));
            zip.write(bytes);
            zip.closeEntry();
            ObjectNode t = tables.addObject();
            t.put("table", table);
            t.put("file", file);
            t.put("rows", rows);
            t.put("sha256", sha256(bytes));
            ArrayNode cols = t.putArray("columns");
            columns.forEach(cols::add);
            counts.put(table, rows);
        }
        zip.putNextEntry(new ZipEntry("manifest.json"));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
    }

    private static void writeValue(JsonGenerator g, Object v) throws IOException, SQLException {
        switch (v) {
            case null -> g.writeNull();
            case Long l -> g.writeNumber(l);
            case Integer i -> g.writeNumber(i);
            case Double d -> g.writeNumber(d);
            case Boolean b -> g.writeBoolean(b);
            case Clob clob -> g.writeString(clob.getSubString(1, (int) clob.length()));
            default -> g.writeString(v.toString());
        }
    }

    /**
     * Restores a backup into a new workspace at {@code target}, which must not exist. Everything is checked before
     * anything is written; on any problem the new workspace is removed again and the reasons are thrown.
     */
    public BackupSummary restore(Path backup, Path target)
            throws InputRejectedException, WorkspaceUnavailableException, IOException {
        Path base = WorkspaceLocations.base(target);
        if (Files.exists(WorkspaceLocations.dataFile(base))) {
            throw InputRejectedException.of(Problem.of("backup.targetExists", WorkspaceLocations.dataFile(base)));
        }
        Map<String, byte[]> entries = read(backup);
        JsonNode manifest = manifest(entries);
        String version = manifest.path("schemaVersion").asText();
        BackupSummary summary;
        boolean done = false;
        // an older backup is loaded into a workspace of its own version, which the open below upgrades
        try (Workspace ws = Workspace.SCHEMA_VERSION.equals(version)
                ? Workspace.open(base)
                : Workspace.createAtVersion(base, version)) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (Connection c = ws.connection()) {
                c.setAutoCommit(false);
                try {
                    load(c, ws.tables(), manifest, entries, counts);
                    c.commit();
                } catch (SQLException | InputRejectedException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                throw InputRejectedException.of(Problem.of("backup.broken", String.valueOf(e.getMessage())));
            }
            done = true;
            summary = new BackupSummary(counts);
        } finally {
            if (!done) {
                Files.deleteIfExists(WorkspaceLocations.dataFile(base));
            }
        }
        if (!Workspace.SCHEMA_VERSION.equals(version)) {
            Workspace.open(base).close();
            Files.deleteIfExists(
                    WorkspaceLocations.dataFile(base.resolveSibling(base.getFileName() + ".v" + version + "-backup")));
        }
        return summary;
    }

    /** The zip's entries, each at most 512 MB, names without paths. */
    private static Map<String, byte[]> read(Path backup) throws InputRejectedException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(backup);
                ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().contains("/") || e.getName().contains("\\") || entries.containsKey(e.getName())) {
                    throw InputRejectedException.of(Problem.of("backup.broken", e.getName()));
                }
                byte[] data = zip.readNBytes((int) Math.min(MAX_ENTRY, Integer.MAX_VALUE - 16));
                if (zip.read() >= 0) {
                    throw InputRejectedException.of(Problem.of("backup.broken", e.getName()));
                }
                entries.put(e.getName(), data);
            }
        } catch (IOException e) {
            throw InputRejectedException.of(Problem.of("backup.broken", String.valueOf(e.getMessage())));
        }
        if (entries.isEmpty()) {
            throw InputRejectedException.of(
                    Problem.of("backup.broken", backup.getFileName().toString()));
        }
        return entries;
    }

    private JsonNode manifest(Map<String, byte[]> entries) throws InputRejectedException {
        byte[] m = entries.get("manifest.json");
        if (m == null) {
            throw InputRejectedException.of(Problem.of("backup.broken", "manifest.json"));
        }
        try {
            JsonNode manifest = json.readTree(m);
            if (manifest.path("format").asInt() != FORMAT
                    || !"PlanDesk".equals(manifest.path("application").asText())) {
                throw InputRejectedException.of(Problem.of("backup.broken", "manifest.json"));
            }
            if (!Workspace.isShippedVersion(manifest.path("schemaVersion").asText())) {
                throw InputRejectedException.of(Problem.of(
                        "backup.version", manifest.path("schemaVersion").asText(), Workspace.SCHEMA_VERSION));
            }
            return manifest;
        } catch (IOException e) {
            throw InputRejectedException.of(Problem.of("backup.broken", "manifest.json"));
        }
    }

    /** Checks every table file against the manifest and the workspace's columns, then inserts the rows. */
    private void load(
            Connection c, TableModel model, JsonNode manifest, Map<String, byte[]> entries, Map<String, Integer> counts)
            throws SQLException, InputRejectedException {
        Map<String, JsonNode> byTable = new LinkedHashMap<>();
        for (JsonNode t : manifest.path("tables")) {
            byTable.put(t.path("table").asText(), t);
        }
        if (!byTable.keySet().equals(new HashSet<>(tables(model)))) {
            throw InputRejectedException.of(Problem.of("backup.tables", String.join(", ", byTable.keySet())));
        }
        for (String table : tables(model)) {
            JsonNode t = byTable.get(table);
            byte[] data = entries.get(t.path("file").asText());
            if (data == null || !sha256(data).equals(t.path("sha256").asText())) {
                throw InputRejectedException.of(
                        Problem.of("backup.checksum", t.path("file").asText()));
            }
            Map<String, String> types = types(c, table);
            List<String> columns = new ArrayList<>();
            t.path("columns").forEach(col -> columns.add(col.asText()));
            if (!columns.equals(new ArrayList<>(types.keySet()))) {
                throw InputRejectedException.of(Problem.of("backup.columns", table));
            }
            boolean selfReference =
                    !table.equals(CHANGE_LOG) && model.table(table).selfReference() != null;
            int rows = insert(c, table, columns, types, data, selfReference);
            if (rows != t.path("rows").asInt(-1)) {
                throw InputRejectedException.of(
                        Problem.of("backup.rows", table, rows, t.path("rows").asInt(-1)));
            }
            counts.put(table, rows);
            if (types.containsKey("ID") && key(model, table).equals(List.of("ID"))) {
                long max = Jdbc.query(c, "SELECT COALESCE(MAX(ID), 0) FROM " + Sql.id(table), rs -> rs.getLong(1))
                        .get(0);
                try (Statement s = c.createStatement()) {
                    s.execute(
                            "ALTER TABLE " + Sql.id(table) + " ALTER COLUMN ID RESTART WITH " + Long.toString(max + 1));
                }
            }
        }
    }

    /** The tables a backup holds: the workspace's tables, parents first, and the change log. */
    private static List<String> tables(TableModel model) {
        List<String> out = new ArrayList<>(model.parentFirst());
        out.add(CHANGE_LOG);
        return out;
    }

    private static List<String> key(TableModel model, String table) {
        return table.equals(CHANGE_LOG) ? List.of("ID") : model.table(table).key();
    }

    private static Map<String, String> types(Connection c, String table) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        Jdbc.query(
                c,
                "SELECT COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
                        + "AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION",
                rs -> out.put(rs.getString(1), rs.getString(2)),
                table);
        return out;
    }

    private int insert(
            Connection c,
            String table,
            List<String> columns,
            Map<String, String> types,
            byte[] data,
            boolean selfReference)
            throws SQLException, InputRejectedException {
        List<Object[]> rows = new ArrayList<>();
        int line = 0;
        for (String text : new String(data, StandardCharsets.UTF_8).split("\n")) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            JsonNode row;
            try {
                row = json.readTree(text);
            } catch (IOException e) {
                throw InputRejectedException.of(Problem.of("backup.row", table, line));
            }
            if (!row.isArray() || row.size() != columns.size()) {
                throw InputRejectedException.of(Problem.of("backup.row", table, line));
            }
            Object[] values = new Object[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = value(row.get(i), types.get(columns.get(i)), table, line);
            }
            rows.add(values);
        }
        if (selfReference) {
            // a task refers to its parent: parents first (ids are smaller for parents made earlier, not always)
            rows = parentsFirst(rows, columns);
        }
        String sql = "INSERT INTO " + Sql.id(table) + " ("
                + String.join(", ", columns.stream().map(Sql::id).toList()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] values : rows) {
                Jdbc.bind(ps, values);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return rows.size();
    }

    private static List<Object[]> parentsFirst(List<Object[]> rows, List<String> columns) {
        int id = columns.indexOf("ID");
        int parent = columns.indexOf("PARENT_ID");
        List<Object[]> out = new ArrayList<>();
        Set<Object> placed = new HashSet<>();
        Set<Object> all = new HashSet<>();
        rows.forEach(r -> all.add(r[id]));
        List<Object[]> left = new ArrayList<>(rows);
        while (!left.isEmpty()) {
            int before = left.size();
            for (var it = left.iterator(); it.hasNext(); ) {
                Object[] r = it.next();
                if (r[parent] == null || placed.contains(r[parent]) || !all.contains(r[parent])) {
                    out.add(r);
                    placed.add(r[id]);
                    it.remove();
                }
            }
            if (left.size() == before) {
                out.addAll(left); // a cycle: the database refuses it with its own constraint
                break;
            }
        }
        return out;
    }

    /** A JSON value as the column's type; anything else is a problem with the table and line. */
    private static Object value(JsonNode v, String type, String table, int line) throws InputRejectedException {
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return switch (type) {
                case "BIGINT" -> {
                    if (!v.isIntegralNumber()) {
                        throw new IllegalArgumentException();
                    }
                    yield v.longValue();
                }
                case "INTEGER" -> {
                    if (!v.isIntegralNumber()) {
                        throw new IllegalArgumentException();
                    }
                    yield v.intValue();
                }
                case "DOUBLE PRECISION" -> {
                    if (!v.isNumber()) {
                        throw new IllegalArgumentException();
                    }
                    yield v.doubleValue();
                }
                case "BOOLEAN" -> {
                    if (!v.isBoolean()) {
                        throw new IllegalArgumentException();
                    }
                    yield v.booleanValue();
                }
                case "DATE" -> Date.valueOf(LocalDate.parse(v.textValue()));
                case "TIMESTAMP WITH TIME ZONE" ->
                    OffsetDateTime.parse(v.textValue().replace(' ', 'T'));
                case "CHARACTER VARYING", "CHARACTER LARGE OBJECT" -> {
                    if (!v.isTextual()) {
                        throw new IllegalArgumentException();
                    }
                    yield v.textValue();
                }
                default -> throw new IllegalArgumentException(type);
            };
        } catch (RuntimeException e) {
            throw InputRejectedException.of(Problem.of("backup.value", table, line, String.valueOf(v)));
        }
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows per table of a backup written or restored. */
    public record BackupSummary(Map<String, Integer> rows) {
        public int total() {
            return rows.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
