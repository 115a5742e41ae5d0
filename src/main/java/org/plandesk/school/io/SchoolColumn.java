package org.plandesk.school.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plandesk.school.Figure;
import org.plandesk.shared.Text;

/**
 * The columns of a school table (one row per school section and year). The first sixteen are the table of the issue;
 * 街道, 校区数 and 教育集团 are optional registry columns. Headers are matched after NFKC and without white space, and
 * a trailing unit in brackets (教学及辅助用房面积（m²）) is allowed.
 */
public enum SchoolColumn {
    CODE("学校代码", true, null, "代码", "学校标识码"),
    NAME("学校名称", true, null, "校名", "学校"),
    DISTRICT("区县", true, null, "区(县)", "县(市、区)", "县市区", "区县(市)", "所在区县"),
    TYPE("学校类型", true, null, "类型", "办学类型"),
    OWNERSHIP("办学性质", false, null, "性质"),
    YEAR("年份", true, null, "年度", "统计年份"),
    SECTION("学部", true, null, "学段"),
    STUDENTS(Figure.STUDENTS.header(), true, Figure.STUDENTS, "学生数"),
    TEACHERS(Figure.TEACHERS.header(), false, Figure.TEACHERS),
    DEGREE(Figure.DEGREE_TEACHERS.header(), false, Figure.DEGREE_TEACHERS),
    BACKBONE(Figure.BACKBONE_TEACHERS.header(), false, Figure.BACKBONE_TEACHERS),
    PE_ART(Figure.PE_ART_TEACHERS.header(), false, Figure.PE_ART_TEACHERS, "体育、艺术专任教师数"),
    FLOOR(Figure.FLOOR_AREA.header(), false, Figure.FLOOR_AREA),
    SPORTS(Figure.SPORTS_AREA.header(), false, Figure.SPORTS_AREA),
    EQUIPMENT(Figure.EQUIPMENT_VALUE.header(), false, Figure.EQUIPMENT_VALUE),
    MULTIMEDIA(Figure.MULTIMEDIA_ROOMS.header(), false, Figure.MULTIMEDIA_ROOMS),
    STREET("街道", false, null, "街道(乡镇)", "乡镇(街道)", "乡镇街道"),
    CAMPUSES("校区数", false, null, "校区"),
    GROUP("教育集团", false, null, "教共体", "所属集团", "教育集团/教共体");

    private final String header;
    private final boolean required;
    private final Figure figure;
    private final List<String> aliases;

    SchoolColumn(String header, boolean required, Figure figure, String... aliases) {
        this.header = header;
        this.required = required;
        this.figure = figure;
        this.aliases = List.of(aliases);
    }

    /** The header as PlanDesk writes it. */
    public String header() {
        return header;
    }

    /** A table without this column is refused. */
    public boolean required() {
        return required;
    }

    /** The figure this column holds, or null for a registry column. */
    public Figure figure() {
        return figure;
    }

    /** The column a header names, if any. */
    public static Optional<SchoolColumn> of(String headerText) {
        String h = Text.normalize(headerText).replace("\uFEFF", "");
        String bare = h.replaceAll("\\([^()]*\\)$", "");
        for (SchoolColumn c : values()) {
            for (String name : names(c)) {
                String n = Text.normalize(name);
                if (h.equals(n) || bare.equals(n)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> names(SchoolColumn c) {
        ArrayList<String> all = new ArrayList<>();
        all.add(c.header);
        all.addAll(c.aliases);
        return all;
    }
}
