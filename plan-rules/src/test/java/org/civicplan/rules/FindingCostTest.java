package org.civicplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.model.Initiative;
import org.civicplan.model.Plan;
import org.civicplan.model.SourceNote;
import org.civicplan.model.SourceSpan;
import org.junit.jupiter.api.Test;

/**
 * What a rule costs grows with its input, not with input × findings: the doubling method on the
 * bytes a validation allocates (counted by the JVM for this thread, so not disturbed by other
 * work on the machine, unlike time). The big sizes (1, 2, 4 MB) are in plan-bench's
 * ReliabilityReport.
 */
class FindingCostTest {
  static Validator only(String ruleId) {
    Rule rule = RuleCatalogue.builtin().find(ruleId).orElseThrow();
    return Validator.builder().catalogue(RuleCatalogue.builder().add(rule).build()).profile(Profile.STRICT).build();
  }

  /** One initiative joined from {@code n} paragraphs of 推进建设，, as the importer leaves it. */
  static Plan joined(int n) {
    StringBuilder text = new StringBuilder();
    List<SourceNote> notes = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      int offset = text.length();
      text.append("推进建设，");
      notes.add(SourceNote.builder().kind(SourceNote.Kind.JOINED_BROKEN_PARAGRAPH)
          .detail("「推进建设，」与「推进建设，」")
          .span(SourceSpan.of(2 * k + 1, 1, 2 * k + 1, 6, 2 * offset, 2 * offset + 5)).build());
    }
    return Fixtures.withInitiatives(
        Initiative.builder().text(text.toString()).sourceNotes(notes).build());
  }

  static long allocated(Runnable work) {
    com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long before = bean.getThreadAllocatedBytes(id);
      work.run();
      best = Math.min(best, bean.getThreadAllocatedBytes(id) - before);
    }
    return best;
  }

  @Test
  void joinedBrokenParagraphAllocatesLinearlyInTheText() {
    Validator validator = only("text/joined-broken-paragraph");
    long[] bytes = new long[3];
    int[] paragraphs = {20_000, 40_000, 80_000};   // 0.1, 0.2, 0.4 M characters
    for (int i = 0; i < 3; i++) {
      Plan plan = joined(paragraphs[i]);
      ValidationReport[] report = new ValidationReport[1];
      bytes[i] = allocated(() -> report[0] = validator.validate(plan));
      assertThat(report[0].findings()).hasSize(paragraphs[i]);
    }
    // Before: each finding copied the whole text (a buffer of its length), 4× per doubling.
    assertThat((double) bytes[1] / bytes[0]).as("0.2 vs 0.1 M: %s", java.util.Arrays.toString(bytes)).isLessThan(2.3);
    assertThat((double) bytes[2] / bytes[1]).as("0.4 vs 0.2 M: %s", java.util.Arrays.toString(bytes)).isLessThan(2.3);
  }

  @Test
  void nearDuplicatesOfHugeTextsStayWithinBoundedMemory() {
    Validator validator = only("text/near-duplicate-initiative");
    String digits = "1234567890".repeat(1_000_000);    // 10 M digits, twice
    Plan plan = Fixtures.withInitiatives(
        Initiative.builder().text(digits).build(), Initiative.builder().text(digits).build(),
        Initiative.builder().text("完成老旧小区综合改造工程").build(), Initiative.builder().text("完成老旧小区综合改造工程。").build());
    long bytes = allocated(() -> assertThat(validator.validate(plan).findings()).hasSize(1));
    // Before: arrays of 4 and 8 bytes per character of each text (about 240 MB here).
    assertThat(bytes).isLessThan(20L << 20);
  }
}
