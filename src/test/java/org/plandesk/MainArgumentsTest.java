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
        // a backup opened from the file manager: the window, which offers to restore it
        assertThat(Main.isGui(new String[] {"/home/规划科/下载/区教育局-备份.pdbak"})).isTrue();
        assertThat(Main.isGui(new String[] {"备份.PDBAK"})).isTrue();
        assertThat(Main.isGui(new String[] {"backup.zip"})).isFalse();
        assertThat(Main.isGui(new String[] {"restore", "--from", "b.pdbak"})).isFalse();
    }
}
