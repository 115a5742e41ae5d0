package org.plandesk.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class StatusRulesTest {
    private static final int NOW = 2026;

    private static Status status(Target t, Observation a, int year, List<Observation> history) {
        return StatusRules.status(t, a, year, NOW, history);
    }

    @Test
    void atLeastIsInclusive() {
        Target t = Target.numeric(Comparator.AT_LEAST, 95, "≥95");
        assertThat(status(t, Observation.of(2024, 95), 2024, List.of())).isEqualTo(Status.MET);
        assertThat(status(t, Observation.of(2024, 96), 2024, List.of())).isEqualTo(Status.MET);
        assertThat(status(t, Observation.of(2024, 94.9), 2024, List.of())).isEqualTo(Status.MISSED);
    }

    @Test
    void lowerIsBetter() {
        Target t = Target.numeric(Comparator.AT_MOST, 0.45, "≤0.45");
        assertThat(status(t, Observation.of(2022, 0.45), 2022, List.of())).isEqualTo(Status.MET);
        assertThat(status(t, Observation.of(2022, 0.44), 2022, List.of())).isEqualTo(Status.MET);
        assertThat(status(t, Observation.of(2022, 0.46), 2022, List.of())).isEqualTo(Status.MISSED);
        Target strict = Target.numeric(Comparator.BELOW, 0.35, "<0.35");
        assertThat(status(strict, Observation.of(2022, 0.35), 2022, List.of())).isEqualTo(Status.MISSED);
        assertThat(status(strict, Observation.of(2022, 0.3499), 2022, List.of()))
                .isEqualTo(Status.MET);
    }

    @Test
    void grades() {
        Target keepB = Target.grade(Comparator.AT_LEAST, "B", "A", "保B 争A");
        assertThat(status(keepB, Observation.grade(2023, "B"), 2023, List.of())).isEqualTo(Status.MET);
        assertThat(status(keepB, Observation.grade(2023, "A"), 2023, List.of())).isEqualTo(Status.MET);
        assertThat(status(keepB, Observation.grade(2023, "C"), 2023, List.of())).isEqualTo(Status.MISSED);
        Target good = Target.grade(Comparator.AT_LEAST, "良好", null, "良好以上");
        assertThat(StatusRules.satisfies(good, Observation.grade(2023, "优秀"))).isTrue();
        assertThat(StatusRules.satisfies(good, Observation.grade(2023, "合格"))).isFalse();
        Target roman = Target.grade(Comparator.AT_LEAST, "Ⅲ", null, "Ⅲ级以上");
        assertThat(StatusRules.satisfies(roman, Observation.grade(2023, "Ⅳ"))).isTrue();
        assertThat(StatusRules.satisfies(roman, Observation.grade(2023, "Ⅱ"))).isFalse();
    }

    @Test
    void pendingWithoutActualAndMissedOnlyOnceTheYearHasEnded() {
        Target t = Target.numeric(Comparator.AT_LEAST, 95, "≥95");
        assertThat(status(t, null, 2024, List.of())).isEqualTo(Status.PENDING);
        assertThat(status(t, Observation.of(NOW, 90), NOW, List.of())).isEqualTo(Status.AT_RISK);
        assertThat(status(null, Observation.of(2024, 90), 2024, List.of())).isEqualTo(Status.NO_TARGET);
    }

    @Test
    void atRiskWhenTheTrendProjectsAMiss() {
        Target target2027 = Target.numeric(Comparator.AT_LEAST, 95, "≥95");
        List<Observation> falling =
                List.of(Observation.of(2023, 92), Observation.of(2024, 91), Observation.of(2025, 90));
        assertThat(status(target2027, null, 2027, falling)).isEqualTo(Status.AT_RISK);
        List<Observation> rising =
                List.of(Observation.of(2023, 89), Observation.of(2024, 91), Observation.of(2025, 93));
        assertThat(status(target2027, null, 2027, rising)).isEqualTo(Status.PENDING);
        assertThat(StatusRules.project(rising, 2027).getAsDouble()).isCloseTo(97.0, Offset.offset(1e-9));
        assertThat(status(target2027, null, 2027, List.of(Observation.of(2023, 50))))
                .isEqualTo(Status.PENDING);
    }

    @Test
    void multiPartIsMetOnlyWhenEveryPartIsMet() {
        assertThat(Status.combine(List.of(Status.MET, Status.MET))).isEqualTo(Status.MET);
        assertThat(Status.combine(List.of(Status.MET, Status.MISSED))).isEqualTo(Status.MISSED);
        assertThat(Status.combine(List.of(Status.MET, Status.PENDING))).isEqualTo(Status.PENDING);
        assertThat(Status.combine(List.of(Status.AT_RISK, Status.PENDING))).isEqualTo(Status.AT_RISK);
        assertThat(Status.combine(List.of(Status.NO_TARGET))).isEqualTo(Status.NO_TARGET);
    }

    @Test
    void achievement() {
        Target up = Target.numeric(Comparator.AT_LEAST, 80, "80");
        assertThat(StatusRules.achievement(up, Observation.of(2024, 88), Direction.HIGHER_IS_BETTER)
                        .getAsDouble())
                .isEqualTo(1.1);
        Target down = Target.numeric(Comparator.AT_MOST, 0.45, "≤0.45");
        assertThat(StatusRules.achievement(down, Observation.of(2024, 0.5), Direction.LOWER_IS_BETTER)
                        .getAsDouble())
                .isCloseTo(0.9, Offset.offset(1e-12));
        assertThat(StatusRules.achievement(
                        Target.grade(Comparator.AT_LEAST, "B", null, "B等"),
                        Observation.grade(2024, "A"),
                        Direction.HIGHER_IS_BETTER))
                .isEmpty();
    }
}
