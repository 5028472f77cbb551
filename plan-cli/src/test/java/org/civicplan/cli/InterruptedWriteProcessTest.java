package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real signal during a report write: the command line runs as a child JVM on a document with
 * tens of thousands of findings, and the signal is sent as soon as the temporary file of the
 * report appears beside the target, while the report (tens of MB of SARIF) is being written. The
 * previous report must be left as it was, byte for byte, and no temporary file may remain.
 *
 * <p>SIGINT (Ctrl-C) is sent with {@code kill -INT}, SIGTERM with {@link Process#destroy()}; the
 * JVM runs its shutdown hooks for both and exits with 128 + the signal's number.
 */
class InterruptedWriteProcessTest {
  static final String GOOD = "{\"a good report\": \"that must survive\"}\n";

  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  private boolean writing() throws IOException {
    return names().stream().anyMatch(n -> n.startsWith(".report.sarif.") && n.endsWith(".tmp"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"INT", "TERM"})
  void aSignalDuringTheReportWriteKeepsThePreviousReport(String signal) throws Exception {
    // Paragraphs broken after a comma: one finding each, about 1.5 KB of SARIF per finding.
    Path input = dir.resolve("broken.md");
    try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      w.write("# 测试街道 2024 年工作计划\n\n## 一、经济发展\n\n");
      for (int i = 0; i < 40_000; i++) {
        w.write("推进建设，\n\n");
      }
    }
    Path report = dir.resolve("report.sarif");
    Files.writeString(report, GOOD, StandardCharsets.UTF_8);
    Process p = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
            CivicPlanCommand.class.getName(), "validate", input.toString(), "--format", "sarif",
            "-o", report.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("stderr.txt").toFile())
        .start();
    try {
      // Wait for the write to begin: the temporary file exists only while the report is written.
      while (p.isAlive() && !writing()) {
        Thread.sleep(2);
      }
      assertThat(p.isAlive()).as("the child ended before its report was being written").isTrue();
      if (signal.equals("TERM")) {
        p.destroy();
      } else {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start();
        assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
      }
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    // Stopped by the signal, not finished: 130 for SIGINT, 143 for SIGTERM.
    assertThat(p.exitValue()).isEqualTo(128 + (signal.equals("INT") ? 2 : 15));
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(GOOD);
    assertThat(names()).containsExactly("broken.md", "report.sarif", "stderr.txt");
  }
}
