package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.json.PlanJson;
import org.civicplan.io.markdown.PlanMarkdown;
import org.civicplan.model.Plan;
import org.civicplan.rules.CustomRuleJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The civicplan command, run as a user would, on the bundled examples. */
class CommandLineTest {
  static final Path SAMPLE_MD = Path.of("..", "examples", "jiangsu-road-2024.md");
  static final Path SAMPLE_JSON = Path.of("..", "examples", "jiangsu-road-2024.json");

  @TempDir Path dir;

  @Test
  void convertsTheMarkdownSampleToTheSameJsonAsTheLibrary() throws IOException {
    Cli cli = Cli.run("convert", SAMPLE_MD.toString(), "--to", "json");
    assertThat(cli.exitCode()).isZero();
    Plan imported = PlanDocuments.create().read(SAMPLE_MD).plan();
    assertThat(cli.out()).isEqualTo(PlanJson.create().write(imported));
    // The three repairs the importer made are told on stderr, with their lines.
    assertThat(cli.err().lines())
        .filteredOn(l -> l.contains(": note: "))
        .extracting(l -> l.split(":")[1])
        .containsExactly("27", "37", "47");
  }

  @Test
  void convertsJsonToMarkdownAndBackWithoutLosingTheStructure() throws IOException {
    Path json = dir.resolve("plan.json");
    Path md = dir.resolve("plan.md");
    assertThat(Cli.run("convert", SAMPLE_MD.toString(), "-o", json.toString()).exitCode()).isZero();
    Cli toMarkdown = Cli.run("convert", json.toString(), "--to", "markdown", "-o", md.toString());
    assertThat(toMarkdown.exitCode()).isZero();
    Plan fromJson = PlanJson.create().read(json);
    assertThat(Files.readString(md, StandardCharsets.UTF_8)).isEqualTo(PlanMarkdown.create().write(fromJson));
    Plan back = PlanDocuments.create().read(md).plan();
    assertThat(back.sections()).hasSize(4);
    assertThat(back.goals()).hasSize(12);
    assertThat(back.initiatives().count()).isEqualTo(fromJson.initiatives().count());
    assertThat(back.indicators().count()).isEqualTo(2);
  }

  @Test
  void fromNamesTheFormatOfAFileWhoseNameDoesNot() throws IOException {
    Path unnamed = dir.resolve("plan.data");
    Files.copy(SAMPLE_MD, unnamed);
    assertThat(Cli.run("stats", unnamed.toString()).err()).contains("cannot tell the format");
    for (String name : List.of("md", "markdown", "MARKDOWN")) {
      Cli cli = Cli.run("stats", unnamed.toString(), "--from", name);
      assertThat(cli.exitCode()).as(name).isZero();
      assertThat(cli.out()).as(name).contains("sections:    4");
    }
    assertThat(Cli.run("stats", unnamed.toString(), "--from", "docx").err())
        .contains("unknown format 'docx' (expected json, markdown or text)");
  }

  @Test
  void compactJsonHasNoWhitespaceBetweenTokens() {
    Cli cli = Cli.run("convert", SAMPLE_JSON.toString(), "--compact");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).startsWith("{\"formatVersion\":\"1.1\",").doesNotContain("\n  ");
  }

  @Test
  void statsCountsWhatThePlanHolds() throws IOException {
    Cli cli = Cli.run("stats", SAMPLE_MD.toString());
    assertThat(cli.exitCode()).isZero();
    Plan plan = PlanDocuments.create().read(SAMPLE_MD).plan();
    assertThat(cli.out().lines())
        .containsExactly(
            "plan:        江苏路街道 2024 年工作计划",
            "sections:    4",
            "goals:       12",
            "initiatives: " + plan.initiatives().count(),
            "indicators:  2",
            "units:       0");
    Cli json = Cli.run("stats", SAMPLE_JSON.toString());
    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).contains("sections:").contains("indicators:");
  }

  @Test
  void validateReportsTheSampleInCompilerStyleAndSucceedsWithoutErrors() {
    Cli cli = Cli.run("validate", SAMPLE_MD.toString(), "--lang", "en");
    assertThat(cli.exitCode()).isZero();
    String file = SAMPLE_MD.toString();
    assertThat(cli.out().lines().filter(l -> l.startsWith(file + ":")))
        .extracting(l -> l.substring(file.length() + 1, l.indexOf(' ')))
        .containsExactly("27:263:", "31:1:", "37:201:", "43:1:", "47:199:");
    assertThat(cli.out()).contains("warning [text/joined-broken-paragraph]")
        .contains("warning [structure/heading-level-inconsistent]");
  }

  @Test
  void validateExitsWithOneWhenAPlanHasAnError() throws IOException {
    // 约束性 (binding) indicator without a target: an error in the default profile.
    Path plan = dir.resolve("binding.json");
    Files.writeString(
        plan,
        "{\"formatVersion\":\"1.0\",\"title\":\"测试街道 2024 年工作计划\",\"sections\":[{\"title\":\"经济\","
            + "\"goals\":[{\"name\":\"招商引资\",\"initiatives\":[{\"text\":\"引进企业。\",\"indicators\":"
            + "[{\"name\":\"引进企业数\",\"measureKind\":\"count\",\"attribute\":\"binding\"}]}]}]}]}",
        StandardCharsets.UTF_8);
    Cli cli = Cli.run("validate", plan.toString(), "--lang", "en");
    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(CivicPlanCommand.EXIT_FINDINGS);
    assertThat(cli.out()).contains("error [target/binding-without-target]");
  }

  @Test
  void validateTakesADirectoryAndWritesOneReport() throws IOException {
    Path examples = dir.resolve("examples");
    Files.createDirectories(examples.resolve("nested"));
    Files.copy(SAMPLE_MD, examples.resolve("a.md"));
    Files.copy(SAMPLE_JSON, examples.resolve("nested").resolve("b.json"));
    Files.writeString(examples.resolve("notes.csv"), "not a plan", StandardCharsets.UTF_8);
    Cli cli = Cli.run("validate", examples.toString(), "--format", "json");
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).contains(examples.resolve("a.md").toString())
        .contains(examples.resolve("nested").resolve("b.json").toString())
        .doesNotContain("notes.csv");
  }

  @Test
  void sarifOutputIsWrittenToAFile() throws IOException {
    Path sarif = dir.resolve("report.sarif");
    Cli cli = Cli.run("validate", SAMPLE_MD.toString(), "--format", "sarif", "-o", sarif.toString());
    assertThat(cli.exitCode()).isZero();
    String text = Files.readString(sarif, StandardCharsets.UTF_8);
    assertThat(text).contains("\"version\"").contains("2.1.0").contains("structure/heading-level-inconsistent");
    assertThat(org.civicplan.rules.report.SarifSchema.errors(text)).isEmpty();
  }

  @Test
  void unreadableInputExitsWithTwoAndOneLine() {
    Cli missing = Cli.run("stats", dir.resolve("missing.json").toString());
    assertThat(missing.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(missing.err().lines()).hasSize(1);
    assertThat(missing.err()).startsWith("civicplan: no such file: ").contains("missing.json");
    assertThat(missing.out()).isEmpty();
  }

  @Test
  void malformedJsonNamesFileLineAndColumn() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"formatVersion\":\"1.0\",\n  \"title\": 5}", StandardCharsets.UTF_8);
    Cli cli = Cli.run("convert", bad.toString());
    assertThat(cli.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(cli.err().lines()).hasSize(1);
    assertThat(cli.err()).startsWith("civicplan: " + bad + ":2:").contains("/title");
  }

  @Test
  void verboseAddsTheStackTrace() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{", StandardCharsets.UTF_8);
    Cli cli = Cli.run("--verbose", "stats", bad.toString());
    assertThat(cli.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(cli.err()).contains("PlanFormatException").contains("\tat ");
  }

  @Test
  void badUsageExitsWithTwo() {
    assertThat(Cli.run().exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(Cli.run("convert").exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    Cli profile = Cli.run("validate", SAMPLE_MD.toString(), "--profile", "lax");
    assertThat(profile.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(profile.err()).contains("unknown profile \"lax\"");
    Cli to = Cli.run("convert", SAMPLE_MD.toString(), "--to", "text");
    assertThat(to.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(to.err()).contains("cannot write plain text");
    Cli unknownFormat = Cli.run("stats", "plan.xyz");
    assertThat(unknownFormat.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(unknownFormat.err()).contains("cannot tell the format");
  }

  @Test
  void unknownRuleInAConfigIsAClearError() throws IOException {
    Path config = dir.resolve("rules.json");
    Files.writeString(config, "{\"rules\":{\"text/no-such-rule\":{\"enabled\":false}}}", StandardCharsets.UTF_8);
    Cli cli = Cli.run("validate", SAMPLE_MD.toString(), "--config", config.toString());
    assertThat(cli.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(cli.err()).contains("text/no-such-rule");
  }

  @Test
  void helpAndVersion() {
    Cli help = Cli.run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("convert").contains("stats").contains("validate").contains("rules");
    for (String command : List.of("convert", "stats", "validate", "rules")) {
      assertThat(Cli.run(command, "--help").out()).as(command).contains("Usage: civicplan " + command);
    }
    assertThat(Cli.run("--version").out()).matches("civicplan \\d+\\.\\d+\\.\\d+.*\\R");
  }

  @Test
  void rulesListsTheCatalogueAndACustomRuleJarOnTheClassPath() throws IOException {
    Cli builtIn = Cli.run("rules", "--lang", "en");
    assertThat(builtIn.exitCode()).isZero();
    assertThat(builtIn.out()).contains("structure/heading-level-inconsistent").doesNotContain("district/title-year");

    Path jar = CustomRuleJar.build(dir.resolve("custom"));
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, previous)) {
      thread.setContextClassLoader(loader);
      assertThat(Cli.run("rules", "--lang", "en").out()).contains("district/title-year");
      Path untitled = dir.resolve("untitled.json");
      Files.writeString(untitled, "{\"formatVersion\":\"1.0\",\"title\":\"测试街道工作计划\"}", StandardCharsets.UTF_8);
      Cli report = Cli.run("validate", untitled.toString(), "--lang", "en");
      assertThat(report.exitCode()).isEqualTo(CivicPlanCommand.EXIT_FINDINGS);
      assertThat(report.out()).contains("error [district/title-year]");
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
