package org.plandesk.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlausibleRangeTest {
    @Test
    void theUnitAndNameImplyARange() {
        assertThat(PlausibleRange.defaultFor("%", "学前三年毛入园率")).isEqualTo(new PlausibleRange(0.0, 100.0));
        assertThat(PlausibleRange.defaultFor("", "初中/小学校际优质均衡差异系数")).isEqualTo(new PlausibleRange(0.0, 1.0));
        assertThat(PlausibleRange.defaultFor("所", "新建学校")).isEqualTo(new PlausibleRange(0.0, null));
        assertThat(PlausibleRange.defaultFor("", "生师比")).isEqualTo(PlausibleRange.NONE);
        assertThat(PlausibleRange.defaultFor("等级", "办学质量")).isEqualTo(PlausibleRange.NONE);
    }

    @Test
    void boundsAreInclusiveAndReadAsPlannersWriteThem() {
        PlausibleRange r = new PlausibleRange(0.0, 1.0);
        assertThat(r.contains(0)).isTrue();
        assertThat(r.contains(1)).isTrue();
        assertThat(r.contains(1.0001)).isFalse();
        assertThat(r.contains(-0.1)).isFalse();
        assertThat(r.text()).isEqualTo("0–1");
        assertThat(new PlausibleRange(0.0, null).text()).isEqualTo("≥0");
        assertThat(new PlausibleRange(null, 50.0).text()).isEqualTo("≤50");
        assertThat(PlausibleRange.NONE.contains(-1e9)).isTrue();
        assertThatThrownBy(() -> new PlausibleRange(2.0, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
