package org.plandesk.bench;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * The floor of issue 14 §4: the least a long-CSV import can cost as a whole process. Reads the file line by line and
 * batch-inserts its rows into one flat H2 table with {@code WRITE_DELAY=0}, in one transaction; no validation, no
 * model. {@code ImportScaling} runs it beside {@code plandesk import}. Usage: {@code ImportFloor CSV DATABASE}.
 */
public final class ImportFloor {
    private ImportFloor() {}

    public static void main(String[] args) throws Exception {
        String url = "jdbc:h2:" + Path.of(args[1]).toAbsolutePath() + ";WRITE_DELAY=0";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            c.createStatement()
                    .execute("CREATE TABLE IF NOT EXISTS v (plan VARCHAR, code VARCHAR, grp VARCHAR, indicator VARCHAR,"
                            + " part VARCHAR, unit VARCHAR, yr INT, kind VARCHAR, comparator VARCHAR, val DOUBLE,"
                            + " upper VARCHAR, stretch VARCHAR, text VARCHAR, source VARCHAR, note VARCHAR)");
            c.setAutoCommit(false);
            in.readLine();
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO v VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] f = line.split(",", -1);
                    for (int i = 0; i < 15; i++) {
                        ps.setString(i + 1, f[i]);
                    }
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }
}
