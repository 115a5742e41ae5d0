package org.plandesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plandesk.school.io.BalanceWriters;
import org.plandesk.school.io.ExampleSchools;

/** The schools and balance commands on the fictitious example. */
class SchoolsCliTest {
    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    private String ws() {
        return dir.resolve("ws").toString();
    }

    private Path example() throws Exception {
        Path f = dir.resolve("example.csv");
        Files.write(f, ExampleSchools.bytes());
        return f;
    }

    @Test
    void importThenBalanceAsCsvRoundedToThreeDecimals() throws Exception {
        assertThat(cli.run("schools", "--workspace", ws(), "--import", example().toString()))
                .isZero();
        assertThat(cli.out()).contains("已导入 40 行", "新学校 16 所");
        assertThat(cli.run("balance", "--workspace", ws(), "--year", "2024", "--district", "示例区", "--format", "csv"))
                .isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", BalanceWriters.CSV_HEADER));
        assertThat(lines).allSatisfy(l -> assertThat(l).startsWith(lines.get(0).equals(l) ? "district" : "示例区,"));
        List<String> junior =
                lines.stream().filter(l -> l.startsWith("示例区,初中,indicator,")).toList();
        assertThat(junior).hasSize(7);
        assertThat(junior.get(0)).contains(",degree_teachers,", ",5.3,", ",0.45,");
        for (String l : lines.subList(1, lines.size())) {
            for (String cell : l.split(",", -1)) {
                if (cell.matches("-?\\d+\\.\\d+")) {
                    assertThat(cell.substring(cell.indexOf('.') + 1).length())
                            .as(l)
                            .isLessThanOrEqualTo(3);
                }
            }
        }
        assertThat(lines)
                .anySatisfy(l -> assertThat(l).startsWith("示例区,小学,school,").endsWith(",false"));
        // 示例九年一贯制学校 is in both stages
        assertThat(lines.stream().filter(l -> l.contains(",school,") && l.contains("示例九年一贯制学校")))
                .hasSize(2);
    }

    @Test
    void balanceAsJsonHasEnglishKeysAndUnroundedNumbers() throws Exception {
        cli.run("schools", "--workspace", ws(), "--import", example().toString());
        Path json = dir.resolve("b.json");
        assertThat(cli.run(
                        "balance", "--workspace", ws(), "--year", "2024", "--format", "json", "--out", json.toString()))
                .isZero();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("year").asInt()).isEqualTo(2024);
        JsonNode districts = root.get("districts");
        assertThat(districts).hasSize(4);
        JsonNode first = districts.get(0);
        assertThat(first.get("district").asText()).isEqualTo("示例区");
        assertThat(first.get("stage").asText()).isEqualTo("小学");
        JsonNode indicator = first.get("indicators").get(0);
        for (String key : List.of("indicator", "standard", "mean", "sd", "cv", "threshold", "pass")) {
            assertThat(indicator.has(key)).as(key).isTrue();
        }
        assertThat(indicator.get("cv").asText()).matches("0\\.\\d{6,}");
        assertThat(first.has("composite_cv")).isTrue();
        JsonNode school = first.get("schools").get(0);
        for (String key : List.of("values", "met", "compliant")) {
            assertThat(school.has(key)).as(key).isTrue();
        }
        assertThat(school.get("values")).hasSize(7);
        // the composite is the plain mean of the seven CVs
        double sum = 0;
        for (JsonNode i : first.get("indicators")) {
            sum += i.get("cv").asDouble();
        }
        assertThat(first.get("composite_cv").asDouble()).isCloseTo(sum / 7, Offset.offset(1e-12));
    }

    @Test
    void aBadGbkTableIsRefusedWithRowAndColumnAndNothingIsWritten() throws Exception {
        String text = new String(ExampleSchools.bytes(), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .replace("SL0103,示例东湖小学（虚构）,示例区,小学,公办,2023,小学,1190", "SL0103,示例东湖小学（虚构）,示例区,小学,公办,2023,高中,1190");
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, text.getBytes(Charset.forName("GBK")));
        assertThat(cli.run("schools", "--workspace", ws(), "--import", gbk.toString()))
                .isEqualTo(3);
        assertThat(cli.err()).contains("第5行", "“学部”", "“高中”与学校类型“小学”不符").doesNotContain("Exception");
        assertThat(cli.run("schools", "--workspace", ws())).isZero();
        assertThat(cli.out()).contains("0 所学校");
    }

    @Test
    void aYearWithoutFiguresIsExitThreeAndExportWritesTheSameTable() throws Exception {
        cli.run("schools", "--workspace", ws(), "--import", example().toString());
        assertThat(cli.run("balance", "--workspace", ws(), "--year", "2019", "--format", "csv"))
                .isEqualTo(3);
        assertThat(cli.err()).contains("没有 2019 年的学校数据", "2024、2023");
        assertThat(cli.run("balance", "--workspace", ws(), "--year", "2024", "--format", "xml"))
                .isEqualTo(2);
        Path back = dir.resolve("back.xlsx");
        assertThat(cli.run("schools", "--workspace", ws(), "--export", back.toString()))
                .isZero();
        String other = dir.resolve("other").toString();
        assertThat(cli.run("schools", "--workspace", other, "--import", back.toString()))
                .isZero();
        assertThat(cli.run("balance", "--workspace", other, "--year", "2024", "--format", "csv"))
                .isZero();
        String fromCopy = cli.out();
        cli.run("balance", "--workspace", ws(), "--year", "2024", "--format", "csv");
        assertThat(fromCopy).isEqualTo(cli.out());
    }
}
