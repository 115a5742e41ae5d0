package org.plandesk.plan.io.wide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads units and part names out of indicator names as planners write them: {@code 新培养人数(名)} has unit 名;
 * {@code 高中、初中、小学毕业生…} has parts 高中, 初中, 小学; {@code 初中/小学校际…} has parts 初中, 小学;
 * {@code 公办校外教育服务人次(万)/年均新增老年学位(个)} has two parts with their own units.
 */
public final class IndicatorNames {
    private static final Set<String> UNITS = Set.of(
            "%",
            "‰", "名", "个", "所", "元", "万", "天", "套", "人次", "年", "亿元", "等级", "万人次", "人", "项", "倍", "m²", "平方米", "万元", "次",
            "场", "家", "课时", "场次", "分", "岁", "册", "台", "间", "门", "节", "G", "万人", "千元", "亿");
    private static final List<String> STAGES =
            List.of("幼儿园", "学前", "小学", "初中", "高中", "中职", "高职", "中学", "大学", "普高", "特教");
    /** "生师比(小学/初中)": a trailing bracket that lists the parts. */
    private static final Pattern NAMED_PARTS = Pattern.compile("(.*?)\\s*[(（]([^()（）]+[/／、][^()（）]+)[)）]\\s*");

    private static final Pattern UNIT_GROUP = Pattern.compile("\\s*[(（]\\s*([^()（）]{1,6})\\s*[)）]\\s*");

    /** An English gloss after the Chinese in one cell: {@code 普通高等学校 Regular HEIs}, {@code 入学率(%) Net Rate}. */
    private static final Pattern GLOSS =
            Pattern.compile("(?<=[\\u4e00-\\u9fff)）%])\\s+[A-Za-z][A-Za-z0-9 .,'’&:;/\\-()]*$");

    private IndicatorNames() {}

    /**
     * The parts a multi-line name lists under 其中 ({@code 大班额比例(%)⏎其中:小学⏎初中} → 小学, 初中), or none.
     */
    public static List<String> subItems(String name) {
        List<String> lines =
                name.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() < 3 || !lines.get(1).matches("^其中\\s*[:：]?.*")) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        parts.add(lines.get(1).replaceFirst("^其中\\s*[:：]?\\s*", ""));
        parts.addAll(lines.subList(2, lines.size()));
        return parts.stream().allMatch(p -> !p.isEmpty() && p.length() <= 20) ? parts : List.of();
    }

    /** The first line of a multi-line name as the indicator (its unit included), with these parts. */
    public static Parsed withParts(String name, List<String> parts) {
        Parsed head = parse(name.lines().findFirst().orElse(name), 1);
        return new Parsed(head.name(), head.unit(), parts, repeat(head.unit(), parts.size()));
    }

    /** The name without an English gloss after it (the Chinese is the name). */
    public static String withoutGloss(String name) {
        return GLOSS.matcher(name).replaceFirst("").strip();
    }

    /** A name's meaning: the clean name, its unit, and its parts (empty for a single part). */
    public record Parsed(String name, String unit, List<String> parts, List<String> partUnits) {}

    /** Parses a name for an indicator whose cells hold {@code count} values. */
    public static Parsed parse(String written, int count) {
        String w = written.strip();
        String[] withoutUnit = stripUnit(w);
        Matcher named = NAMED_PARTS.matcher(withoutUnit[0]);
        if (named.matches()) {
            List<String> listed = List.of(named.group(2).strip().split("\\s*[/／、]\\s*"));
            if (listed.size() == count && listed.stream().allMatch(p -> !p.isEmpty() && p.length() <= 6)) {
                return new Parsed(named.group(1).strip(), withoutUnit[1], listed, repeat(withoutUnit[1], count));
            }
        }
        List<String> segments = new ArrayList<>();
        List<String> segmentUnits = new ArrayList<>();
        for (String seg : w.split("\\s*[/／]\\s*")) {
            String[] nu = stripUnit(seg);
            segments.add(nu[0]);
            segmentUnits.add(nu[1]);
        }
        String clean = String.join("/", segments);
        String lastUnit = segmentUnits.get(segmentUnits.size() - 1);
        String unit =
                segmentUnits.stream().filter(u -> !u.isEmpty()).findFirst().orElse("");
        if (count <= 1) {
            return new Parsed(clean, unit, List.of(), List.of());
        }
        List<String> listed = leadingStages(segments.get(0));
        if (segments.size() == 1 && listed.size() == count) {
            return new Parsed(clean, unit, listed, repeat(unit, count));
        }
        if (segments.size() == count) {
            List<String> stageParts = new ArrayList<>();
            for (String seg : segments) {
                String stage =
                        STAGES.stream().filter(seg::startsWith).findFirst().orElse(null);
                if (stage == null) {
                    stageParts = null;
                    break;
                }
                stageParts.add(stage);
            }
            if (stageParts != null && segments.get(0).length() <= 3) {
                return new Parsed(clean, lastUnit, stageParts, repeat(lastUnit, count));
            }
            return new Parsed(clean, segmentUnits.get(0), segments, segmentUnits);
        }
        List<String> numbered = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            numbered.add("分项" + i);
        }
        return new Parsed(clean, unit, numbered, repeat(unit, count));
    }

    /** "高中、初中、小学毕业生" → 高中, 初中, 小学. */
    static List<String> leadingStages(String s) {
        String[] items = s.split("、");
        List<String> out = new ArrayList<>();
        for (String item : items) {
            String stage =
                    STAGES.stream().filter(item.strip()::startsWith).findFirst().orElse(null);
            if (stage == null) {
                break;
            }
            out.add(stage);
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** {name, unit}: a trailing "(unit)" is taken off when it is a unit, and so is a bare % or ‰ (占当年总人口%). */
    static String[] stripUnit(String segment) {
        String bare = segment.strip();
        if (bare.length() > 1 && (bare.endsWith("%") || bare.endsWith("‰") || bare.endsWith("％"))) {
            String unit = bare.endsWith("‰") ? "‰" : "%";
            return new String[] {bare.substring(0, bare.length() - 1).strip(), unit};
        }
        Matcher m = UNIT_GROUP.matcher(segment);
        String unit = "";
        String name = segment.strip();
        while (m.find()) {
            if (m.end() == segment.length()
                    && (UNITS.contains(m.group(1).strip()) || m.group(1).strip().length() <= 2)) {
                unit = m.group(1).strip();
                name = segment.substring(0, m.start()).strip();
            }
        }
        return new String[] {name, unit};
    }

    private static List<String> repeat(String unit, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(unit);
        }
        return out;
    }
}
