package org.plandesk.shared;

import java.nio.file.AccessDeniedException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

/**
 * Turns any failure into one sentence in the user's language: the one place that knows a full disk and a read-only
 * folder when it sees them (by the operating system's own words, in the exception or any of its causes), so that
 * neither is ever reported as a damaged file.
 */
public final class Failures {
    /** What kind of failure a throwable is, as far as the user can act on it. */
    public enum Kind {
        DISK_FULL,
        READ_ONLY,
        OTHER
    }

    private Failures() {}

    public static Kind kind(Throwable e) {
        Throwable t = matching(e, 0);
        return t == null ? Kind.OTHER : ownKind(t);
    }

    /**
     * Why, in the operating system's words when it said so ("No space left on device" rather than the wrapper of a
     * wrapper): the message of the exception that showed the kind, else the first line of the failure's own.
     */
    public static String reason(Throwable e) {
        Throwable t = matching(e, 0);
        return firstLine(t == null ? e : t);
    }

    /** The exception in the chain (causes and suppressed ones) that shows a full disk or a read-only folder. */
    private static Throwable matching(Throwable e, int depth) {
        if (e == null || depth > 20) {
            return null;
        }
        if (ownKind(e) != Kind.OTHER) {
            return e;
        }
        for (Throwable s : e.getSuppressed()) {
            Throwable found = matching(s, depth + 1);
            if (found != null) {
                return found;
            }
        }
        return e.getCause() == e ? null : matching(e.getCause(), depth + 1);
    }

    private static Kind ownKind(Throwable t) {
        if (t instanceof ProblemCarrier) {
            return Kind.OTHER; // its message is PlanDesk's own; the operating system's words are in its causes
        }
        if (t instanceof ReadOnlyFileSystemException || t instanceof AccessDeniedException) {
            return Kind.READ_ONLY;
        }
        String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("no space left on device")
                || m.contains("not enough space on the disk")
                || m.contains("disk full")
                || m.contains("磁盘空间不足")) {
            return Kind.DISK_FULL;
        }
        if (m.contains("read-only file system")
                || m.contains("read only file system")
                || m.contains("permission denied")
                || m.contains("access is denied")) {
            return Kind.READ_ONLY;
        }
        return Kind.OTHER;
    }

    /** The failure as the user reads it: a refusal's lines, a storage problem, a full disk, a read-only folder. */
    public static String describe(Throwable e, Messages messages) {
        if (e instanceof InputRejectedException r) {
            return String.join("\n", r.lines(messages));
        }
        return messages.format(problem(e));
    }

    /** The failure as a problem to render later (a refusal's first problem is better read with its lines). */
    public static Problem problem(Throwable e) {
        if (e instanceof ProblemCarrier p && p.problem() != null) {
            return p.problem();
        }
        return switch (kind(e)) {
            case DISK_FULL -> Problem.of("failure.diskFull", reason(e));
            case READ_ONLY -> Problem.of("failure.readOnly", reason(e));
            case OTHER -> Problem.of("cli.error", firstLine(e));
        };
    }

    /** The first line of a throwable's message (its class name when it has none). */
    public static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
