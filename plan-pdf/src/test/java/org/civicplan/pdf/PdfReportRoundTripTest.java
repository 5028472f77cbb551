package org.civicplan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.civicplan.model.Plan;
import org.civicplan.rules.Finding;
import org.civicplan.rules.Profile;
import org.civicplan.rules.ReportReader;
import org.civicplan.rules.ValidationReport;
import org.civicplan.rules.Validator;
import org.civicplan.rules.report.JsonReportWriter;
import org.junit.jupiter.api.Test;

/**
 * A plan imported from PDF, validated, written as a JSON report and read back with {@link
 * ReportReader}: the findings come back equal, their pages and lines on paper ({@code page},
 * {@code lineOnPage}) included.
 */
class PdfReportRoundTripTest {
  static final Validator VALIDATOR = Validator.builder().profile(Profile.DEFAULT).build();

  static ValidationReport roundTrip(ValidationReport report) throws IOException {
    StringWriter json = new StringWriter();
    new JsonReportWriter().write(report, json);
    assertThat(json.toString()).contains("\"page\" : 2", "\"lineOnPage\" : 18");
    return ReportReader.create().read(json.toString(), "report.json");
  }

  @Test
  void findingsOnPaperComeBackWithTheirPagesAndLines() throws IOException {
    Plan plan = PdfSampleTest.read("jiangsu-road-2024.pdf").plan();
    // named as the file it was read from (a path to it from elsewhere names the same file)
    ValidationReport report = VALIDATOR.validate(plan, "jiangsu-road-2024.pdf");
    assertThat(report.findings()).extracting(f -> f.page().getAsInt() + ":" + f.lineOnPage().getAsInt())
        .containsExactly(PdfSampleTest.PAGE_LINES);
    ValidationReport back = roundTrip(report);
    assertThat(back.findings()).isEqualTo(report.findings());
    assertThat(back.findings()).extracting(f -> f.page().getAsInt() + ":" + f.lineOnPage().getAsInt())
        .containsExactly(PdfSampleTest.PAGE_LINES);
  }

  @Test
  void underAnotherFileNameThePagesAreTheOriginalDocumentsAndComeBackToo() throws IOException {
    // validate(plan, name) with another file's name: the plan's spans describe the PDF it was read
    // from, not that file (NamedPlan's contract), so the page and line are the original place's
    Plan plan = PdfSampleTest.read("jiangsu-road-2024.pdf").plan();
    ValidationReport report = VALIDATOR.validate(plan, "plan.json");
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.page()).isEmpty());
    assertThat(report.findings()).extracting(f -> f.originalPage().getAsInt() + ":" + f.originalLineOnPage().getAsInt())
        .containsExactly(PdfSampleTest.PAGE_LINES);
    ValidationReport back = roundTrip(report);
    assertThat(back.findings()).isEqualTo(report.findings());
    assertThat(back.findings()).extracting(Finding::originalDocument)
        .allSatisfy(d -> assertThat(d).hasValue(plan.source().get().name()));
    assertThat(back.findings()).extracting(f -> f.originalPage().getAsInt() + ":" + f.originalLineOnPage().getAsInt())
        .containsExactly(PdfSampleTest.PAGE_LINES);
  }
}
