package org.plandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace path is a path, never H2 URL syntax: settings in a file name are refused before H2 sees them. */
class HostilePathTest {
    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    private long filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.walk(d)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aScriptInTheFileNameRunsNothing() throws IOException {
        Path marker = dir.resolve("pwned.txt");
        Path evil = dir.resolve("evil.sql");
        Files.writeString(evil, "CALL FILE_WRITE(STRINGTOUTF8('pwned'), '" + marker + "');\n");
        long before = filesIn(dir);
        int code = cli.run("plans", "--workspace", dir.resolve("x") + ";INIT=RUNSCRIPT FROM '" + evil + "'");
        assertThat(code).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(cli.err()).contains("“;”");
        assertThat(marker).doesNotExist();
        assertThat(filesIn(dir)).as("no workspace, lock or trace file was made").isEqualTo(before);
    }

    @Test
    void settingsThatWouldStartAServerOrChangeTheModeAreRefused() throws IOException {
        for (String setting :
                new String[] {";AUTO_SERVER=TRUE", ";ACCESS_MODE_DATA=r", ";MODE=MySQL", ";TRACE_LEVEL_FILE=3"}) {
            int code = cli.run("plans", "--workspace", dir.resolve("y") + setting);
            assertThat(code).as(setting).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
            assertThat(cli.err()).as(setting).contains("“;”").doesNotContain("Exception");
        }
        assertThat(filesIn(dir)).isZero();
    }

    @Test
    void aFolderWithASemicolonGetsItsOwnMessageNotDamaged() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("规划;2024"));
        int code = cli.run("plans", "--workspace", folder.resolve("ws").toString());
        assertThat(code).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(cli.err()).contains("“;”").contains("改名").doesNotContain("损坏");
        assertThat(filesIn(dir)).isZero();
    }
}
