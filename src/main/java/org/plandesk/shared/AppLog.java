package org.plandesk.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * PlanDesk's one logging setup: code logs through {@link System.Logger} (and the libraries through
 * java.util.logging, to which the platform's System.Logger also goes); records go to {@code plandesk0.log} in the data
 * folder (older ones in {@code plandesk1.log} and {@code plandesk2.log}, at most 1 MB each). Nothing is printed on the console, which belongs to the command line's
 * own output.
 */
public final class AppLog {

    private AppLog() {}

    /**
     * Sends every log record to the log file in {@code dataDir} (created if need be) and returns the file; when the
     * folder cannot be written, records are dropped and the returned path still names where they would go.
     */
    public static Path install(Path dataDir) {
        Path file = fileIn(dataDir);
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        try {
            Files.createDirectories(dataDir);
            FileHandler handler =
                    new FileHandler(dataDir.resolve("plandesk%g.log").toString(), 1_000_000, 3, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            root.addHandler(handler);
            root.setLevel(Level.INFO);
        } catch (IOException | SecurityException e) {
            // no log file: the records are dropped, and the user is still told where the log would be
        }
        return file;
    }

    /** The current log file of a data folder. */
    public static Path fileIn(Path dataDir) {
        return dataDir.resolve("plandesk0.log");
    }
}
