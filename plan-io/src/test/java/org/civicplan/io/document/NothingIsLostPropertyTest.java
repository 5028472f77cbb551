package org.civicplan.io.document;

import static org.quicktheories.QuickTheory.qt;

import org.civicplan.io.PlanFormatException;
import org.civicplan.model.Plan;
import org.junit.jupiter.api.Test;

/** The laws of {@link Fidelity} over generated documents. */
class NothingIsLostPropertyTest {
  private static final PlanDocuments READER = PlanDocuments.create();

  private static Plan read(GeneratedDocuments.Document d) {
    try {
      return READER.read(d.text(), d.format(), "generated").plan();
    } catch (PlanFormatException e) {
      throw new AssertionError(e.getMessage() + "\n" + d, e);
    }
  }

  @Test
  void everyCharacterOfTheDocumentTextEndsUpInTheModelInOrder() {
    qt().withExamples(1000)
        .forAll(GeneratedDocuments.documents())
        .check(d -> Fidelity.normalize(Fidelity.modelText(read(d)))
            .equals(Fidelity.normalize(Fidelity.documentText(d.text(), d.format()))));
  }

  @Test
  void initiativesPartitionEachGoalsNarrative() {
    qt().withExamples(1000)
        .forAll(GeneratedDocuments.documents())
        .check(d -> read(d).goals().allMatch(Fidelity::initiativesPartitionNarrative));
  }

  @Test
  void everyElementHasASpanInsideTheDocument() {
    qt().withExamples(300)
        .forAll(GeneratedDocuments.documents())
        .check(d -> read(d).nodes().allMatch(n -> n.element().sourceSpan()
            .filter(s -> s.endOffset() <= d.text().length()).isPresent()));
  }
}
