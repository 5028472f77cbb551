package org.civicplan.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.civicplan.model.Actual;
import org.civicplan.model.Indicator;
import org.civicplan.model.Plan;
import org.junit.jupiter.api.Test;

/** Quarterly 执行情况 documents, in the table and prose styles, read against the sample plan. */
class ProgressReportsTest {
  static final Path REPORTS = Path.of("src", "test", "resources", "reports");
  static final ReportingPeriod Q2 = ReportingPeriod.parse("2024Q2");

  static Optional<Actual> q2(Plan plan, String indicatorId) {
    return plan.find(indicatorId).orElseThrow().as(Indicator.class).actuals().stream()
        .filter(a -> a.period().start().equals(LocalDate.of(2024, 4, 1))).findFirst();
  }

  @Test
  void aTableReportUpdatesTheRightInitiatives() throws Exception {
    Plan plan = Sheets.sample();
    ReportReading r = ProgressReports.create().read(plan, REPORTS.resolve("table-2024q2.md"), Q2);
    assertThat(r.matches()).extracting(ReportMatch::initiativeId).containsExactly("s2.g1.i1", "s2.g1.i2");
    assertThat(r.matches()).allSatisfy(m -> assertThat(m.score()).isGreaterThanOrEqualTo(ProgressReports.MIN_SCORE));
    assertThat(r.matches()).extracting(ReportMatch::value)
        .containsExactly(Optional.of(new BigDecimal("5")), Optional.of(new BigDecimal("1")));
    assertThat(r.unmatched()).singleElement().satisfies(u -> assertThat(u).contains("背街小巷"));
    assertThat(q2(r.plan(), "s2.g1.i1.k1")).get().satisfies(a -> {
      assertThat(a.value()).isEqualByComparingTo("5");
      assertThat(a.note()).contains("已完工5处，其余4处进场施工");
    });
    assertThat(q2(r.plan(), "s2.g1.i2.k1").map(Actual::value)).contains(new BigDecimal("1"));
    // Initiatives the report does not mention are untouched.
    assertThat(r.plan().find("s1.g1.i1").orElseThrow().element())
        .isEqualTo(plan.find("s1.g1.i1").orElseThrow().element());
  }

  @Test
  void aProseReportUpdatesTheRightInitiatives() throws Exception {
    Plan plan = Sheets.sample();
    ReportReading r = ProgressReports.create().read(plan, REPORTS.resolve("prose-2024q2.md"), Q2);
    assertThat(r.matches()).extracting(ReportMatch::initiativeId).containsExactly("s2.g1.i1", "s2.g1.i2");
    assertThat(q2(r.plan(), "s2.g1.i1.k1").map(Actual::value)).contains(new BigDecimal("6"));
    assertThat(q2(r.plan(), "s2.g1.i2.k1").map(Actual::value)).contains(new BigDecimal("2"));
    assertThat(r.unmatched()).anySatisfy(u -> assertThat(u).contains("消夏纳凉"));
  }

  @Test
  void anEntryNamingAnIdIsMatchedByIt() throws Exception {
    Plan plan = Sheets.sample();
    Plan report = Plan.builder().title("执行情况").addSection(org.civicplan.model.Section.builder().title("二")
        .addGoal(org.civicplan.model.Goal.builder().name("")
            .addInitiative(org.civicplan.model.Initiative.builder().text("（s2.g1.i2）修缮工作已完成3处").build())
            .build()).build()).build();
    ReportReading r = ProgressReports.create().read(plan, report, Q2);
    assertThat(r.matches()).singleElement().satisfies(m -> {
      assertThat(m.initiativeId()).isEqualTo("s2.g1.i2");
      assertThat(m.byId()).isTrue();
      assertThat(m.value()).contains(new BigDecimal("3"));
    });
    assertThat(ProgressReports.figure("推进9处精品小区建设", "处")).isEmpty();
  }
}
