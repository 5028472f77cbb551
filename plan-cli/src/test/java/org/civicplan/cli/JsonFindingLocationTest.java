package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings on a JSON plan point into the JSON file; the Markdown it came from only as such. */
class JsonFindingLocationTest {
  @TempDir Path dir;

  @Test
  void aJsonPlanConvertedFromMarkdownIsReportedAtItsJsonLines() throws IOException {
    Path json = dir.resolve("x.json");
    assertThat(Cli.run("convert", CommandLineTest.SAMPLE_MD.toString(), "-o", json.toString()).exitCode()).isZero();
    List<String> lines = Files.readAllLines(json, StandardCharsets.UTF_8);
    Path report = dir.resolve("r.json");
    assertThat(Cli.run("validate", json.toString(), "--format", "json", "-o", report.toString()).exitCode()).isZero();
    JsonNode findings = new ObjectMapper().readTree(report.toFile()).path("files").get(0).path("findings");
    assertThat(findings).hasSize(5);
    List<String> originals = new ArrayList<>();
    JsonNode tree = new ObjectMapper().readTree(json.toFile());
    for (JsonNode f : findings) {
      JsonNode span = f.path("span");
      int line = span.path("startLine").asInt();
      int column = span.path("startColumn").asInt();
      assertThat(line).isBetween(1, lines.size());
      // The span is the opening brace of the element's object in the JSON text.
      assertThat(lines.get(line - 1).length()).isGreaterThanOrEqualTo(column);
      assertThat(lines.get(line - 1).charAt(column - 1)).isEqualTo('{');
      assertThat(tree.at(f.path("pointer").asText()).isObject()).isTrue();
      JsonNode original = f.path("original");
      assertThat(original.path("document").asText()).isEqualTo(CommandLineTest.SAMPLE_MD.toString());
      originals.add(original.path("span").path("startLine").asInt() + ":" + original.path("span").path("startColumn").asInt());
    }
    // Where the Markdown validation puts them, now as the original's place.
    assertThat(originals).containsExactly("27:263", "31:1", "37:201", "43:1", "47:199");

    Cli text = Cli.run("validate", json.toString(), "--lang", "en");
    assertThat(text.out()).doesNotContain(json + ":27:263").contains("[imported from " + CommandLineTest.SAMPLE_MD + ":27:263]");
    String first = text.out().lines().filter(l -> l.startsWith(json + ":")).findFirst().orElseThrow();
    int line = Integer.parseInt(first.split(":")[1]);
    assertThat(lines.get(line - 1).trim()).startsWith("{");
  }

  @Test
  void aHandWrittenJsonPlanIsReportedAtItsOwnLines() throws IOException {
    Path plan = dir.resolve("binding.json");
    Files.writeString(plan,
        "{\"formatVersion\":\"1.0\",\"title\":\"测试街道 2024 年工作计划\",\"sections\":[{\"title\":\"经济\",\n"
            + "\"goals\":[{\"name\":\"招商引资\",\"initiatives\":[{\"text\":\"引进企业。\",\"indicators\":[\n"
            + "  {\"name\":\"引进企业数\",\"measureKind\":\"count\",\"attribute\":\"binding\"}]}]}]}]}\n",
        StandardCharsets.UTF_8);
    Cli cli = Cli.run("validate", plan.toString(), "--lang", "en");
    assertThat(cli.exitCode()).isEqualTo(CivicPlanCommand.EXIT_FINDINGS);
    assertThat(cli.out()).contains(plan + ":3:3: error [target/binding-without-target]").doesNotContain("imported from");
  }
}
