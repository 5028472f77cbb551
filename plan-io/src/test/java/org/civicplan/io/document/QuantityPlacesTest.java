package org.civicplan.io.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.civicplan.io.PlanFormatException;
import org.civicplan.model.Indicator;
import org.civicplan.model.Plan;
import org.junit.jupiter.api.Test;

/**
 * Where numbers stand decides whether they are targets: documents written for these tests
 * ({@code quantities/README.md}) with counts of the plan's own parts at every level, size
 * classes, rates, meeting and vote counts, pilots named by a count, baselines, and last year's
 * results beside this year's targets. Every indicator is listed, so a number that must not become
 * one fails the test by being there.
 */
class QuantityPlacesTest {

  private static Plan read(String name) throws IOException, PlanFormatException {
    try (InputStream in = Objects.requireNonNull(QuantityPlacesTest.class.getResourceAsStream("/quantities/" + name))) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Plan plan = PlanDocuments.create().read(text, DocumentFormat.TEXT, name).plan();
      assertThat(Fidelity.nothingLost(plan, text, DocumentFormat.TEXT)).as("nothing lost in " + name).isTrue();
      return plan;
    }
  }

  private static List<String> indicators(Plan plan) {
    return plan.indicators().map(QuantityPlacesTest::describe).toList();
  }

  private static String describe(Indicator k) {
    String base = k.baseline().map(b -> " from " + b.value().stripTrailingZeros().toPlainString()).orElse("");
    return k.id() + " " + k.name() + " " + k.measureKind() + " " + k.target().orElseThrow().comparator() + " "
        + k.target().orElseThrow().value().stripTrailingZeros().toPlainString() + " "
        + k.unit().map(u -> u.written()).orElse("") + base;
  }

  @Test
  void countsOfThePlansPartsNamesMeetingsAndBaselinesAreNoTargetsAtAnyLevel() throws Exception {
    Plan plan = read("plan-parts.txt");
    // The first section is one inline enumeration (一是…三是): which of its elements holds which
    // indicator is the outline's business, so the list names no owners; the rest do.
    assertThat(plan.indicators().map(k -> k.id().replaceFirst("^s1\\..*", "s1") + " " + describe(k).substring(k.id().length() + 1)))
        .containsExactly(
            "t1 地区生产总值 PERCENTAGE AT_LEAST 6 %",
            "s1 新建生态茶园 AREA EXACTLY 800 亩",
            "s1 新修村组道路 QUANTITY EXACTLY 20 公里",
            "s1 签约千万元以上项目 COUNT EXACTLY 12 个",
            "s1 其中亿元以上项目 COUNT EXACTLY 3 个",
            "s2.g1.i1.k1 新增养老床位 COUNT EXACTLY 60 张",
            "s2.g2.i1.k1 为每个村卫生室补助 MONEY EXACTLY 3 万元/村卫生室",
            "s3.g1.i1.k1 试点村级服务站 COUNT EXACTLY 3 个",
            "s3.g2.k1 城镇化率 PERCENTAGE EXACTLY 2 个百分点",
            "s3.g2.k2 参保人数 COUNT EXACTLY 1.3 万人 from 1.1");
    assertThat(plan.sections().get(0).indicators()).as("（3项） in the title").isEmpty();
  }

  @Test
  void lastYearsResultsBesideThisYearsTargetsAreNoTargets() throws Exception {
    Plan plan = read("results-without-heading.txt");
    assertThat(indicators(plan)).containsExactly(
        "t1 固定资产投资 PERCENTAGE EXACTLY 8 %",
        "t2 新增就业岗位 COUNT EXACTLY 1000 个",
        "s1.g1.i1.k1 再新建社区食堂 COUNT EXACTLY 2 个",
        "s1.g1.i2.k1 适老化住房 COUNT EXACTLY 200 户",
        "s2.g1.i1.k1 道路修缮 QUANTITY EXACTLY 12 公里");
  }
}
