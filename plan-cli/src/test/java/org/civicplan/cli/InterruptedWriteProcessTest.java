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
 * A real signal during a report write: the command line runs as a child JVM ({@link
 * HeldWriteMain}) on a document with thousands of findings and is held at the last moment of the
 * write, the report written to its temporary file beside the target but not yet moved into place;
 * the signal is sent then, a known moment rather than a race with the end of the write (which a
 * slow machine sometimes lost: the report was already in place when the signal came). The
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
      for (int i = 0; i < 2_000; i++) {
        w.write("推进建设，\n\n");
      }
    }
    Path report = dir.resolve("report.sarif");
    Path held = dir.resolve("held");
    Files.writeString(report, GOOD, StandardCharsets.UTF_8);
    Process p = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
            HeldWriteMain.class.getName(), held.toString(), "validate", input.toString(), "--format", "sarif",
            "-o", report.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("stderr.txt").toFile())
        .start();
    try {
      // Wait until the child is held with its report written to the temporary file.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (p.isAlive() && !Files.exists(held) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(Files.exists(held)).as("the child was held before moving its report").isTrue();
      assertThat(writing()).as("the temporary file of the report exists").isTrue();
      Files.delete(held);
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
