package org.plandesk.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.plandesk.io.FileNames;
import org.plandesk.shared.Settings;
import org.plandesk.workspace.Workspace;
import org.plandesk.workspace.WorkspaceLocations;

/**
 * Automatic backups, in {@code backups/<workspace>/} of the data folder (or the folder the settings name): when a
 * workspace is opened in the window (at most one a day), before a workspace is upgraded, and before an import of more
 * than {@value #LARGE_IMPORT} values; kept as the newest 7 and one per week for 4 weeks before them.
 */
public final class AutomaticBackups {
    /** An import of more values than this is backed up first. */
    public static final int LARGE_IMPORT = 1000;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String NAME = "\\d{8}-\\d{6}(-[a-z0-9]+)?\\.(zip|" + Backups.EXTENSION + ")";
    private final Path folder;
    private final Clock clock;
    private final Backups backups = new Backups();

    /** Backups in {@code <folder>/backups}. */
    public AutomaticBackups(Path folder, Clock clock) {
        this.folder = folder.resolve("backups");
        this.clock = clock;
    }

    /**
     * The automatic backups the user's settings ask for: {@code autoBackup} (on unless "off") in {@code backupFolder}
     * (the data folder unless set); null when they are off.
     */
    public static AutomaticBackups fromSettings(Settings settings, Clock clock) {
        if ("off".equals(settings.get("autoBackup", "on"))) {
            return null;
        }
        return new AutomaticBackups(folderSetting(settings), clock);
    }

    /** The folder the settings name for backups (the data folder by default). */
    public static Path folderSetting(Settings settings) {
        return Path.of(settings.get(
                "backupFolder",
                WorkspaceLocations.defaultWorkspace().getParent().toString()));
    }

    /** The folder of a workspace's automatic backups. */
    public Path folderOf(Workspace ws) {
        return folder.resolve(FileNames.name(ws.name(), "workspace"));
    }

    /** The folder of the automatic backups of the workspace at {@code file} (which may not open). */
    public Path folderOf(Path file) {
        return folder.resolve(
                FileNames.name(WorkspaceLocations.base(file).getFileName().toString(), "workspace"));
    }

    /** The newest automatic backup of the workspace at {@code file}, if there is one. */
    public Optional<Path> latest(Path file) throws IOException {
        return list(folderOf(file)).stream()
                .max(Comparator.comparing(p -> p.getFileName().toString()));
    }

    /** When a backup was made, from its name: {@code 2026-11-27 12:30}. */
    public static String when(Path backup) {
        String n = backup.getFileName().toString();
        return LocalDateTime.parse(n.substring(0, 15), STAMP).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    /** Backs up an older workspace (open read-only) before it is upgraded. */
    public void beforeUpgrade(Workspace old, String fromVersion) throws IOException {
        write(old, "v" + fromVersion);
    }

    /** Backs up before an import of {@code values} values when there are more than {@value #LARGE_IMPORT}. */
    public Path beforeImport(Workspace ws, int values) throws IOException {
        return values > LARGE_IMPORT ? write(ws, "import") : null;
    }

    private Path write(Workspace ws, String why) throws IOException {
        Path dir = folderOf(ws);
        Files.createDirectories(dir);
        Path file = dir.resolve(LocalDateTime.now(clock).format(STAMP) + "-" + why + "." + Backups.EXTENSION);
        backups.backup(ws, file);
        rotate(dir);
        return file;
    }

    /** Writes today's backup unless there is one; returns it, or null when none was needed. */
    public Path ensureToday(Workspace ws) throws IOException {
        Path dir = folderOf(ws);
        Files.createDirectories(dir);
        LocalDateTime now = LocalDateTime.now(clock);
        String today = now.toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE);
        if (list(dir).stream().anyMatch(p -> p.getFileName().toString().startsWith(today))) {
            return null;
        }
        Path file = dir.resolve(now.format(STAMP) + "." + Backups.EXTENSION);
        backups.backup(ws, file);
        rotate(dir);
        return file;
    }

    /** Keeps the newest 7 and, before them, the newest of each of 4 weeks. */
    static void rotate(Path dir) throws IOException {
        List<Path> all = list(dir);
        all.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        Set<Path> keep = new HashSet<>(all.subList(0, Math.min(7, all.size())));
        Set<String> weeks = new HashSet<>();
        for (Path p : all.subList(Math.min(7, all.size()), all.size())) {
            LocalDate d = LocalDate.parse(p.getFileName().toString().substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
            String week = d.get(IsoFields.WEEK_BASED_YEAR) + "-" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeks.size() < 4 && weeks.add(week)) {
                keep.add(p);
            }
        }
        for (Path p : all) {
            if (!keep.contains(p)) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The backups of a folder: files named {@code yyyyMMdd-HHmmss[-why].pdbak} ({@code .zip} before version 0.2). */
    static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new ArrayList<>();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(
                    s.filter(p -> p.getFileName().toString().matches(NAME)).toList());
        }
    }
}
