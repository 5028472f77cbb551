package org.civicplan.io.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.civicplan.io.PlanFormatException;
import org.civicplan.model.Indicator;
import org.civicplan.model.Plan;
import org.civicplan.model.PlanKind;
import org.junit.jupiter.api.Test;

/**
 * The doubling method on a progress report (执行情况) whose results are actuals of its targets
 * (issue #11): with n, 2n and 4n targets, each reported on by one result of the same sentence and
 * one result in a long section introduction, the bytes the import allocates grow at most 2.3 times
 * per doubling. Finding each result's period from the start of its paragraph, or comparing every
 * result with every target, grows four times. Allocation, measured on this thread, not time.
 */
class ProgressLinearTest {
  private static final String CHARS = "东南西北春夏秋冬梅兰竹菊松柏桃李江河湖海";

  /** A distinct name of three ideographs for each k, with no cue word in it. */
  private static String name(int k) {
    int n = CHARS.length();
    return "" + CHARS.charAt(k % n) + CHARS.charAt(k / n % n) + CHARS.charAt(k / n / n % n);
  }

  private static String document(int targets) {
    StringBuilder sb = new StringBuilder("石门区2024年重点项目1-4月执行情况\n\n一、重点项目\n");
    for (int k = 0; k < targets; k++) { // one long paragraph of results, each with its period
      sb.append("1-4月新增").append(name(k)).append("项目").append(k % 7 + 1).append("个，");
    }
    sb.append("进展总体顺利。\n（一）稳就业\n"); // one goal: numbers past （999） are no numbering, and would lengthen the names
    for (int k = 0; k < targets; k++) {
      sb.append("全年新增").append(name(k)).append("就业8000人，1-4月新增").append(name(k)).append("就业2900人。\n");
    }
    return sb.toString();
  }

  private static Plan read(String text) throws PlanFormatException {
    return PlanDocuments.create().read(text, DocumentFormat.TEXT, "progress.txt").plan();
  }

  private static long allocated(String text) throws PlanFormatException {
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long least = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long before = mx.getCurrentThreadAllocatedBytes();
      read(text);
      least = Math.min(least, mx.getCurrentThreadAllocatedBytes() - before);
    }
    return least;
  }

  @Test
  void resultsFindTheirPeriodsAndTargetsInTimeLinearInTheDocument() throws PlanFormatException {
    Plan plan = read(document(400));
    assertThat(plan.planKind()).isEqualTo(PlanKind.PROGRESS_REPORT);
    assertThat(plan.indicators().filter(k -> k.unit().map(u -> u.written()).orElse("").equals("人")))
        .hasSize(400)
        .allSatisfy(k -> assertThat(k.actuals()).extracting(x -> x.value().intValue() + "@" + x.period().end())
            .containsExactly("2900@2024-04-30"));
    assertThat(plan.indicators().map(Indicator::name)).contains("新增" + name(0) + "就业", "新增" + name(399) + "就业");
    read(document(3200)); // warm up
    long a1 = allocated(document(800));
    long a2 = allocated(document(1600));
    long a4 = allocated(document(3200));
    assertThat((double) a2 / a1).as("%d → %d bytes", a1, a2).isLessThanOrEqualTo(2.3);
    assertThat((double) a4 / a2).as("%d → %d bytes", a2, a4).isLessThanOrEqualTo(2.3);
  }
}
