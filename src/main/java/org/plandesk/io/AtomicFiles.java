package org.plandesk.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * Writes a file whole or not at all: into a hidden sibling first, flushed to disk, then an atomic move over the
 * target; what a killed write left behind is removed the next time the same file is written.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** Temporary files of this target that a killed export left behind. */
    private static void removeLeftovers(Path folder, String prefix) {
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.startsWith(prefix) && n.endsWith(".tmp");
                    })
                    .toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover that cannot be listed or removed does no harm; the new file is written all the same
        }
    }

    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // Not createTempFile: its 0600 permissions would stay on the exported file.
        String prefix = "." + target.getFileName() + ".";
        removeLeftovers(target.getParent(), prefix);
        Path tmp = target.resolveSibling(prefix + System.nanoTime() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.write(out);
            }
            // on disk before the rename, so a crash right after it never leaves an empty or partial file
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
