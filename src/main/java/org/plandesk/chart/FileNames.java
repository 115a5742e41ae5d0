package org.plandesk.chart;

/** File names from indicator code and name: safe on Windows, Linux and macOS, Chinese kept. */
public final class FileNames {
    private FileNames() {}

    public static String stem(String code, String name) {
        String n = name.replaceAll("[\\\\/:*?\"<>|\\s]+", "").replaceAll("[\\p{Cntrl}]", "");
        if (n.length() > 60) {
            n = n.substring(0, 60);
        }
        String c = code == null ? "" : code.replaceAll("[^0-9A-Za-z.\\-]", "");
        return c.isEmpty() ? n : c + "_" + n;
    }
}
