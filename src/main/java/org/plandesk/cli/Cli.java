package org.plandesk.cli;

import org.plandesk.shared.Failures;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line (DESIGN §4, D9): parses options, calls the same services as the GUI, prints results. */
@Command(
        name = "plandesk",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = {
            "PlanDesk 规划台 — 教育规划工作台 / a workbench for education plans.",
            "Without a command, PlanDesk opens its window (java -jar plandesk.jar [--workspace FILE]).",
            "Exit status: 0 done; 2 wrong usage; 3 input rejected (nothing written); 4 workspace unavailable."
        })
public final class Cli implements Runnable {
    private static final System.Logger LOG = System.getLogger(Cli.class.getName());
    private final CliEnvironment env;

    public Cli(CliEnvironment env) {
        this.env = env;
    }

    /** Runs the command line and returns the exit status. */
    public int execute(String... args) {
        CommandLine cl = new CommandLine(this);
        cl.addSubcommand(new PlansCommand(env));
        cl.addSubcommand(new ImportCommand(env));
        cl.addSubcommand(new ExportCommand(env));
        cl.addSubcommand(new ChartCommand(env));
        cl.addSubcommand(new ReportCommand(env));
        cl.addSubcommand(new SchoolsCommand(env));
        cl.addSubcommand(new BalanceCommand(env));
        cl.addSubcommand(new BackupCommand(env));
        cl.addSubcommand(new RestoreCommand(env));
        cl.setOut(env.out());
        cl.setErr(env.err());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            LOG.log(System.Logger.Level.ERROR, "command failed", ex);
            env.err().println(Failures.describe(ex, env.messages()));
            return ExitCodes.FAILED;
        });
        int code = cl.execute(args);
        env.out().flush();
        env.err().flush();
        return code;
    }

    @Override
    public void run() {
        // "plandesk" with options but no command: show help.
        new CommandLine(this).usage(env.out());
    }

    /** Version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"PlanDesk 规划台 " + (v == null ? "dev" : v)};
        }
    }
}
