package org.plandesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plandesk.shared.Settings;

/** 文件 → 最近的工作区: the last {@value #MAX} workspaces opened, newest first, kept in the user's settings. */
final class RecentWorkspaces {
    static final int MAX = 8;
    private static final String KEY = "recentWorkspaces";
    private final Settings settings;

    RecentWorkspaces(Settings settings) {
        this.settings = settings;
    }

    List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (String line : settings.get(KEY, "").split("\n")) {
            if (!line.isBlank() && out.size() < MAX) {
                out.add(Path.of(line));
            }
        }
        return out;
    }

    /** Puts a workspace first (once). */
    void add(Path base) {
        List<Path> all = list();
        all.remove(base);
        all.add(0, base);
        settings.put(
                KEY,
                String.join(
                        "\n",
                        all.subList(0, Math.min(MAX, all.size())).stream()
                                .map(Path::toString)
                                .toList()));
    }
}
