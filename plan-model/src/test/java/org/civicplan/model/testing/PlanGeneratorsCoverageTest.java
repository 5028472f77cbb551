package org.civicplan.model.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.model.Plan;
import org.junit.jupiter.api.Test;

/** The generator really produces what its Javadoc promises, so properties over it mean something. */
class PlanGeneratorsCoverageTest {

  private static List<Plan> sample(int n) {
    List<Plan> out = new ArrayList<>();
    qt().withFixedSeed(20241125L).withExamples(n).forAll(PlanGenerators.plans()).checkAssert(out::add);
    return out;
  }

  @Test
  void coversSupplementaryCharactersEmptyAndLargeCollectionsAndBothStatesOfOptionals() {
    List<Plan> plans = sample(400);
    assertThat(plans).anyMatch(p -> p.title().codePoints().anyMatch(Character::isSupplementaryCodePoint));
    assertThat(plans).anyMatch(p -> p.title().chars().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF));
    assertThat(plans).anyMatch(p -> p.sections().isEmpty());
    assertThat(plans).anyMatch(p -> p.sections().size() > 4);
    assertThat(plans).anyMatch(p -> p.indicators().anyMatch(k -> k.target().isPresent()));
    assertThat(plans).anyMatch(p -> p.indicators().anyMatch(k -> k.target().isEmpty()));
    assertThat(plans).anyMatch(p -> !p.targets().isEmpty());
    assertThat(plans).anyMatch(p -> p.sections().stream().anyMatch(s -> !s.indicators().isEmpty()));
    assertThat(plans).anyMatch(p -> p.goals().anyMatch(g -> !g.indicators().isEmpty()));
    assertThat(plans).anyMatch(p -> p.documentNumber().isPresent());
    assertThat(plans).anyMatch(p -> p.organization().isPresent());
    assertThat(plans).anyMatch(p -> p.organization().isEmpty());
    assertThat(plans).anyMatch(p -> !p.extensions().isEmpty());
    assertThat(plans).anyMatch(p -> p.initiatives().anyMatch(i -> i.due().isPresent()));
    assertThat(plans).anyMatch(p -> p.initiatives().anyMatch(i -> i.sourceSpan().isPresent()));
    assertThat(plans).anyMatch(p -> p.initiatives().anyMatch(i -> i.sourceSpan().isEmpty()));
  }
}
