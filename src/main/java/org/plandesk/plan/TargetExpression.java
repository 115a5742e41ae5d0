package org.plandesk.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plandesk.shared.Problem;
import org.plandesk.shared.Text;

/**
 * Parses target cells as planners write them (DESIGN §3): {@code ≥2000}, {@code 2000以上}, {@code 不低于2000},
 * {@code ≤0.45/≤0.5}, {@code 63~65}, {@code 保B 争A}, {@code Ⅲ级以上}, {@code 16:1}, {@code 〔15000〕},
 * {@code 80（单年）}, {@code —}, with full-width characters and stray spaces. Each part's target keeps its own piece of
 * the cell as written (its text). The parser keeps no state.
 */
public final class TargetExpression {

    private static final String NUMBER = "[+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)";
    private static final Pattern NUM = Pattern.compile(NUMBER);
    private static final Pattern RANGE = Pattern.compile("(" + NUMBER + ")(?:~|-|至|到|—)(" + NUMBER + ")");
    private static final Pattern RATIO = Pattern.compile("(" + NUMBER + "):(" + NUMBER + ")");
    private static final Pattern KEEP_STRETCH = Pattern.compile("保(.+?)争(.+)");
    private static final Pattern NO_VALUE = Pattern.compile("[—–\\-/_－―]+|无");

    /** Neutral verbs before a figure: they say "the figure is", not how to compare. */
    private static final List<String> NEUTRAL_PREFIXES = List.of(
            "保持在", "保持", "稳定在", "控制在", "提高至", "提高到", "提升至", "提升到", "降低至", "降低到", "下降至", "下降到", "增至", "增加到", "为");

    private static final List<String[]> PREFIXES = List.of(
            new String[] {"不低于", ">="},
            new String[] {"不少于", ">="},
            new String[] {"不小于", ">="},
            new String[] {"达到", ">="},
            new String[] {"达", ">="},
            new String[] {"不超过", "<="},
            new String[] {"不高于", "<="},
            new String[] {"不多于", "<="},
            new String[] {"不大于", "<="},
            new String[] {"低于", "<"},
            new String[] {"小于", "<"},
            new String[] {"不满", "<"},
            new String[] {"少于", "<"},
            new String[] {"超过", ">"},
            new String[] {"高于", ">"},
            new String[] {"大于", ">"},
            new String[] {"多于", ">"},
            new String[] {">=", ">="},
            new String[] {"=>", ">="},
            new String[] {"≥", ">="},
            new String[] {"≧", ">="},
            new String[] {"≮", ">="},
            new String[] {"<=", "<="},
            new String[] {"=<", "<="},
            new String[] {"≤", "<="},
            new String[] {"≦", "<="},
            new String[] {"≯", "<="},
            new String[] {">", ">"},
            new String[] {"<", "<"},
            new String[] {"=", "="});
    private static final List<String[]> SUFFIXES = List.of(
            new String[] {"及以上", ">="},
            new String[] {"以上", ">="},
            new String[] {"及以下", "<="},
            new String[] {"以下", "<="},
            new String[] {"以内", "<="},
            new String[] {"左右", "="});
    /** Units that may trail a figure; longest first. */
    private static final List<String> UNITS = List.of(
            "万人次", "人次", "亿元", "万元", "场次", "课时", "平方米", "%", "‰", "名", "个", "所", "元", "万", "天", "套", "年", "倍", "家", "人",
            "项", "次", "场", "门", "节", "课", "m²", "个百分点");

    private TargetExpression() {}

    /**
     * Parses a cell into one target per part. An empty cell or a dash gives an empty list; a dash inside a
     * multi-part cell gives a null element for that part.
     */
    public static List<Target> parse(String text, Direction direction) throws TargetParseException {
        String t = Text.normalize(text);
        if (t.isEmpty() || NO_VALUE.matcher(t).matches()) {
            return List.of();
        }
        String[] pieces = t.split("/", -1);
        String[] written = text.strip().split("[/／]", -1);
        boolean aligned = written.length == pieces.length;
        List<Target> out = new ArrayList<>(pieces.length);
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (piece.isEmpty()) {
                throw new TargetParseException(Problem.of("target.emptyPart", text.strip()));
            }
            String asWritten = aligned ? written[i].strip() : text.strip();
            out.add(NO_VALUE.matcher(piece).matches() ? null : single(piece, direction, asWritten));
        }
        return Collections.unmodifiableList(out);
    }

    /** Parses a cell that must hold exactly one target (or none). */
    public static Target parseOne(String text, Direction direction) throws TargetParseException {
        List<Target> all = parse(text, direction);
        if (all.size() > 1) {
            throw new TargetParseException(Problem.of("target.partCount", text.strip(), 1, all.size()));
        }
        return all.isEmpty() ? null : all.get(0);
    }

    private static Target single(String piece, Direction direction, String original) throws TargetParseException {
        String p = piece;
        boolean cumulative = false;
        boolean singleYear = false;
        if (p.length() > 2 && "〔[【".indexOf(p.charAt(0)) >= 0 && "〕]】".indexOf(p.charAt(p.length() - 1)) >= 0) {
            cumulative = true;
            p = p.substring(1, p.length() - 1);
        }
        if (p.endsWith("(单年)")) {
            singleYear = true;
            p = p.substring(0, p.length() - "(单年)".length());
        }
        Target t = comparatorAndValue(p, direction, original);
        return new Target(
                t.comparator(), t.value(), t.upper(), t.grade(), t.stretch(), original, cumulative, singleYear);
    }

    private static Target comparatorAndValue(String piece, Direction direction, String original)
            throws TargetParseException {
        String p = piece;
        Matcher keep = KEEP_STRETCH.matcher(p);
        if (keep.matches()) {
            var base = GradeScale.canonical(keep.group(1));
            var stretch = GradeScale.canonical(keep.group(2));
            if (base.isPresent() && stretch.isPresent()) {
                return Target.grade(Comparator.AT_LEAST, base.get(), stretch.get(), original);
            }
            throw unrecognized(original);
        }
        for (String neutral : NEUTRAL_PREFIXES) {
            if (p.startsWith(neutral) && p.length() > neutral.length()) {
                p = p.substring(neutral.length());
                break;
            }
        }
        String prefix = null;
        for (String[] candidate : PREFIXES) {
            if (p.startsWith(candidate[0]) && p.length() > candidate[0].length()) {
                prefix = candidate[1];
                p = p.substring(candidate[0].length());
                break;
            }
        }
        String suffix = null;
        for (String[] candidate : SUFFIXES) {
            if (p.endsWith(candidate[0]) && p.length() > candidate[0].length()) {
                suffix = candidate[1];
                p = p.substring(0, p.length() - candidate[0].length());
                break;
            }
        }
        Comparator explicit = explicitComparator(prefix, suffix, original);
        var grade = GradeScale.canonical(p);
        if (grade.isPresent()) {
            return Target.grade(explicit == null ? Comparator.AT_LEAST : explicit, grade.get(), null, original);
        }
        p = stripUnit(p);
        Matcher range = RANGE.matcher(p);
        if (range.matches() && explicit == null) {
            double lo = Double.parseDouble(range.group(1));
            double hi = Double.parseDouble(range.group(2));
            if (hi < lo) {
                throw new TargetParseException(Problem.of("target.rangeReversed", original));
            }
            return Target.range(lo, hi, original);
        }
        Double value;
        Matcher ratio = RATIO.matcher(p);
        if (ratio.matches()) {
            value = ratioValue(Double.parseDouble(ratio.group(1)), Double.parseDouble(ratio.group(2)), original);
        } else if (NUM.matcher(p).matches()) {
            value = Double.parseDouble(p);
        } else {
            throw unrecognized(original);
        }
        Comparator c = explicit != null
                ? explicit
                : direction == Direction.LOWER_IS_BETTER ? Comparator.AT_MOST : Comparator.AT_LEAST;
        return Target.numeric(c, value, original);
    }

    private static Comparator explicitComparator(String prefix, String suffix, String original)
            throws TargetParseException {
        if (prefix == null && suffix == null) {
            return null;
        }
        if (prefix != null && suffix != null && !prefix.equals(suffix)) {
            // 达到95%以上 is consistent; 不超过95%以上 is not.
            throw new TargetParseException(Problem.of("target.conflicting", original));
        }
        return Comparator.fromSymbol(prefix != null ? prefix : suffix);
    }

    private static double ratioValue(double a, double b, String original) throws TargetParseException {
        if (a <= 0 || b <= 0) {
            throw new TargetParseException(Problem.of("target.badRatio", original));
        }
        if (b == 1) {
            return a;
        }
        if (a == 1) {
            return b;
        }
        return a / b;
    }

    private static String stripUnit(String p) {
        for (String unit : UNITS) {
            if (p.endsWith(unit) && p.length() > unit.length()) {
                return p.substring(0, p.length() - unit.length());
            }
        }
        return p;
    }

    private static TargetParseException unrecognized(String original) {
        Matcher m = NUM.matcher(Text.normalize(original));
        if (m.find()) {
            return new TargetParseException(Problem.of("target.unrecognizedWithNumber", original, m.group()));
        }
        return new TargetParseException(Problem.of("target.unrecognized", original));
    }
}
