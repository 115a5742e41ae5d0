package org.plandesk.plan.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.plandesk.plan.io.LongCsvReader;
import org.plandesk.plan.io.PlanListCsv;
import org.plandesk.plan.io.TaskCsv;
import org.plandesk.shared.InputRejectedException;

/**
 * The sample workspace: the five seed documents as data files (plan list, task structure, long CSV) under
 * {@code org/plandesk/sample/}, loaded through the same readers and import service a user's import uses.
 */
public final class SampleContent {
    private static final String BASE = "/org/plandesk/sample/";
    private final PlanImportService importer;

    public SampleContent(PlanImportService importer) {
        this.importer = importer;
    }

    /** Loads the five plans into the workspace, in one transaction. */
    public ImportSummary load() {
        try {
            return importer.importAll(
                    new PlanListCsv().read(resource("plans.csv")),
                    new TaskCsv().read(resource("tasks.csv")),
                    new LongCsvReader().read(resource("indicators.csv"), null),
                    false);
        } catch (InputRejectedException e) {
            throw new IllegalStateException("the bundled sample data is invalid: " + e.problems(), e);
        }
    }

    static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(SampleContent.class.getResourceAsStream(BASE + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
