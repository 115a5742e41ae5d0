package org.plandesk.chart.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.plandesk.chart.PlanChart;
import org.plandesk.io.AtomicFiles;
import org.plandesk.shared.Messages;
import org.plandesk.shared.TaskRunner;

/**
 * Exports many charts: to a folder, one file per chart named from indicator code and name, or to one deck. Reports
 * progress per chart; a cancelled batch removes what it wrote, so cancelling leaves nothing behind.
 */
public final class ChartBatch {
    private final ChartExporter exporter;

    public ChartBatch(ChartExporter exporter) {
        this.exporter = exporter;
    }

    /** Writes one chart to one file in the given format. */
    public void one(PlanChart chart, ChartFormat format, ExportSize size, Path file) throws IOException {
        switch (format) {
            case PNG -> AtomicFiles.write(file, os -> exporter.png(chart, size, os));
            case PDF -> AtomicFiles.write(file, os -> exporter.pdf(List.of(chart), size, os));
            case SVG ->
                AtomicFiles.write(file, os -> {
                    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                    exporter.svg(chart, size, w);
                });
            case PPTX -> AtomicFiles.write(file, os -> exporter.pptx(List.of(chart), null, null, os));
        }
    }

    /**
     * Every chart into a folder (png, svg, pdf). Returns the files written.
     *
     * @throws CancellationException when cancelled; the files of this batch are removed
     */
    public List<Path> toFolder(
            List<PlanChart> charts, ChartFormat format, ExportSize size, Path folder, TaskRunner.Progress progress)
            throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        try {
            if (format == ChartFormat.PNG) {
                List<byte[]> pngs = ParallelPng.render(exporter, charts, size, progress);
                for (int i = 0; i < charts.size(); i++) {
                    Path file = folder.resolve(unique(charts.get(i).fileStem(), format, written, folder));
                    byte[] bytes = pngs.get(i);
                    AtomicFiles.write(file, os -> os.write(bytes));
                    written.add(file);
                }
            } else {
                for (int i = 0; i < charts.size(); i++) {
                    if (progress.isCancelled()) {
                        throw new CancellationException();
                    }
                    PlanChart chart = charts.get(i);
                    progress.update(i / (double) charts.size(), chart.title());
                    Path file = folder.resolve(unique(chart.fileStem(), format, written, folder));
                    one(chart, format, size, file);
                    written.add(file);
                }
            }
            progress.update(1, "");
            return written;
        } catch (IOException | RuntimeException e) {
            for (Path p : written) {
                Files.deleteIfExists(p);
            }
            throw e;
        }
    }

    /** Every chart into one deck, after a title slide. Nothing is written when cancelled. */
    public void toDeck(List<PlanChart> charts, String title, String subtitle, Path file, TaskRunner.Progress progress)
            throws IOException {
        AtomicFiles.write(file, os -> exporter.pptx(charts, title, subtitle, os, progress));
        progress.update(1, "");
    }

    /**
     * The deck with native charts (the default): trajectories as charts the planner can edit, other charts as pictures.
     *
     * @param author the OS user, for the deck's properties
     */
    public void toNativeDeck(
            List<PlanChart> charts,
            String title,
            String subtitle,
            Messages messages,
            String author,
            Clock clock,
            Path file,
            TaskRunner.Progress progress)
            throws IOException {
        NativeDeck deck = new NativeDeck(exporter, exporter.theme(), messages);
        AtomicFiles.write(file, os -> deck.write(charts, title, subtitle, author, clock, os, progress));
    }

    private static String unique(String stem, ChartFormat format, List<Path> written, Path folder) {
        String name = stem + "." + format.extension();
        int n = 2;
        while (written.contains(folder.resolve(name))) {
            name = stem + "_" + n++ + "." + format.extension();
        }
        return name;
    }
}
