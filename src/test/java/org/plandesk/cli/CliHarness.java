package org.plandesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.plandesk.TestContexts;
import org.plandesk.backup.AutomaticBackups;
import org.plandesk.shared.Messages;

/** Runs the command line in-process in Chinese with the tests' clock, keeping what it printed. */
final class CliHarness {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AutomaticBackups backups;

    CliHarness() {
        this(null);
    }

    /** A command line whose environment makes automatic backups with {@code backups}. */
    CliHarness(AutomaticBackups backups) {
        this.backups = backups;
    }

    /** Runs a command and returns its exit status; out and err hold only this run's output. */
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CliEnvironment env = new CliEnvironment(
                new Messages(Messages.CHINESE),
                TestContexts.CLOCK,
                new PrintWriter(out),
                new PrintWriter(err),
                backups);
        return new Cli(env).execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
