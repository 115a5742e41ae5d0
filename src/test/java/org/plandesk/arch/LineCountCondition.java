package org.plandesk.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A top-level class's source file has at most this many lines: past that it is doing two jobs. */
final class LineCountCondition extends ArchCondition<JavaClass> {
    private final int max;

    LineCountCondition(int max) {
        super("have a source file of at most " + max + " lines of code");
        this.max = max;
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        String file = item.getName().replace('.', '/') + ".java";
        Path source = Path.of("src", "main", "java", file);
        if (!Files.exists(source)) {
            // the one class compiled for Java 17 (src/main/java17: the launcher of mvn javafx:run)
            source = Path.of("src", "main", "java17", file);
        }
        if (!Files.exists(source)) {
            // a missing file means the path is wrong, not that the class is small: fail instead of passing silently
            events.add(SimpleConditionEvent.violated(item, "no source file at " + source.toAbsolutePath()));
            return;
        }
        try {
            long lines = codeLines(Files.readString(source));
            if (lines > max) {
                events.add(SimpleConditionEvent.violated(item, item.getName() + " has " + lines + " lines of code"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lines that hold code: not blank, not comments, not the package and import lines. The formatter wraps long
     * expressions over several lines, so physical lines would measure its layout rather than the class's size.
     */
    static long codeLines(String source) {
        String withoutBlockComments = source.replaceAll("(?s)/\\*.*?\\*/", "");
        return withoutBlockComments
                .lines()
                .map(String::strip)
                .filter(l ->
                        !l.isEmpty() && !l.startsWith("//") && !l.startsWith("import ") && !l.startsWith("package "))
                .count();
    }
}
