package org.civicplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.civicplan.model.Plan;
import org.civicplan.rules.report.ReportFormat;
import org.junit.jupiter.api.Test;

/** The five lines of the README work as shown. */
class ReadmeExampleTest {

  @Test
  void fiveLinesValidateAPlan() throws IOException {
    StringWriter console = new StringWriter();
    Plan plan = SamplePlan.load();
    Validator validator = Validator.builder().profile(Profile.DEFAULT).language(Language.ZH).build();
    ValidationReport report = validator.validate(plan, "jiangsu-road-2024.md");
    ReportFormat.TEXT.writer().write(report, new PrintWriter(console));
    boolean adoptable = !report.hasErrors();

    assertThat(adoptable).isTrue();
    assertThat(console.toString()).contains(
        "jiangsu-road-2024.md:31:1: warning [structure/heading-level-inconsistent] 三、“智、细、效”深化探索，精管善治… 为 3 级标题（###），而同级 4 个标题中有 2 个为 2 级标题（##）。");
    assertThat(console.toString()).containsPattern("jiangsu-road-2024.md:27:\\d+: warning \\[text/joined-broken-paragraph\\] 段落在第 27 行句中断开");
  }
}
