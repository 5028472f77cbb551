package org.civicplan.io.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.civicplan.model.Goal;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;

/**
 * What every document format must give, for the tests of the format modules (plan-docx,
 * plan-html, plan-pdf) through plan-io's test-jar: the content of a plan compared element by
 * element, and the nothing-is-lost law of {@link Fidelity} on the model's side.
 */
public final class ReaderLaws {
  private ReaderLaws() {}

  /** @return the bundled sample read from its Markdown, the reference every format is held to */
  public static ImportResult sampleFromMarkdown() throws IOException {
    try (InputStream in = Objects.requireNonNull(ReaderLaws.class.getResourceAsStream("/samples/jiangsu-road-2024.md"))) {
      return PlanDocuments.create().read(in, DocumentFormat.MARKDOWN, "jiangsu-road-2024.md");
    }
  }

  /** @return a test sample of plan-io ({@code samples/NAME}) read from its Markdown */
  public static ImportResult sampleFromMarkdown(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(ReaderLaws.class.getResourceAsStream("/samples/" + name))) {
      return PlanDocuments.create().read(in, DocumentFormat.MARKDOWN, name);
    }
  }

  /**
   * Asserts that two plans hold the same content: title, preamble, sections (number, title,
   * introduction), goals (number, name, statement, narrative), initiatives (text, units,
   * deadline) and indicators (name, kind, target), in order. Spans and source notes may differ.
   */
  public static void assertSameContent(Plan actual, Plan expected) {
    assertThat(actual.title()).isEqualTo(expected.title());
    assertThat(actual.preamble()).isEqualTo(expected.preamble());
    assertThat(actual.sections()).hasSameSizeAs(expected.sections());
    for (int i = 0; i < expected.sections().size(); i++) {
      Section a = actual.sections().get(i);
      Section e = expected.sections().get(i);
      assertThat(a.number()).as("section %s number", i + 1).isEqualTo(e.number());
      assertThat(a.title()).isEqualTo(e.title());
      assertThat(a.introduction()).isEqualTo(e.introduction());
      assertThat(a.goals()).hasSameSizeAs(e.goals());
      for (int k = 0; k < e.goals().size(); k++) {
        Goal ga = a.goals().get(k);
        Goal ge = e.goals().get(k);
        assertThat(ga.number()).isEqualTo(ge.number());
        assertThat(ga.name()).isEqualTo(ge.name());
        assertThat(ga.statement()).isEqualTo(ge.statement());
        assertThat(ga.narrative()).isEqualTo(ge.narrative());
        assertThat(ga.initiatives()).extracting(x -> x.text()).isEqualTo(ge.initiatives().stream().map(x -> x.text()).toList());
        assertThat(ga.initiatives()).extracting(x -> x.leadUnit() + "|" + x.supportingUnits()).isEqualTo(ge.initiatives().stream().map(x -> x.leadUnit() + "|" + x.supportingUnits()).toList());
        assertThat(ga.initiatives()).extracting(x -> x.due()).isEqualTo(ge.initiatives().stream().map(x -> x.due()).toList());
      }
    }
    assertThat(actual.indicators().map(k -> List.of(k.name(), k.measureKind(), k.target())).toList())
        .isEqualTo(expected.indicators().map(k -> List.of(k.name(), k.measureKind(), k.target())).toList());
  }

  /**
   * @return generated plain-text work plans (one paragraph per line, every style {@link
   *     GeneratedDocuments} makes), for the format modules to write in their format and read back
   */
  public static org.quicktheories.core.Gen<String> plainTextPlans() {
    return GeneratedDocuments.documents()
        .assuming(d -> d.format() == DocumentFormat.TEXT)
        .map(GeneratedDocuments.Document::text);
  }

  /** @return the plan a plain-text document reads as */
  public static Plan readText(String text) throws org.civicplan.io.PlanFormatException {
    return PlanDocuments.create().read(text, DocumentFormat.TEXT, "generated.txt").plan();
  }

  /** @return the model text of {@link Fidelity}: what the plan holds of the document, in order */
  public static String modelText(Plan plan) {
    return Fidelity.modelText(plan);
  }

  /** @return the text without whitespace, half-width numbering punctuation folded to full width */
  public static String normalize(String s) {
    return Fidelity.normalize(s);
  }

  /** @return whether every goal's initiatives concatenated equal its narrative */
  public static boolean initiativesPartitionNarrative(Plan plan) {
    return plan.goals().allMatch(Fidelity::initiativesPartitionNarrative);
  }
}
