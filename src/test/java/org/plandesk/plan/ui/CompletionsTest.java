package org.plandesk.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionsTest {
    private static final List<String> BODIES = List.of("区教育局", "区财政局", "区住建局", "市规划资源局钱塘分局", "各街道");

    @Test
    void theBodyAfterTheLastSeparatorIsCompletedAndWhatCameBeforeIsKept() {
        assertThat(Completions.suggestions("区财", BODIES)).containsExactly("区财政局");
        assertThat(Completions.suggestions("区教育局、区财", BODIES)).containsExactly("区教育局、区财政局");
        // names that start with the text come before names that only contain it
        assertThat(Completions.suggestions("局", List.of("区教育局", "局办公室"))).containsExactly("局办公室", "区教育局");
        assertThat(Completions.suggestions("钱塘", BODIES)).containsExactly("市规划资源局钱塘分局");
    }

    @Test
    void nothingIsSuggestedForEmptyTextOrANameAlreadyWhole() {
        assertThat(Completions.suggestions("", BODIES)).isEmpty();
        assertThat(Completions.suggestions("区教育局、", BODIES)).isEmpty();
        assertThat(Completions.suggestions("各街道", BODIES)).isEmpty();
    }
}
