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
import java.util.Set;
import java.util.stream.Stream;
import org.plandesk.io.FileNames;
import org.plandesk.workspace.Workspace;

/**
 * Automatic backups: when a workspace is opened in the window, at most one a day, in {@code backups/<workspace>/} of
 * the data folder, kept as the newest 7 and one per week for 4 weeks before them; older ones are removed.
 */
public final class AutomaticBackups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final Path folder;
    private final Clock clock;
    private final Backups backups = new Backups();

    public AutomaticBackups(Path dataFolder, Clock clock) {
        this.folder = dataFolder.resolve("backups");
        this.clock = clock;
    }

    /** The folder of a workspace's automatic backups. */
    public Path folderOf(Workspace ws) {
        return folder.resolve(FileNames.name(ws.name(), "workspace"));
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
        Path file = dir.resolve(now.format(STAMP) + ".zip");
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

    /** The backups of a folder: files named {@code yyyyMMdd-HHmmss.zip}. */
    static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new ArrayList<>();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.filter(p -> p.getFileName().toString().matches("\\d{8}-\\d{6}\\.zip"))
                    .toList());
        }
    }
}
