package org.plandesk.plan.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.TextFields;
import org.plandesk.plan.Indicator;
import org.plandesk.plan.PlanData;
import org.plandesk.plan.Task;

/**
 * Suggestions while typing, from what the plan already holds (ControlsFX's auto-completion shows them): units in the
 * unit fields, and 牵头/责任单位 in the task dialog. A field listing several bodies (区教育局、区财政局) is completed
 * one body at a time, after the last 、.
 */
public final class Completions {
    /** Units planners use most, offered even before the plan holds them. */
    static final List<String> COMMON_UNITS =
            List.of("%", "个", "所", "名", "人", "人次", "万人", "项", "天", "年", "元", "万元", "亿元");

    private static final String SEPARATORS = "[、，,；;]";

    private Completions() {}

    /** The units of the plan's indicators, then the common ones. */
    public static Set<String> units(PlanData d) {
        Set<String> out = new LinkedHashSet<>();
        if (d != null) {
            for (Indicator i : d.indicators()) {
                if (!i.unit().isBlank()) {
                    out.add(i.unit().strip());
                }
            }
        }
        out.addAll(COMMON_UNITS);
        return out;
    }

    /** Every body named as 牵头 or 责任单位 in the plan's tasks, one by one. */
    public static Set<String> bodies(PlanData d) {
        Set<String> out = new LinkedHashSet<>();
        if (d != null) {
            for (Task t : d.tasks()) {
                for (String s : (t.lead() + "、" + t.responsible()).split(SEPARATORS)) {
                    if (!s.isBlank()) {
                        out.add(s.strip());
                    }
                }
            }
        }
        return out;
    }

    /**
     * What to suggest for {@code typed}: the known names that contain the text after its last separator, each as the
     * whole field would read (what comes before kept), names starting with the text first; nothing for empty text.
     */
    static List<String> suggestions(String typed, Collection<String> known) {
        String text = typed == null ? "" : typed;
        int cut = -1;
        for (int i = text.length() - 1; i >= 0; i--) {
            if (String.valueOf(text.charAt(i)).matches(SEPARATORS)) {
                cut = i;
                break;
            }
        }
        String before = text.substring(0, cut + 1);
        String last = text.substring(cut + 1).strip();
        if (last.isEmpty()) {
            return List.of();
        }
        List<String> starts = new ArrayList<>();
        List<String> contains = new ArrayList<>();
        for (String k : known) {
            if (k.equals(last)) {
                continue;
            }
            if (k.startsWith(last)) {
                starts.add(before + k);
            } else if (k.contains(last)) {
                contains.add(before + k);
            }
        }
        starts.addAll(contains);
        return starts;
    }

    /** Offers {@code known} while the user types in {@code field}. */
    public static void bind(TextField field, Collection<String> known) {
        List<String> names = List.copyOf(known);
        TextFields.bindAutoCompletion(field, request -> suggestions(request.getUserText(), names));
    }
}
