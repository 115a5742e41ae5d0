package org.plandesk.plan.ui;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;
import org.plandesk.shared.Messages;
import org.plandesk.shared.Settings;

/**
 * The year in focus above the indicator grid: one year shows its target, actual and status right beside the names,
 * "全部年份" shows every year. The default is the current year when it lies in the plan's period, else the period's
 * last year; the choice is remembered per plan.
 */
final class YearFocus {
    private static final String ALL = "all";
    private final ChoiceBox<Integer> box = new ChoiceBox<>();
    private Settings settings;
    private long planId;
    private boolean updating;

    YearFocus(Messages messages, Consumer<Integer> changed) {
        box.setId("yearFocus");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer year) {
                return year == null ? messages.get("yearFocus.all") : messages.get("col.year", year);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        box.valueProperty().addListener((o, old, now) -> {
            if (updating) {
                return;
            }
            if (settings != null && planId != 0) {
                settings.put("yearFocus." + planId, now == null ? ALL : Integer.toString(now));
            }
            changed.accept(now);
        });
    }

    Node node() {
        return box;
    }

    void rememberIn(Settings s) {
        this.settings = s;
    }

    /** Offers a plan's years and returns the year in focus (null: all years). */
    Integer show(long plan, int[] span, int currentYear) {
        updating = true;
        try {
            planId = plan;
            box.getItems().setAll((Integer) null);
            for (int y = span[0]; y <= span[1]; y++) {
                box.getItems().add(y);
            }
            String saved = settings == null ? "" : settings.get("yearFocus." + planId, "");
            Integer year = ALL.equals(saved) ? null : yearIn(saved, span);
            if (year == null && !ALL.equals(saved)) {
                year = defaultYear(span, currentYear);
            }
            box.setValue(year);
            return year;
        } finally {
            updating = false;
        }
    }

    /** The year remembered as a plan's focus when it is one of its years; null for none or "all years". */
    static Integer rememberedYear(Settings settings, long plan, int[] span) {
        return settings == null ? null : yearIn(settings.get("yearFocus." + plan, ""), span);
    }

    /** A remembered year when it is one of the plan's years, else null. */
    private static Integer yearIn(String saved, int[] span) {
        try {
            int y = Integer.parseInt(saved);
            return y >= span[0] && y <= span[1] ? y : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The current year when it lies in the plan's years, else the last of them. */
    static Integer defaultYear(int[] span, int currentYear) {
        return currentYear >= span[0] && currentYear <= span[1] ? currentYear : span[1];
    }
}
