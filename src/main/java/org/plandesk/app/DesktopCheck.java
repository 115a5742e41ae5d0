package org.plandesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the window needs from the machine, checked before JavaFX starts so that a missing piece is one sentence naming
 * what to install, not a toolkit stack trace: on Linux a display (X11 or Wayland) and GTK 3's library.
 */
public final class DesktopCheck {
    private static final String GTK = "libgtk-3.so.0";
    private static final List<String> LIBRARY_DIRS = List.of(
            "/usr/lib/x86_64-linux-gnu",
            "/usr/lib/aarch64-linux-gnu",
            "/usr/lib64",
            "/usr/lib",
            "/lib/x86_64-linux-gnu",
            "/lib64",
            "/usr/local/lib");

    private DesktopCheck() {}

    /** Why the window cannot open on this machine, in the user's language, or empty when it can. */
    public static Optional<String> problem(String osName, Map<String, String> env, boolean chinese) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        if (blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of(
                    chinese
                            ? "PlanDesk 的窗口需要图形桌面：没有找到显示器（DISPLAY 未设置）。请在桌面环境中启动，"
                                    + "或使用命令行功能（java -jar plandesk.jar --help）。"
                            : "PlanDesk's window needs a graphical desktop: no display was found (DISPLAY is not set)."
                                    + " Start it from a desktop session, or use the command line"
                                    + " (java -jar plandesk.jar --help).");
        }
        if (!hasGtk(env)) {
            return Optional.of(
                    chinese
                            ? "PlanDesk 的窗口需要 GTK 3，但本机没有安装。请安装：sudo apt-get install libgtk-3-0"
                                    + "（Debian、Ubuntu、统信 UOS、麒麟）或 sudo dnf install gtk3（Fedora、openEuler）。"
                            : "PlanDesk's window needs GTK 3, which is not installed. Install it:"
                                    + " sudo apt-get install libgtk-3-0 (Debian, Ubuntu) or sudo dnf install gtk3"
                                    + " (Fedora).");
        }
        return Optional.empty();
    }

    private static boolean hasGtk(Map<String, String> env) {
        List<String> dirs = new ArrayList<>();
        String extra = env.get("LD_LIBRARY_PATH");
        if (!blank(extra)) {
            dirs.addAll(List.of(extra.split(":")));
        }
        dirs.addAll(LIBRARY_DIRS);
        return dirs.stream().filter(d -> !d.isBlank()).anyMatch(d -> Files.exists(Path.of(d, GTK)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
