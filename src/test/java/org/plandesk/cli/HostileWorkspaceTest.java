package org.plandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.TestContexts;
import org.plandesk.context.AppContext;
import org.plandesk.workspace.Workspace;

/**
 * A workspace someone else made runs nothing: each test makes a real PlanDesk workspace, adds what an attacker would
 * (with H2 itself, as they would), and opens it with {@code plans}. PlanDesk refuses it with exit 4 before H2 opens
 * it, so nothing of it runs.
 */
class HostileWorkspaceTest {
    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    /** A sample workspace with the statements added, closed again. */
    private Path crafted(String name, String... statements) throws Exception {
        Path base = dir.resolve(name);
        try (AppContext ctx = AppContext.open(base, true, TestContexts.CLOCK)) {
            ctx.plans().plans();
        }
        try (Connection c = DriverManager.getConnection(Workspace.url(base.toAbsolutePath(), true), "sa", "");
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
        return base;
    }

    private void refused(Path base) {
        int code = cli.run("plans", "--workspace", base.toString());
        assertThat(code).as(cli.out() + cli.err()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(cli.err()).contains("为安全起见未打开").doesNotContain("Exception");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void aTriggerWithJavaSourceIsNeverCompiledOrRun() throws Exception {
        Path marker = dir.resolve("trigger-ran.txt");
        // H2 compiles this source when the schema loads; its factory writes the marker
        Path base = crafted(
                "trigger",
                "CREATE TABLE NOTES(X INT)",
                "CREATE TRIGGER PWN BEFORE INSERT ON NOTES AS $$"
                        + "org.h2.api.Trigger create() throws Exception { java.nio.file.Files.writeString("
                        + "java.nio.file.Path.of(\"" + marker + "\"), \"ran\"); return (c, o, n) -> { }; } $$");
        Files.deleteIfExists(marker); // creating the trigger compiled it once, in the attacker's session
        refused(base);
        assertThat(marker).doesNotExist();
        // the control: H2 itself, opening the same file, compiles and runs the trigger at once
        try (Connection c = DriverManager.getConnection(Workspace.url(base.toAbsolutePath(), true), "sa", "")) {
            assertThat(c.isValid(1)).isTrue();
        }
        assertThat(marker).exists();
    }

    @Test
    void anAliasAViewInPlaceOfATableAndAFunctionInADefaultAreRefused() throws Exception {
        refused(crafted("alias", "CREATE ALIAS GETPROP FOR 'java.lang.System.getProperty'"));
        refused(crafted(
                "view",
                "ALTER TABLE WORKSPACE_SETTING RENAME TO WS_OLD",
                "CREATE VIEW WORKSPACE_SETTING AS SELECT * FROM WS_OLD WHERE FILE_WRITE('x', '"
                        + dir.resolve("view-ran.txt") + "') > 0"));
        assertThat(dir.resolve("view-ran.txt")).doesNotExist();
        refused(crafted("default", "ALTER TABLE PLAN ALTER COLUMN NOTE SET DEFAULT FILE_READ('/etc/passwd')"));
        refused(crafted("check", "ALTER TABLE PART ADD CONSTRAINT SNEAKY CHECK (LENGTH(DATABASE_PATH()) > 0)"));
        refused(crafted("user", "CREATE USER GUEST PASSWORD 'x' ADMIN"));
        refused(crafted("setting", "SET DEFAULT_LOCK_TIMEOUT 1"));
    }

    @Test
    void anOrdinaryWorkspaceOpens() throws Exception {
        Path base = crafted("ordinary", "INSERT INTO WORKSPACE_SETTING (NAME, VAL) VALUES ('x', 'y')");
        assertThat(cli.run("plans", "--workspace", base.toString()))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("钱塘");
    }
}
