package org.plandesk.chart.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.plandesk.chart.PlanChart;
import org.plandesk.shared.TaskRunner;

/**
 * Renders and encodes many charts as PNG on all cores: each chart draws into its own image, so the work is
 * independent. Results come back in the charts' order.
 */
final class ParallelPng {
    private ParallelPng() {}

    /** Receives each chart's PNG, in the charts' order. */
    interface Sink {
        void accept(int index, byte[] png) throws IOException;
    }

    static List<byte[]> render(
            ChartExporter exporter, List<PlanChart> charts, ExportSize size, TaskRunner.Progress progress)
            throws IOException {
        List<byte[]> out = new ArrayList<>(charts.size());
        stream(exporter, charts, size, progress, (i, png) -> out.add(png));
        return out;
    }

    /**
     * Renders on all cores and hands each PNG to the sink in order as soon as it and all before it are ready, so the
     * caller's own work (building slides) overlaps with the rendering.
     */
    static void stream(
            ChartExporter exporter, List<PlanChart> charts, ExportSize size, TaskRunner.Progress progress, Sink sink)
            throws IOException {
        int threads = Math.max(1, Math.min(charts.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "plandesk-chart-export");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (PlanChart chart : charts) {
                futures.add(pool.submit(() -> {
                    if (progress.isCancelled()) {
                        throw new CancellationException();
                    }
                    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
                    exporter.png(chart, size, out);
                    progress.update(done.incrementAndGet() / (double) charts.size(), chart.title());
                    return out.toByteArray();
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                sink.accept(i, futures.get(i).get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
