package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.civicplan.rules.report.SarifSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF we write against Microsoft's SARIF Multitool (SARIF and GitHub rule sets), whose
 * verdict on the sample and on a directory run is committed in {@code src/test/multitool} (recipe:
 * {@code run-multitool.sh} there; CI has no node). The fixtures must hold no error, and the SARIF
 * written today must still have every property the validated SARIF had, and the ones GitHub needs.
 */
class SarifMultitoolFixtureTest {
  static final Path FIXTURES = Path.of("src", "test", "multitool");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void theMultitoolFoundNoErrorOrWarningInTheSampleOrADirectoryRun() throws IOException {
    for (String name : List.of("sample", "directory")) {
      JsonNode run = JSON.readTree(FIXTURES.resolve(name + ".validation.sarif").toFile()).path("runs").get(0);
      Set<String> ruleIds = new TreeSet<>();
      run.path("tool").path("driver").path("rules").forEach(r -> ruleIds.add(r.path("id").asText()));
      // The SARIF rules reported notes (the log lists the rules that reported something).
      assertThat(ruleIds).as(name).contains("SARIF2002", "SARIF2009");
      List<String> serious = new ArrayList<>();
      for (JsonNode r : run.path("results")) {
        String level = r.path("level").asText("warning");
        if (level.equals("error") || level.equals("warning")) {
          serious.add(r.path("ruleId").asText() + " " + r.path("message"));
        }
      }
      assertThat(serious).as(name).isEmpty();
      assertThat(run.path("invocations").get(0).path("executionSuccessful").asBoolean()).isTrue();
    }
  }

  @Test
  void theSameCommandOnTheSarifOfBeforeThisWorkFoundTheGitHubErrors() throws IOException {
    // Proof that the GitHub rule set ran in the command of the recipe: on the SARIF the previous
    // version wrote for the sample (commit 54ffeb9) it reported 25 × GH2012 (no help on a rule).
    JsonNode run = JSON.readTree(FIXTURES.resolve("sample-before.validation.sarif").toFile()).path("runs").get(0);
    List<String> errors = new ArrayList<>();
    for (JsonNode r : run.path("results")) {
      if (r.path("level").asText("warning").equals("error")) {
        errors.add(r.path("ruleId").asText());
      }
    }
    assertThat(errors).hasSize(25).containsOnly("GH2012");
  }

  @Test
  void theSarifWrittenTodayHasWhatTheValidatedSarifHad() throws IOException {
    Path sample = dir.resolve("sample.sarif");
    Cli cli = Cli.run("validate", CommandLineTest.SAMPLE_MD.toString(), "--format", "sarif", "-o", sample.toString());
    assertThat(cli.exitCode()).isZero();
    Path directory = dir.resolve("directory.sarif");
    Cli dirRun = Cli.run("validate", plans().toString(), "--profile", "strict", "--format", "sarif", "-o", directory.toString());
    assertThat(dirRun.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    for (String name : List.of("sample", "directory")) {
      String today = Files.readString(dir.resolve(name + ".sarif"), StandardCharsets.UTF_8);
      assertThat(SarifSchema.errors(today)).as(name).isEmpty();
      Set<String> was = paths(JSON.readTree(FIXTURES.resolve(name + ".sarif").toFile()));
      Set<String> now = paths(JSON.readTree(today));
      assertThat(now).as(name).containsAll(was);
      checkGitHubNeeds(JSON.readTree(today), name);
    }
    JsonNode run = JSON.readTree(directory.toFile()).path("runs").get(0);
    JsonNode invocation = run.path("invocations").get(0);
    assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
    assertThat(invocation.path("toolExecutionNotifications")).hasSize(1);
    assertThat(invocation.path("toolExecutionNotifications").get(0).path("message").path("text").asText())
        .contains("broken.json");
  }

  /** What the GitHub rules checked, stated directly. */
  private static void checkGitHubNeeds(JsonNode log, String name) {
    JsonNode run = log.path("runs").get(0);
    JsonNode driver = run.path("tool").path("driver");
    assertThat(driver.path("informationUri").asText()).startsWith("https://");
    assertThat(driver.path("rules")).isNotEmpty();
    for (JsonNode rule : driver.path("rules")) {
      assertThat(rule.path("help").path("text").asText()).as(name + " " + rule.path("id")).isNotBlank();
      assertThat(rule.path("help").path("markdown").asText()).as(name + " " + rule.path("id")).isNotBlank();
      assertThat(rule.path("helpUri").asText()).endsWith("#" + rule.path("id").asText().replace("/", ""));
    }
    JsonNode bases = run.path("originalUriBaseIds");
    Set<String> fingerprints = new TreeSet<>();
    for (JsonNode result : run.path("results")) {
      String fp = result.path("partialFingerprints").path("civicplanFinding/v1").asText();
      assertThat(fp).matches("[0-9a-f]{64}");
      JsonNode physical = result.path("locations").get(0).path("physicalLocation");
      JsonNode artifact = physical.path("artifactLocation");
      fingerprints.add(artifact.path("uri").asText() + " " + fp);
      assertThat(artifact.path("uri").asText()).doesNotStartWith("file:").doesNotStartWith("/");
      assertThat(bases.has(artifact.path("uriBaseId").asText())).as(artifact.toString()).isTrue();
      // SARIF2017: every result has a region, JSON plans included.
      assertThat(physical.has("region")).as(name + " " + result).isTrue();
    }
    assertThat(fingerprints).as("one fingerprint per finding in each file").hasSize(run.path("results").size());
  }

  private Path plans() throws IOException {
    Path plans = dir.resolve("plans");
    Files.createDirectories(plans.resolve("nested"));
    Files.copy(CommandLineTest.SAMPLE_MD, plans.resolve("a.md"));
    assertThat(Cli.run("convert", CommandLineTest.SAMPLE_MD.toString(), "-o", plans.resolve("nested").resolve("b.json").toString())
        .exitCode()).isZero();
    Files.writeString(plans.resolve("c.json"),
        "{\"formatVersion\":\"1.0\",\"title\":\"测试街道 2024 年工作计划\",\"sections\":[{\"title\":\"经济\",\n"
            + "\"goals\":[{\"name\":\"招商引资\",\"initiatives\":[{\"text\":\"引进企业。\",\"indicators\":[\n"
            + "{\"name\":\"引进企业数\",\"measureKind\":\"count\",\"attribute\":\"binding\"}]}]}]}]}\n",
        StandardCharsets.UTF_8);
    Files.writeString(plans.resolve("broken.json"), "{\n", StandardCharsets.UTF_8);
    return plans;
  }

  /** Every property path in a JSON tree, array positions dropped: runs[].results[].ruleId. */
  static Set<String> paths(JsonNode node) {
    Set<String> out = new TreeSet<>();
    collect(node, "", out);
    return out;
  }

  private static void collect(JsonNode node, String path, Set<String> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        // Keys that are data, not schema: the base ids and fingerprint names are checked above.
        String key = path.endsWith("originalUriBaseIds") || path.endsWith("properties") ? "*" : e.getKey();
        String p = path + "." + key;
        out.add(p);
        collect(e.getValue(), p, out);
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        collect(child, path + "[]", out);
      }
    }
  }
}
