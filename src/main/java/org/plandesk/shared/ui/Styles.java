package org.plandesk.shared.ui;

import java.util.Locale;

/** Style-class constants of {@code plandesk.css}; views use these, never literals. */
public final class Styles {
    public static final String STYLESHEET = "/org/plandesk/ui/plandesk.css";
    public static final String PLAN_TITLE = "pd-plan-title";
    public static final String META_LABEL = "pd-meta-label";
    public static final String META_VALUE = "pd-meta-value";
    public static final String GROUP_ROW = "pd-group-row";
    public static final String STATUS_BAR = "pd-status-bar";
    public static final String PLAN_CELL_PERIOD = "pd-plan-period";
    public static final String YEAR_HEADER = "pd-year-header";
    public static final String MUTED = "pd-muted";
    /** A cell whose value carries a note: marked in the corner. */
    public static final String NOTED = "pd-noted";

    /** The stylesheet's base font size in px ({@code .root}); a zoomed area scales it. */
    public static final double BASE_FONT_PX = 13;

    private Styles() {}

    /** The inline style of an area zoomed by {@code factor} (视图 → 缩放). */
    public static String zoomed(double factor) {
        return String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * factor);
    }

    /** Style class of a status constant: {@code pd-status-met}, {@code pd-status-missed} … */
    public static String status(Enum<?> status) {
        return "pd-status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The style classes of all constants of a status type, to remove before adding the current one. */
    public static String[] allStatuses(Class<? extends Enum<?>> type) {
        Enum<?>[] values = type.getEnumConstants();
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = status(values[i]);
        }
        return out;
    }
}
