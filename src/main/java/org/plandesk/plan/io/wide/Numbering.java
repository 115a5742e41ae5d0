package org.plandesk.plan.io.wide;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbering written inside the names ({@code 一、高等教育}, {@code (二)普通高等学校}, {@code 1、本科院校},
 * {@code ①…}) goes to the code, not into the name. Numbering restarts under each heading, so the code carries the
 * headings' numbers too ({@code 一.(二).1}) and stays unique in the plan. One instance reads one table, top to bottom.
 */
final class Numbering {
    private static final Pattern[] LEVELS = {
        Pattern.compile("^([一二三四五六七八九十]+)[、.．]\\s*(.+)$"),
        Pattern.compile("^([(（][一二三四五六七八九十]+[)）])[、.．]?\\s*(.+)$"),
        Pattern.compile("^(\\d{1,2})(?:[、．]|\\.(?!\\d))\\s*(.+)$"),
        Pattern.compile("^([①-⑳])\\s*(.+)$"),
    };

    private final String[] current = new String[LEVELS.length];

    /** A name and its code: the numbering taken off the name, or the name as written and an empty code. */
    record Split(String code, String name) {}

    Split split(String written) {
        String w = written.strip();
        for (int level = 0; level < LEVELS.length; level++) {
            Matcher m = LEVELS[level].matcher(w);
            if (m.matches()) {
                current[level] = m.group(1).replaceAll("[（]", "(").replaceAll("[）]", ")");
                Arrays.fill(current, level + 1, current.length, null);
                StringBuilder code = new StringBuilder();
                for (int i = 0; i <= level; i++) {
                    if (current[i] != null) {
                        code.append(code.isEmpty() ? "" : ".").append(current[i]);
                    }
                }
                return new Split(code.toString(), m.group(2).strip());
            }
        }
        return new Split("", w);
    }
}
