package org.plandesk.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.plandesk.app.AppContext;
import org.plandesk.io.AtomicFiles;
import org.plandesk.school.BalanceReport;
import org.plandesk.school.io.BalanceWriters;
import org.plandesk.shared.InputRejectedException;
import org.plandesk.shared.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code balance}: a year's balance statistics from the registry, per district and stage and per school section, as
 * CSV (3 decimals) or JSON (English keys, unrounded). Warnings (sections left out) go to stderr.
 */
@Command(name = "balance", description = "义务教育优质均衡：差异系数与学校达标 / Balance statistics from the registry")
final class BalanceCommand extends WorkspaceCommand {
    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Year of the school figures")
    int year;

    @Option(names = "--district", paramLabel = "NAME", description = "One district (default: all)")
    String district;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv or json")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "File to write (default: standard output)")
    Path out;

    BalanceCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(AppContext ctx) throws SQLException, InputRejectedException {
        if (!"csv".equals(format) && !"json".equals(format)) {
            env.err().println(env.messages().get("cli.formatUnsupported", format, "csv, json"));
            return ExitCodes.USAGE;
        }
        List<Integer> years = ctx.balance().years();
        if (!years.contains(year)) {
            throw InputRejectedException.of(Problem.of("balance.noYear", year,
                    years.isEmpty() ? "—" : String.join("、", years.stream().map(String::valueOf).toList())));
        }
        if (district != null && !ctx.balance().districts().contains(district)) {
            throw InputRejectedException.of(Problem.of("balance.noDistrict", district,
                    String.join("、", ctx.balance().districts())));
        }
        BalanceReport report = ctx.balance().report(year, district);
        report.warnings().forEach(w -> env.err().println(env.messages().format(w)));
        report.stages().forEach(s -> s.warnings().forEach(w -> env.err().println(env.messages().format(w))));
        try {
            if (out == null) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                write(report, buffer);
                env.out().print(buffer.toString(StandardCharsets.UTF_8));
            } else {
                AtomicFiles.write(out.toAbsolutePath(), os -> write(report, os));
            }
        } catch (IOException e) {
            env.err().println(env.messages().get("cli.writeFailed", out, e.getMessage()));
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    private void write(BalanceReport report, java.io.OutputStream os) throws IOException {
        if ("json".equals(format)) {
            BalanceWriters.json(report, os);
        } else {
            BalanceWriters.csv(report, os);
        }
    }
}
