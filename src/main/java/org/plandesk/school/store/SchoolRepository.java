package org.plandesk.school.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plandesk.school.Figure;
import org.plandesk.school.FigureNote;
import org.plandesk.school.School;
import org.plandesk.school.SchoolType;
import org.plandesk.school.Section;
import org.plandesk.school.SectionFigures;
import org.plandesk.workspace.Jdbc;

/** Schools, their section figures and the notes on figures (JDBC), on the caller's connection. */
public final class SchoolRepository {
    private static final String FIGURE_COLUMNS =
            String.join(", ", Arrays.stream(Figure.values()).map(Figure::column).toList());

    public Map<Long, School> schools(Connection c) throws SQLException {
        Map<Long, School> out = new LinkedHashMap<>();
        for (School s : Jdbc.query(c, "SELECT * FROM school ORDER BY district, code", SchoolRepository::school)) {
            out.put(s.id(), s);
        }
        return out;
    }

    public Optional<School> byCode(Connection c, String code) throws SQLException {
        return Jdbc.query(c, "SELECT * FROM school WHERE code = ?", SchoolRepository::school, code).stream()
                .findFirst();
    }

    /** Inserts a school (id 0) or updates the one with its id; returns it with its id. */
    public School save(Connection c, School s) throws SQLException {
        if (s.id() == 0) {
            long id = Jdbc.insert(
                    c,
                    "INSERT INTO school (code, name, district, street, kind, ownership, campuses, "
                            + "edu_group) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    s.code(),
                    s.name(),
                    s.district(),
                    s.street(),
                    s.type().name(),
                    s.ownership(),
                    s.campuses(),
                    s.eduGroup());
            return s.withId(id);
        }
        Jdbc.update(
                c,
                "UPDATE school SET code = ?, name = ?, district = ?, street = ?, kind = ?, ownership = ?, "
                        + "campuses = ?, edu_group = ? WHERE id = ?",
                s.code(),
                s.name(),
                s.district(),
                s.street(),
                s.type().name(),
                s.ownership(),
                s.campuses(),
                s.eduGroup(),
                s.id());
        return s;
    }

    public void deleteSchool(Connection c, long id) throws SQLException {
        Jdbc.update(c, "DELETE FROM school WHERE id = ?", id);
    }

    /** Figures of one year, or of every year when {@code year} is null. */
    public List<SectionFigures> figures(Connection c, Integer year) throws SQLException {
        String sql = "SELECT school_id, yr, section, " + FIGURE_COLUMNS + " FROM school_figures"
                + (year == null ? "" : " WHERE yr = ?") + " ORDER BY school_id, yr, section";
        List<SectionFigures> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (year != null) {
                ps.setInt(1, year);
            }
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(figures(rs));
                }
            }
        }
        return out;
    }

    public Optional<SectionFigures> figures(Connection c, long schoolId, int year, Section section)
            throws SQLException {
        return Jdbc.query(
                        c,
                        "SELECT school_id, yr, section, " + FIGURE_COLUMNS + " FROM school_figures "
                                + "WHERE school_id = ? AND yr = ? AND section = ?",
                        SchoolRepository::figures,
                        schoolId,
                        year,
                        section.name())
                .stream()
                .findFirst();
    }

    /** The id of a section's row, or 0. */
    public long figuresId(Connection c, long schoolId, int year, Section section) throws SQLException {
        return Jdbc.query(
                        c,
                        "SELECT id FROM school_figures WHERE school_id = ? AND yr = ? AND section = ?",
                        rs -> rs.getLong(1),
                        schoolId,
                        year,
                        section.name())
                .stream()
                .findFirst()
                .orElse(0L);
    }

    /** The years that have figures, newest first. */
    public List<Integer> years(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT DISTINCT yr FROM school_figures ORDER BY yr DESC", rs -> rs.getInt(1));
    }

    /** Writes a section's row (insert or replace all figures); returns its id. */
    public long put(Connection c, SectionFigures f) throws SQLException {
        Jdbc.update(
                c,
                "MERGE INTO school_figures (school_id, yr, section, " + FIGURE_COLUMNS + ") KEY (school_id, yr, "
                        + "section) VALUES (?, ?, ?" + ", ?".repeat(Figure.values().length) + ")",
                params(f));
        return figuresId(c, f.schoolId(), f.year(), f.section());
    }

    /** Writes many rows (insert or replace) in batches; returns their ids in the same order. */
    public long[] putAll(Connection c, List<SectionFigures> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO school_figures (school_id, yr, section, "
                + FIGURE_COLUMNS + ") KEY (school_id, yr, section) VALUES (?, ?, ?"
                + ", ?".repeat(Figure.values().length) + ")")) {
            int n = 0;
            for (SectionFigures f : rows) {
                Jdbc.bind(ps, params(f));
                ps.addBatch();
                if (++n % 5000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        Map<String, Long> ids = figureIds(c, null);
        long[] out = new long[rows.size()];
        for (int i = 0; i < out.length; i++) {
            SectionFigures f = rows.get(i);
            out[i] = ids.get(key(f));
        }
        return out;
    }

    /** The row ids of one year (or, with null, of every year), by {@link #key(SectionFigures)}. */
    public Map<String, Long> figureIds(Connection c, Integer year) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, school_id, yr, section FROM school_figures" + (year == null ? "" : " WHERE yr = ?"))) {
            if (year != null) {
                ps.setInt(1, year);
            }
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getLong(2) + "|" + rs.getInt(3) + "|" + rs.getString(4), rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The key of a row in {@link #figureIds}: school, year and section. */
    public static String key(SectionFigures f) {
        return f.schoolId() + "|" + f.year() + "|" + f.section().name();
    }

    /** School, year, section and the figures (null when not reported), in the column order of the writes. */
    private static Object[] params(SectionFigures f) {
        Object[] params = new Object[3 + Figure.values().length];
        params[0] = f.schoolId();
        params[1] = f.year();
        params[2] = f.section().name();
        for (Figure fig : Figure.values()) {
            params[3 + fig.ordinal()] = f.has(fig) ? f.get(fig) : null;
        }
        return params;
    }

    public void deleteFigures(Connection c, long schoolId, int year, Section section) throws SQLException {
        Jdbc.update(
                c,
                "DELETE FROM school_figures WHERE school_id = ? AND yr = ? AND section = ?",
                schoolId,
                year,
                section.name());
    }

    public FigureNote note(Connection c, long figuresId, Figure f) throws SQLException {
        return Jdbc.query(
                        c,
                        "SELECT note, source FROM school_figure_note WHERE figures_id = ? AND field = ?",
                        rs -> new FigureNote(rs.getString(1), rs.getString(2)),
                        figuresId,
                        f.column())
                .stream()
                .findFirst()
                .orElse(FigureNote.NONE);
    }

    /** Every note of a year: figures id → field → note. */
    public Map<Long, Map<Figure, FigureNote>> notes(Connection c, int year) throws SQLException {
        Map<Long, Map<Figure, FigureNote>> out = new LinkedHashMap<>();
        for (Object[] r : Jdbc.query(
                c,
                "SELECT n.figures_id, n.field, n.note, n.source FROM school_figure_note n "
                        + "JOIN school_figures f ON f.id = n.figures_id WHERE f.yr = ?",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)},
                year)) {
            Figure.ofColumn((String) r[1])
                    .ifPresent(f -> out.computeIfAbsent((Long) r[0], k -> new EnumMap<>(Figure.class))
                            .put(f, new FigureNote((String) r[2], (String) r[3])));
        }
        return out;
    }

    public void setNote(Connection c, long figuresId, Figure f, FigureNote note) throws SQLException {
        if (note.isEmpty()) {
            Jdbc.update(c, "DELETE FROM school_figure_note WHERE figures_id = ? AND field = ?", figuresId, f.column());
        } else {
            Jdbc.update(
                    c,
                    "MERGE INTO school_figure_note (figures_id, field, note, source) KEY (figures_id, field) "
                            + "VALUES (?, ?, ?, ?)",
                    figuresId,
                    f.column(),
                    note.note(),
                    note.source());
        }
    }

    private static School school(ResultSet rs) throws SQLException {
        int campuses = rs.getInt("campuses");
        return new School(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("district"),
                rs.getString("street"),
                SchoolType.valueOf(rs.getString("kind")),
                rs.getString("ownership"),
                rs.wasNull() ? null : campuses,
                rs.getString("edu_group"));
    }

    private static SectionFigures figures(ResultSet rs) throws SQLException {
        double[] v = new double[Figure.values().length];
        for (Figure f : Figure.values()) {
            double d = rs.getDouble(4 + f.ordinal());
            v[f.ordinal()] = rs.wasNull() ? Double.NaN : d;
        }
        return new SectionFigures(rs.getLong(1), rs.getInt(2), Section.valueOf(rs.getString(3)), v);
    }
}
