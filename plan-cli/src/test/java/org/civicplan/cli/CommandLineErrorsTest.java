package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's error paths: each message and exit code, and outputs never half-written. */
class CommandLineErrorsTest {
  static final Path SAMPLE_MD = CommandLineTest.SAMPLE_MD;
  static final Path SAMPLE_JSON = CommandLineTest.SAMPLE_JSON;
  static final String GOOD = "a good file that must survive\n";

  @TempDir Path dir;

  private Path loneSurrogatePlan() throws IOException {
    Path in = dir.resolve("surrogate.json");
    Files.writeString(in, "{\"formatVersion\":\"1.0\",\"title\":\"\\ud800 测试街道工作计划\"}", StandardCharsets.UTF_8);
    return in;
  }

  private List<String> names() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void aLoneSurrogateFailsClearlyAndKeepsTheFileThatWasThere() throws IOException {
    Path in = loneSurrogatePlan();
    Path out = dir.resolve("out.json");
    Files.writeString(out, GOOD, StandardCharsets.UTF_8);
    Cli cli = Cli.run("convert", in.toString(), "-o", out.toString());
    assertThat(cli.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    String written = org.civicplan.io.json.PlanJson.builder().pretty(true).build()
        .write(org.civicplan.io.json.PlanJson.create().read(in));
    assertThat(cli.err().lines()).containsExactly(
        "civicplan: cannot write " + out + ": the plan holds a lone surrogate U+D800 (character "
            + (written.indexOf('\ud800') + 1) + " of the output), which UTF-8 cannot encode");
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(GOOD);
    assertThat(names()).containsExactly("out.json", "surrogate.json");
  }

  @Test
  void aLoneSurrogateOnStandardOutputIsAnErrorNotAQuestionMark() throws IOException {
    Cli cli = Cli.run("convert", loneSurrogatePlan().toString());
    assertThat(cli.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(cli.err()).startsWith("civicplan: cannot write to standard output: the plan holds a lone surrogate U+D800");
    assertThat(cli.out()).doesNotContain("?").doesNotContain("\ud800");
  }

  @Test
  void aFullDeviceExitsWithTwoFromEveryCommand() throws IOException {
    Path full = Path.of("/dev/full");
    Cli convert = Cli.run("convert", SAMPLE_MD.toString(), "-o", full.toString());
    assertThat(convert.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(convert.err().lines()).filteredOn(l -> !l.contains(": note: "))
        .containsExactly("civicplan: cannot write /dev/full: No space left on device");
    Cli validate = Cli.run("validate", SAMPLE_MD.toString(), "--format", "sarif", "-o", full.toString());
    assertThat(validate.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(validate.err()).isEqualTo("civicplan: cannot write /dev/full: No space left on device\n");
    // Standard output on a full disk: the stream reports it after the fact.
    for (List<String> args : List.of(List.of("stats", SAMPLE_MD.toString()), List.of("validate", SAMPLE_MD.toString()),
        List.of("convert", SAMPLE_JSON.toString()))) {
      StringWriter err = new StringWriter();
      try (PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(new FileOutputStream(full.toFile()), StandardCharsets.UTF_8))) {
        int code = CivicPlanCommand.run(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err), false,
            args.toArray(String[]::new));
        assertThat(code).as(args.toString()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
        assertThat(err.toString()).as(args.toString()).endsWith("civicplan: cannot write to standard output\n");
      }
    }
  }

  @Test
  void anUnwritableDirectoryExitsWithTwoAndLeavesNothing() {
    Path target = Path.of("/sys", "report.sarif");
    Cli cli = Cli.run("validate", SAMPLE_MD.toString(), "-o", target.toString());
    assertThat(cli.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(cli.err().lines()).hasSize(1);
    assertThat(cli.err()).startsWith("civicplan: cannot write /sys/report.sarif: ");
    assertThat(Files.exists(target)).isFalse();
  }

  @Test
  void anOutputIntoAMissingDirectorySaysSo() {
    Path target = dir.resolve("missing").resolve("r.json");
    Cli cli = Cli.run("convert", SAMPLE_JSON.toString(), "-o", target.toString());
    assertThat(cli.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(cli.err()).isEqualTo("civicplan: cannot write " + target + ": the directory "
        + target.toAbsolutePath().getParent() + " does not exist\n");
  }

  @Test
  void writingOntoAnInputIsRefusedUnlessForced() throws IOException {
    Path md = dir.resolve("x.md");
    Files.copy(SAMPLE_MD, md);
    byte[] before = Files.readAllBytes(md);
    Cli validate = Cli.run("validate", md.toString(), "-o", md.toString());
    assertThat(validate.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(validate.err()).isEqualTo(
        "civicplan: refusing to write the output onto the input " + md + "; use --force to overwrite it\n");
    Cli convert = Cli.run("convert", md.toString(), "-o", dir.resolve(".").resolve("x.md").toString());
    assertThat(convert.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(convert.err()).contains("refusing to write the output onto the input");
    // A file found inside a directory input counts too.
    Cli inDir = Cli.run("validate", dir.toString(), "-o", md.toString());
    assertThat(inDir.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(Files.readAllBytes(md)).isEqualTo(before);

    Cli forced = Cli.run("convert", md.toString(), "-o", md.toString(), "--force");
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(Files.readString(md, StandardCharsets.UTF_8)).startsWith("# 江苏路街道 2024 年工作计划");
    assertThat(names()).containsExactly("x.md");
  }

  @Test
  void standardInputWorksForEveryCommand() throws IOException {
    byte[] md = Files.readAllBytes(SAMPLE_MD);
    byte[] json = Files.readAllBytes(SAMPLE_JSON);
    Cli stats = Cli.withStdin(md, false, "stats", "-");
    assertThat(stats.exitCode()).as(stats.err()).isZero();
    assertThat(stats.out()).contains("sections:    4");
    Cli statsJson = Cli.withStdin(json, false, "stats", "-");
    assertThat(statsJson.exitCode()).as(statsJson.err()).isZero();
    assertThat(statsJson.out()).isEqualTo(Cli.run("stats", SAMPLE_JSON.toString()).out());
    Cli convert = Cli.withStdin(md, false, "convert", "-", "--to", "json");
    assertThat(convert.exitCode()).isZero();
    assertThat(convert.out()).isEqualTo(
        Cli.run("convert", SAMPLE_MD.toString()).out().replace(SAMPLE_MD.toString(), "<stdin>"));
    assertThat(convert.err()).contains("<stdin>:27:");
    Cli validate = Cli.withStdin(md, false, "validate", "-", "--lang", "en");
    assertThat(validate.exitCode()).isZero();
    assertThat(validate.out()).contains("<stdin>:31:1: warning [structure/heading-level-inconsistent]");
    Cli from = Cli.withStdin(md, false, "stats", "-", "--from", "text");
    assertThat(from.exitCode()).isZero();
  }

  @Test
  void failOnChoosesTheSeverityThatFails() {
    // The sample has five warnings and no error.
    assertThat(Cli.run("validate", SAMPLE_MD.toString()).exitCode()).isZero();
    assertThat(Cli.run("validate", SAMPLE_MD.toString(), "--fail-on", "error").exitCode()).isZero();
    assertThat(Cli.run("validate", SAMPLE_MD.toString(), "--fail-on", "warning").exitCode())
        .isEqualTo(CivicPlanCommand.EXIT_FINDINGS);
    assertThat(Cli.run("validate", SAMPLE_MD.toString(), "--fail-on", "INFO").exitCode())
        .isEqualTo(CivicPlanCommand.EXIT_FINDINGS);
    Cli bad = Cli.run("validate", SAMPLE_MD.toString(), "--fail-on", "notice");
    assertThat(bad.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(bad.err()).startsWith(
        "civicplan: Invalid value for option '--fail-on': unknown severity \"notice\"; expected error, warning or info\n");
  }

  @Test
  void anUnreadableInputIsRecordedInTheReportAndExitsWithTwo() throws IOException {
    Path missing = dir.resolve("missing.md");
    Path json = dir.resolve("r.json");
    Cli cli = Cli.run("validate", SAMPLE_MD.toString(), missing.toString(), "--format", "json", "-o", json.toString());
    assertThat(cli.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(cli.err()).isEqualTo("civicplan: no such file: " + missing + "\n");
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.path("summary").path("unreadable").asInt()).isEqualTo(1);
    assertThat(report.path("unreadable").get(0).path("source").asText()).isEqualTo(missing.toString());
    assertThat(report.path("unreadable").get(0).path("message").asText()).isEqualTo("no such file: " + missing);
    Cli text = Cli.run("validate", missing.toString(), "--lang", "en");
    assertThat(text.out()).contains(missing + ": error: not validated, cannot read: no such file: " + missing)
        .contains("0 info in 0 files; 1 file could not be read");
    Path sarif = dir.resolve("r.sarif");
    Cli.run("validate", missing.toString(), "--format", "sarif", "-o", sarif.toString());
    JsonNode run = new ObjectMapper().readTree(sarif.toFile()).path("runs").get(0);
    assertThat(run.path("invocations").get(0).path("executionSuccessful").asBoolean()).isFalse();
  }

  @Test
  void anUnknownReportFormatIsAUsageErrorWithoutAnExceptionName() {
    Cli cli = Cli.run("validate", SAMPLE_MD.toString(), "--format", "xml");
    assertThat(cli.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(cli.err().lines()).containsExactly(
        "civicplan: Invalid value for option '--format': unknown format \"xml\"; expected text, json or sarif",
        "Try 'civicplan validate --help'.");
    Cli lang = Cli.run("validate", SAMPLE_MD.toString(), "--lang", "fr");
    assertThat(lang.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(lang.err()).startsWith("civicplan: Invalid value for option '--lang': ").doesNotContain("java.lang");
  }

  @Test
  void verbosePrintsTheStackTraceOfAnUnreadableFileInValidate() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{", StandardCharsets.UTF_8);
    Cli quiet = Cli.run("validate", bad.toString());
    assertThat(quiet.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(quiet.err().lines()).hasSize(1);
    assertThat(quiet.err()).startsWith("civicplan: " + bad + ":1:");
    Cli verbose = Cli.run("--verbose", "validate", bad.toString());
    assertThat(verbose.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(verbose.err()).contains("PlanFormatException").contains("\tat ");
  }

  @Test
  void validateOnAMissingDirectoryDoesNotSuggestFrom() {
    Path plans = dir.resolve("plans");
    Cli cli = Cli.run("validate", plans.toString());
    assertThat(cli.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(cli.err()).isEqualTo("civicplan: no such file: " + plans + "\n");
    Cli unnamed = Cli.run("validate", SAMPLE_MD.getParent().resolve("README-none.data").toString());
    assertThat(unnamed.err()).doesNotContain("--from");
  }

  @Test
  void aProgressLineIsDrawnOnATerminalForManyFiles() throws IOException {
    for (int i = 0; i < ValidateCommand.PROGRESS_FROM + 2; i++) {
      Files.copy(SAMPLE_JSON, dir.resolve("p" + i + ".json"));
    }
    int n = ValidateCommand.PROGRESS_FROM + 2;
    Cli terminal = Cli.withStdin(new byte[0], true, "validate", dir.toString());
    assertThat(terminal.exitCode()).isZero();
    assertThat(terminal.err()).contains("\rcivicplan: read 1 of " + n + " files")
        .contains("\rcivicplan: read " + n + " of " + n + " files").endsWith("\r\033[K");
    assertThat(terminal.out()).doesNotContain("civicplan: read");
    Cli pipe = Cli.withStdin(new byte[0], false, "validate", dir.toString());
    assertThat(pipe.err()).isEmpty();
    Cli few = Cli.withStdin(new byte[0], true, "validate", SAMPLE_JSON.toString());
    assertThat(few.err()).isEmpty();
  }

  @Test
  void outOfMemoryExitsWithItsOwnCode() throws Exception {
    // A JSON plan whose one string is larger than the whole heap of a small JVM.
    Path big = dir.resolve("big.json");
    try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write("{\"formatVersion\":\"1.0\",\"title\":\"");
      char[] chunk = new char[1 << 16];
      java.util.Arrays.fill(chunk, '计');
      for (int i = 0; i < 200; i++) {
        w.write(chunk);
      }
      w.write("\"}");
    }
    Process p = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx24m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
            CivicPlanCommand.class.getName(), "stats", big.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isEqualTo(CivicPlanCommand.EXIT_RESOURCES);
    assertThat(err).contains("civicplan: out of memory; give Java a larger heap");
  }

  @Test
  void anInterruptedWriteLeavesNeitherATemporaryFileNorATruncatedTarget() throws IOException {
    Path target = dir.resolve("report.sarif");
    Files.writeString(target, GOOD, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Output.write(target, null, out -> {
      out.write("{\"partial\":");
      out.flush();
      assertThat(Output.pending()).hasSize(1);
      Path temp = Output.pending().iterator().next();
      assertThat(temp.getParent()).isEqualTo(dir.toAbsolutePath());
      assertThat(Files.exists(temp)).isTrue();
      // What the shutdown hook does when SIGINT or SIGTERM stops the JVM here.
      Output.removePending();
      assertThat(Files.exists(temp)).isFalse();
      throw new IOException("interrupted");
    })).isInstanceOf(IOException.class);
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(GOOD);
    assertThat(names()).containsExactly("report.sarif");
    assertThat(Output.pending()).isEmpty();
  }

  @Test
  void theSurrogateCheckLetsPairsThroughAcrossWrites() throws IOException {
    StringWriter sink = new StringWriter();
    Writer w = new Output.SurrogateCheck(sink);
    w.write("a\ud83d");
    w.write("\ude00b");
    w.write(new char[] {'\ud83d', '\ude00'}, 0, 2);
    w.flush();
    assertThat(sink.toString()).isEqualTo("a😀b😀");
    Writer dangling = new Output.SurrogateCheck(new StringWriter());
    dangling.write("x\ud83d");
    assertThatThrownBy(dangling::flush).hasMessageContaining("U+D83D (character 2 of the output)");
    Writer low = new Output.SurrogateCheck(new StringWriter());
    assertThatThrownBy(() -> low.write("ab\ude00")).hasMessageContaining("U+DE00 (character 3 of the output)");
  }

  @Test
  void validateOfADirectoryGoesOnPastATableBeyondTheParsersLimit() throws IOException {
    Path plans = dir.resolve("plans");
    Files.createDirectories(plans);
    Files.copy(SAMPLE_MD, plans.resolve("a.md"));
    StringBuilder md = new StringBuilder("# 测试街道 2024 年工作计划\n\n|a|b|c|d|e|f|g|h|i|j|\n|-|-|-|-|-|-|-|-|-|-|\n");
    md.append("|1|2|3|4|5|6|7|8|9|0|\n".repeat(100_100));
    Files.writeString(plans.resolve("b.md"), md, StandardCharsets.UTF_8);
    Cli cli = Cli.run("validate", plans.toString(), "--lang", "en");
    assertThat(cli.exitCode()).isEqualTo(CivicPlanCommand.EXIT_USAGE);
    assertThat(cli.err()).startsWith("civicplan: " + plans.resolve("b.md") + ": ").contains("beyond the Markdown parser's limits");
    assertThat(cli.out()).contains(plans.resolve("a.md") + ":31:1: warning [structure/heading-level-inconsistent]")
        .contains("1 file could not be read");
  }
}
