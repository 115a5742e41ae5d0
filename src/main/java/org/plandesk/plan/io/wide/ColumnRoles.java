package org.plandesk.plan.io.wide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plandesk.shared.Problem;
import org.plandesk.shared.Text;

/**
 * A column's role chosen by the user on the command line: {@code --column-role "2020年=基期"}. The header is matched as
 * written (full-width forms and spaces aside); the role is 目标/target, 实际/actual, 基期/baseline or 忽略/ignore.
 */
public final class ColumnRoles {
    private static final Pattern YEAR = Pattern.compile("(19|20|21)\\d{2}");

    private ColumnRoles() {}

    /** The column index and its new role and year, or the problem with the option. */
    public record Choice(int index, WideColumn column) {}

    /** Reads one option against the table's columns; a problem when the header or the role is unknown. */
    public static Choice of(String option, List<WideColumn> columns) throws Refused {
        int eq = option.lastIndexOf('=');
        if (eq <= 0) {
            throw new Refused(Problem.of("cli.columnRole.form", option));
        }
        String header = key(option.substring(0, eq));
        ColumnRole role = role(option.substring(eq + 1))
                .orElseThrow(() -> new Refused(Problem.of("cli.columnRole.role", option.substring(eq + 1))));
        for (WideColumn c : columns) {
            if (key(c.header()).equals(header)) {
                int year = c.year();
                if (role.hasYear() && year == 0) {
                    Matcher m = YEAR.matcher(Text.normalize(c.header()));
                    if (!m.find()) {
                        throw new Refused(Problem.of("cli.columnRole.noYear", c.header()));
                    }
                    year = Integer.parseInt(m.group());
                }
                return new Choice(c.index(), new WideColumn(c.index(), c.header(), role, role.hasYear() ? year : 0));
            }
        }
        throw new Refused(Problem.of(
                "cli.columnRole.header",
                option.substring(0, eq),
                String.join(
                        "、",
                        columns.stream()
                                .map(WideColumn::header)
                                .filter(h -> !h.isBlank())
                                .toList())));
    }

    /** The overrides of several options, for {@link WideTableParser#parse}. */
    public static Map<Integer, WideColumn> overrides(List<String> options, List<WideColumn> columns) throws Refused {
        Map<Integer, WideColumn> out = new LinkedHashMap<>();
        for (String o : options) {
            Choice c = of(o, columns);
            out.put(c.index(), c.column());
        }
        return out;
    }

    private static String key(String header) {
        return Text.normalize(header).replaceAll("\\s+", "");
    }

    private static Optional<ColumnRole> role(String word) {
        return Optional.ofNullable(
                switch (Text.normalize(word).strip().toLowerCase(Locale.ROOT)) {
                    case "目标", "target" -> ColumnRole.TARGET;
                    case "实际", "actual" -> ColumnRole.ACTUAL;
                    case "基期", "baseline" -> ColumnRole.BASELINE;
                    case "忽略", "ignore" -> ColumnRole.IGNORE;
                    default -> null;
                });
    }

    /** An option that cannot be applied, with the reason. */
    public static final class Refused extends Exception {
        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.key());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
