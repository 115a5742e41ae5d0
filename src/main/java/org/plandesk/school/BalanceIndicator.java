package org.plandesk.school;

import java.util.Optional;

/**
 * The seven resource indicators of 义务教育优质均衡 (教督〔2017〕6号) with their standards for 小学 and 初中
 * (DESIGN §3). Each is a raw figure per hundred students or per student.
 */
public enum BalanceIndicator {
    DEGREE_TEACHERS("degree_teachers", "每百名学生拥有高于规定学历教师数", "人", Figure.DEGREE_TEACHERS, 100, 4.2, 5.3),
    BACKBONE_TEACHERS("backbone_teachers", "每百名学生拥有县级以上骨干教师数", "人", Figure.BACKBONE_TEACHERS, 100, 1, 1),
    PE_ART_TEACHERS("pe_art_teachers", "每百名学生拥有体育、艺术专任教师数", "人", Figure.PE_ART_TEACHERS, 100, 0.9, 0.9),
    FLOOR_AREA("floor_area", "生均教学及辅助用房面积", "m²", Figure.FLOOR_AREA, 1, 4.5, 5.8),
    SPORTS_AREA("sports_area", "生均体育运动场馆面积", "m²", Figure.SPORTS_AREA, 1, 7.5, 10.2),
    EQUIPMENT_VALUE("equipment_value", "生均教学仪器设备值", "元", Figure.EQUIPMENT_VALUE, 1, 2000, 2500),
    MULTIMEDIA_ROOMS("multimedia_rooms", "每百名学生拥有网络多媒体教室数", "间", Figure.MULTIMEDIA_ROOMS, 100, 2.3, 2.4);

    private final String code;
    private final String label;
    private final String unit;
    private final Figure figure;
    private final double per;
    private final double primaryStandard;
    private final double juniorStandard;

    BalanceIndicator(
            String code,
            String label,
            String unit,
            Figure figure,
            double per,
            double primaryStandard,
            double juniorStandard) {
        this.code = code;
        this.label = label;
        this.unit = unit;
        this.figure = figure;
        this.per = per;
        this.primaryStandard = primaryStandard;
        this.juniorStandard = juniorStandard;
    }

    /** English key used in JSON and CSV output and in links, e.g. {@code floor_area}. */
    public String code() {
        return code;
    }

    /** The Chinese name, e.g. 生均教学及辅助用房面积. */
    public String label() {
        return label;
    }

    /** A short name for chart axes, e.g. 教学用房. */
    public String shortLabel() {
        return switch (this) {
            case DEGREE_TEACHERS -> "高学历教师";
            case BACKBONE_TEACHERS -> "骨干教师";
            case PE_ART_TEACHERS -> "体艺教师";
            case FLOOR_AREA -> "教学用房";
            case SPORTS_AREA -> "体育场馆";
            case EQUIPMENT_VALUE -> "仪器设备";
            case MULTIMEDIA_ROOMS -> "多媒体教室";
        };
    }

    public String unit() {
        return unit;
    }

    /** The raw figure behind the indicator. */
    public Figure figure() {
        return figure;
    }

    /** The standard for a stage (小学 or 初中). */
    public double standard(Section stage) {
        return switch (stage) {
            case PRIMARY -> primaryStandard;
            case JUNIOR -> juniorStandard;
            default -> throw new IllegalArgumentException("no balance standard for " + stage);
        };
    }

    /** The indicator's value for a section with these students and this raw figure; NaN when it cannot be known. */
    public double value(double raw, double students) {
        if (Double.isNaN(raw) || !(students > 0)) {
            return Double.NaN;
        }
        return raw / students * per;
    }

    /** The 2017 rule's ceiling for each indicator's 差异系数: 0.50 for 小学, 0.45 for 初中. */
    public static double cvThreshold(Section stage) {
        return switch (stage) {
            case PRIMARY -> 0.50;
            case JUNIOR -> 0.45;
            default -> throw new IllegalArgumentException("no balance threshold for " + stage);
        };
    }

    public static Optional<BalanceIndicator> ofCode(String code) {
        for (BalanceIndicator b : values()) {
            if (b.code.equals(code)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
