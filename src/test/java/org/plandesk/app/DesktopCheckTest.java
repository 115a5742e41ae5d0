package org.plandesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A machine without a display or without GTK 3 gets one sentence naming what to install. */
class DesktopCheckTest {
    @TempDir
    Path dir;

    @Test
    void noDisplayIsNamed() {
        assertThat(DesktopCheck.problem("Linux", Map.of(), true))
                .hasValueSatisfying(m -> assertThat(m).contains("DISPLAY"));
        assertThat(DesktopCheck.problem("Windows 11", Map.of(), true)).isEmpty();
    }

    @Test
    void gtkIsFoundWhereTheLibraryLiesAndNamedWhenItIsMissing() throws Exception {
        Files.createFile(dir.resolve("libgtk-3.so.0"));
        assertThat(DesktopCheck.problem("Linux", Map.of("DISPLAY", ":0", "LD_LIBRARY_PATH", dir.toString()), true))
                .isEmpty();
        // this machine's own answer agrees with whether its GTK 3 is installed
        boolean installed = Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/libgtk-3.so.0"))
                || Files.exists(Path.of("/usr/lib64/libgtk-3.so.0"));
        var answer = DesktopCheck.problem("Linux", Map.of("DISPLAY", ":0"), true);
        assertThat(answer.isEmpty()).isEqualTo(installed);
        answer.ifPresent(m -> assertThat(m).contains("apt-get install libgtk-3-0"));
        assertThat(DesktopCheck.problem("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), false)
                        .map(m -> m.contains("libgtk-3-0"))
                        .orElse(true))
                .isTrue();
    }

    @Test
    void withoutADisplayTheWindowCommandSaysSoInOneSentence() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.plandesk.Main",
                        "--workspace",
                        dir.resolve("ws").toString())
                .redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(out.strip().lines()).hasSize(1);
        assertThat(out).contains("DISPLAY").doesNotContain("Exception");
    }
}
