package org.plandesk.cli;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.plandesk.context.AppContext;
import org.plandesk.plan.service.PlanSummary;
import org.plandesk.shared.Text;
import picocli.CommandLine.Command;

/** {@code plans}: one line per plan: title, period, number of indicators. */
@Command(name = "plans", description = "列出工作区中的规划 / List the plans: title, period, number of indicators")
final class PlansCommand extends WorkspaceCommand {
    PlansCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(AppContext ctx) {
        for (PlanSummary s : ctx.plans().plans()) {
            env.out()
                    .println(env.messages()
                            .get(
                                    "cli.plans.line",
                                    Text.printable(s.plan().title()),
                                    s.plan().period(),
                                    s.indicatorCount(),
                                    issued(s)));
        }
        return ExitCodes.OK;
    }

    /** The plan's date of issue in the user's language (2022年7月12日), or nothing. */
    private String issued(PlanSummary s) {
        if (s.plan().issueDate() == null) {
            return "";
        }
        return "\t"
                + env.messages()
                        .get(
                                "cli.plans.issued",
                                s.plan()
                                        .issueDate()
                                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                                .withLocale(env.messages().locale())));
    }
}
