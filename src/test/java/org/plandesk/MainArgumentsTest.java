package org.plandesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which arguments open the window and which run the command line. */
class MainArgumentsTest {
    @Test
    void theWindowOpensWithoutACommandAndForTheInstallersTrainingRun() {
        assertThat(Main.isGui(new String[] {})).isTrue();
        assertThat(Main.isGui(new String[] {"--workspace", "w"})).isTrue();
        assertThat(Main.isGui(new String[] {"--workspace=w"})).isTrue();
        assertThat(Main.isGui(new String[] {"--workspace", "w", "--aot-training"}))
                .isTrue();
        assertThat(Main.isGui(new String[] {"--aot-training"})).isTrue();
        assertThat(Main.isGui(new String[] {"plans", "--workspace", "w"})).isFalse();
        assertThat(Main.isGui(new String[] {"plans", "--aot-training"})).isFalse();
    }
}
