package org.plandesk.school;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A raw figure recorded per school section and year, with its column in the workspace and its table header. */
public enum Figure {
    STUDENTS("students", "在校生数", true, false),
    TEACHERS("teachers", "专任教师数", true, false),
    DEGREE_TEACHERS("degree_teachers", "高于规定学历教师数", true, false),
    BACKBONE_TEACHERS("backbone_teachers", "县级以上骨干教师数", true, false),
    PE_ART_TEACHERS("pe_art_teachers", "体育艺术专任教师数", true, false),
    FLOOR_AREA("floor_area", "教学及辅助用房面积", false, true),
    SPORTS_AREA("sports_area", "体育运动场馆面积", false, true),
    EQUIPMENT_VALUE("equipment_value", "教学仪器设备值", false, true),
    MULTIMEDIA_ROOMS("multimedia_rooms", "网络多媒体教室数", true, true);

    private final String column;
    private final String header;
    private final boolean count;
    private final boolean shared;

    Figure(String column, String header, boolean count, boolean shared) {
        this.column = column;
        this.header = header;
        this.count = count;
        this.shared = shared;
    }

    /** The column name in the workspace and the change log; also the English key. */
    public String column() {
        return column;
    }

    /** The Chinese table header, e.g. 在校生数. */
    public String header() {
        return header;
    }

    /** True for counts of people or rooms, which must be whole numbers in a section's own row. */
    public boolean isCount() {
        return count;
    }

    /** True for facility figures a 全校 row may hold for all sections, split across them by weighted students. */
    public boolean isShared() {
        return shared;
    }

    public static List<Figure> shared() {
        return Arrays.stream(values()).filter(Figure::isShared).toList();
    }

    public static Optional<Figure> ofColumn(String column) {
        for (Figure f : values()) {
            if (f.column.equals(column)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
