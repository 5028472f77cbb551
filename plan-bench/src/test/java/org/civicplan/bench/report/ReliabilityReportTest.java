package org.civicplan.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reliability report runs (quick sizes) and every attack ends as documented. */
class ReliabilityReportTest {
  @TempDir Path dir;

  @Test
  void quickRunReportsEveryAttackWithoutAnUncheckedException() throws Exception {
    Path out = dir.resolve("reliability.md");
    ReliabilityReport.main(new String[] {out.toString(), "--quick"});
    String md = Files.readString(out, StandardCharsets.UTF_8);
    for (ReliabilityReport.Attack a : ReliabilityReport.attacks()) {
      assertThat(md).contains("| " + a.name() + " | ");
    }
    assertThat(md).doesNotContain("UNCHECKED").contains("## Configuration reader")
        .contains("YAML alias bomb").contains("RuleConfigException");
  }
}
