package org.plandesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.shared.Messages;

class WorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void createsMigratesAndReopensWithOrWithoutSuffix() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("plans"))) {
            assertThat(ws.isNew()).isTrue();
            assertThat(ws.name()).isEqualTo("plans");
            assertThat(Files.exists(dir.resolve("plans.mv.db"))).isTrue();
            try (var c = ws.connection();
                    ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM plan")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
        try (Workspace again = Workspace.open(dir.resolve("plans.mv.db"))) {
            assertThat(again.isNew()).isFalse();
            assertThat(again.base()).isEqualTo(dir.resolve("plans").toAbsolutePath());
        }
    }

    @Test
    void theSchemaVersionConstantIsTheNewestMigration() throws Exception {
        int newest;
        try (var files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            newest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max()
                    .orElseThrow();
        }
        assertThat(Workspace.SCHEMA_VERSION).isEqualTo(Integer.toString(newest));
        try (Workspace ws = Workspace.open(dir.resolve("v"))) {
            try (var c = ws.connection()) {
                assertThat(Workspace.isCurrent(c)).isTrue();
            }
        }
    }

    @Test
    void theUrlAlwaysCarriesWriteDelayZero() {
        assertThat(Workspace.url(dir.resolve("x"), false))
                .contains(";WRITE_DELAY=0")
                .contains(";TRACE_LEVEL_FILE=0");
        assertThat(Workspace.url(dir.resolve("x"), true))
                .contains(";WRITE_DELAY=0")
                .contains("IFEXISTS=TRUE");
    }

    @Test
    void aSecondOpenGetsTheInUseMessageNamingTheFile() throws Exception {
        try (Workspace first = Workspace.open(dir.resolve("shared"))) {
            assertThatThrownBy(() -> Workspace.open(dir.resolve("shared.mv.db")))
                    .isInstanceOf(WorkspaceInUseException.class)
                    .satisfies(e -> assertThat(new Messages(Messages.CHINESE)
                                    .format(((WorkspaceUnavailableException) e).problem()))
                            .startsWith("工作区正被另一个 PlanDesk 使用：")
                            .contains(first.dataFile().toString()));
        }
        try (Workspace later = Workspace.open(dir.resolve("shared"))) {
            assertThat(later.isNew()).isFalse();
        }
    }

    @Test
    void aCorruptFileGivesAClearMessageAndIsLeftAlone() throws Exception {
        Path bad = dir.resolve("broken.mv.db");
        byte[] garbage = "this is not an H2 database, just some text that a user renamed"
                .repeat(200)
                .getBytes();
        Files.write(bad, garbage);
        assertThatThrownBy(() -> Workspace.open(bad))
                .isInstanceOf(WorkspaceUnavailableException.class)
                .isNotInstanceOf(WorkspaceInUseException.class)
                .satisfies(e -> assertThat(
                                new Messages(Messages.CHINESE).format(((WorkspaceUnavailableException) e).problem()))
                        .contains("broken.mv.db"));
        assertThat(Files.readAllBytes(bad)).isEqualTo(garbage);
        assertThat(Files.exists(dir.resolve("broken.lock"))).isFalse();
    }

    @Test
    void defaultLocations() {
        Path home = Path.of("/home/li");
        assertThat(WorkspaceLocations.defaultDirectory(Map.of(), "Linux", home))
                .isEqualTo(Path.of("/home/li/.local/share/plandesk"));
        assertThat(WorkspaceLocations.defaultDirectory(Map.of("XDG_DATA_HOME", "/data"), "Linux", home))
                .isEqualTo(Path.of("/data/plandesk"));
        assertThat(WorkspaceLocations.defaultDirectory(
                        Map.of("APPDATA", "C:/Users/li/AppData/Roaming"), "Windows 11", home))
                .isEqualTo(Path.of("C:/Users/li/AppData/Roaming", "PlanDesk"));
        assertThat(WorkspaceLocations.defaultDirectory(Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/li/Library/Application Support/PlanDesk"));
    }
}
