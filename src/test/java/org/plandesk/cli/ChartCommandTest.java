package org.plandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCommandTest {
    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    @Test
    void oneIndicatorToAFileAtTheRequestedSize() throws Exception {
        Path png = dir.resolve("cv.png");
        assertThat(cli.run(
                        "chart",
                        "--workspace",
                        dir.resolve("w").toString(),
                        "--plan",
                        "钱塘优学",
                        "--indicator",
                        "17",
                        "--format",
                        "png",
                        "--width",
                        "1280",
                        "--height",
                        "720",
                        "--scale",
                        "2",
                        "--out",
                        png.toString()))
                .isZero();
        var img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(2560);
        assertThat(img.getHeight()).isEqualTo(1440);
    }

    @Test
    void everyChartOfAPlanToAFolderNamedByCodeAndName() throws Exception {
        Path folder = dir.resolve("charts");
        assertThat(cli.run(
                        "chart",
                        "--workspace",
                        dir.resolve("w").toString(),
                        "--plan",
                        "杭州市教育高质量发展",
                        "--format",
                        "svg",
                        "--out",
                        folder.toString()))
                .isZero();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .hasSize(11)
                    .contains("高等教育毛入学率.svg")
                    .allSatisfy(n -> assertThat(n).endsWith(".svg"));
        }
        Path deck = dir.resolve("deck.pptx");
        assertThat(cli.run(
                        "chart",
                        "--workspace",
                        dir.resolve("w").toString(),
                        "--plan",
                        "钱塘优学",
                        "--format",
                        "pptx",
                        "--out",
                        deck.toString()))
                .isZero();
        assertThat(Files.size(deck)).isPositive();
        assertThat(cli.out()).contains("已导出 92 张图表");
    }

    @Test
    void mistakesAreUsageOrRejectedWithoutStackTraces() {
        String ws = dir.resolve("w").toString();
        assertThat(cli.run("chart", "--workspace", ws, "--plan", "钱塘优学", "--format", "gif", "--out", "x"))
                .isEqualTo(2);
        assertThat(cli.run(
                        "chart", "--workspace", ws, "--plan", "钱塘优学", "--format", "png", "--scale", "5", "--out", "x"))
                .isEqualTo(2);
        assertThat(cli.run(
                        "chart",
                        "--workspace",
                        ws,
                        "--plan",
                        "钱塘优学",
                        "--indicator",
                        "99",
                        "--format",
                        "png",
                        "--out",
                        "x"))
                .isEqualTo(3);
        assertThat(cli.err()).contains("没有序号或名称为“99”的指标").doesNotContain("\tat ");
    }
}
