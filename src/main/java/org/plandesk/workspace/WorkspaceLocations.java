package org.plandesk.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where workspaces live. Linux: {@code $XDG_DATA_HOME/plandesk} (else {@code ~/.local/share/plandesk}); Windows:
 * {@code %APPDATA%\PlanDesk}; macOS: {@code ~/Library/Application Support/PlanDesk}.
 */
public final class WorkspaceLocations {
    /** Base name of the default workspace file (H2 adds {@code .mv.db}). */
    public static final String DEFAULT_NAME = "workspace";

    private WorkspaceLocations() {}

    public static Path defaultDirectory(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "PlanDesk")
                    : home.resolve("AppData").resolve("Roaming").resolve("PlanDesk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("PlanDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve("plandesk");
    }

    /** The default workspace of this user on this machine. */
    public static Path defaultWorkspace() {
        return defaultDirectory(
                        System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")))
                .resolve(DEFAULT_NAME);
    }

    /** A workspace path without H2's {@code .mv.db} suffix, absolute. */
    public static Path base(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        if (name.endsWith(".mv.db")) {
            return abs.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
        }
        return abs;
    }

    /**
     * The character of a workspace path that cannot be part of an H2 database URL, or -1 when there is none. A
     * {@code ;} would start H2 settings (INIT=RUNSCRIPT…, AUTO_SERVER=TRUE…) taken from the file name; control
     * characters have no place in a file name. PlanDesk never passes such a path to H2, whatever it is called.
     */
    public static int unsafeCharacter(Path path) {
        String s = path.toAbsolutePath().normalize().toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ';' || c < 0x20 || c == 0x7f) {
                return c;
            }
        }
        return -1;
    }

    /**
     * True when a workspace file can be written where it lies: the file is writable and a file can be made in its
     * folder (H2 needs both). Tried, not guessed from permissions, so a read-only medium is seen as one.
     */
    public static boolean writable(Path data) {
        if (!Files.isWritable(data)) {
            return false;
        }
        try {
            Path probe = Files.createTempFile(data.toAbsolutePath().getParent(), ".plandesk-", ".probe");
            Files.delete(probe);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The H2 data file of a workspace base path. */
    public static Path dataFile(Path base) {
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }
}
