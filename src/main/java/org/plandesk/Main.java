package org.plandesk;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plandesk.app.DesktopCheck;
import org.plandesk.app.PlanDeskApp;
import org.plandesk.backup.AutomaticBackups;
import org.plandesk.backup.Backups;
import org.plandesk.cli.Cli;
import org.plandesk.cli.CliEnvironment;
import org.plandesk.shared.AppLog;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Settings;
import org.plandesk.workspace.WorkspaceLocations;

/**
 * Entry point: without a command (or with only {@code --workspace FILE}) PlanDesk opens its window; with a command it
 * runs the command line. Imports no JavaFX: the window is started through {@link PlanDeskApp#launch}, so JavaFX works
 * from the class path.
 */
public final class Main {
    /** Held so that the levels set on them are not lost to garbage collection. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private static final Logger APACHE_LOG = Logger.getLogger("org.apache");

    private Main() {}

    public static void main(String[] args) {
        AppLog.install(WorkspaceLocations.defaultWorkspace().getParent());
        quietLibraries();
        if (isGui(args)) {
            // JavaFX's own headless platform (the installer's AOT training run) needs no display
            boolean headless = "Headless".equals(System.getProperty("glass.platform"));
            Optional<String> missing = headless
                    ? Optional.empty()
                    : DesktopCheck.problem(
                            System.getProperty("os.name", ""),
                            System.getenv(),
                            !"en".equals(Settings.user().language()));
            if (missing.isPresent()) {
                // one sentence naming what to install, instead of the toolkit's stack trace
                PrintWriter err = new PrintWriter(
                        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), consoleCharset()), true);
                err.println(missing.get());
                System.exit(1);
            }
            PlanDeskApp.launch(args);
            return;
        }
        Charset cs = consoleCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), cs), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), cs), true);
        Settings settings = Settings.user();
        Messages messages = Messages.forLanguage(settings.language());
        Clock clock = Clock.systemDefaultZone();
        int code = new Cli(
                        new CliEnvironment(messages, clock, out, err, AutomaticBackups.fromSettings(settings, clock)))
                .execute(args);
        System.exit(code);
    }

    /**
     * True for no arguments, only {@code --workspace FILE}, or only a backup file, each possibly followed by {@code --aot-training} (the
     * installer's training run: the first screen, then exit).
     */
    static boolean isGui(String[] args) {
        if (args.length > 0 && PlanDeskApp.TRAINING.equals(args[args.length - 1])) {
            args = Arrays.copyOf(args, args.length - 1);
        }
        if (args.length == 0 || (args.length == 1 && Backups.isOpenedBackup(args[0]))) {
            return true;
        }
        if (args.length == 1 && args[0].startsWith("--workspace=")) {
            return true;
        }
        return args.length == 2 && "--workspace".equals(args[0]);
    }

    /** The console's charset, or UTF-8 when the console claims plain ASCII (a POSIX locale). */
    private static Charset consoleCharset() {
        String name = System.getProperty("stdout.encoding");
        try {
            Charset cs = name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
            return cs.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : cs;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /**
     * Flyway and Apache POI log through java.util.logging (POI with stack traces for a damaged file); PlanDesk reports
     * those problems in its own words, so their logs stay quiet.
     */
    private static void quietLibraries() {
        FLYWAY_LOG.setLevel(Level.OFF);
        APACHE_LOG.setLevel(Level.OFF);
    }
}
