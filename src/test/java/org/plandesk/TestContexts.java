package org.plandesk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.plandesk.context.AppContext;

/** Builds application contexts on real H2 files in a test's temporary folder. */
public final class TestContexts {
    /** Today, for status: 2026-11-22 in Shanghai. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private TestContexts() {}

    public static AppContext sample(Path dir) throws Exception {
        return AppContext.open(dir.resolve("sample"), true, CLOCK);
    }

    public static AppContext empty(Path dir, String name) throws Exception {
        return AppContext.open(dir.resolve(name), false, CLOCK);
    }
}
