package org.civicplan.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import org.civicplan.model.NumberingStyle;
import org.civicplan.model.Plan;
import org.civicplan.model.PlanNode;
import org.civicplan.model.quantity.Quantity;
import org.civicplan.model.quantity.QuantityScanner;
import org.civicplan.model.testing.PlanGenerators;
import org.civicplan.rules.Fixtures;
import org.junit.jupiter.api.Test;

class TextScannersTest {

  static List<String> quantities(String text) {
    return QuantityScanner.scan(text).stream().filter(Quantity::isTarget).map(Quantity::written).toList();
  }

  @Test
  void promisedQuantitiesAreFound() {
    assertThat(quantities("推进五环大楼、北汪小区等9处精品小区建设以及安西路23弄、江苏路82弄等3处里弄房屋修缮"))
        .containsExactly("9处", "3处");
    assertThat(quantities("完成12处老旧小区改造，新增就业岗位1200个，建成3个示范点")).containsExactly("12处", "1200个", "3个");
    assertThat(quantities("改造18栋楼、560户")).containsExactly("18栋", "560户");
    assertThat(quantities("新建三处、十二个、两个、一百二十户")).containsExactly("三处", "十二个", "两个", "一百二十户");
    assertThat(quantities("覆盖1.5万户，完成固定资产投资5亿元、300万元，2000亩，2.5万吨，10公里，5000平方米"))
        .containsExactly("1.5万户", "5亿元", "300万元", "2000亩", "2.5万吨", "10公里", "5000平方米");
    assertThat(quantities("覆盖率达到95%，增长6％左右")).containsExactly("95%", "6％");
    Quantity scaled = QuantityScanner.scan("覆盖1.5万户").get(0);
    assertThat(scaled.value()).isEqualByComparingTo("1.5");
    assertThat(scaled.scaled()).isEqualByComparingTo("15000");
    assertThat(QuantityScanner.scan("一百二十户").get(0).value()).isEqualByComparingTo(new BigDecimal(120));
  }

  @Test
  void numbersThatAreNotTargetsAreIgnored() {
    assertThat(quantities("2024 年是中华人民共和国成立 75 周年，第六届国际手风琴文化艺术节，第三季度")).isEmpty();
    assertThat(quantities("二十届二中全会，2.0 版社区书院，“一网统管”3.0 版系统，5A级景区")).isEmpty();
    assertThat(quantities("愚园路1088弄、江苏路284弄、武夷路 153 弄，〔2023〕1号")).isEmpty();
    assertThat(quantities("15分钟生活圈，“四个一”工作法，“三级三系”，九小场所，两旧一村，一周一研")).isEmpty();
    assertThat(quantities("一批企业，一条街，一体化门诊，建成一个示范点，“12345”市民热线，“3+3”重点产业")).isEmpty();
    assertThat(quantities("万亿 GDP 目标城市，万村党群服务站，GB2312个字")).isEmpty();
  }

  @Test
  void theSampleTextPromisesOnlyNineAndThreePlaces() throws Exception {
    // The bundled example, relative to this module's directory.
    String sample = java.nio.file.Files.readString(
        java.nio.file.Path.of("..", "examples", "jiangsu-road-2024.md"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(quantities(sample)).containsExactly("9处", "3处");
  }

  @Test
  void theQuickCharTestsPassEveryCharTheScannersActOn() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      boolean number = (c >= '0' && c <= '9') || (c >= '０' && c <= '９')
          || org.civicplan.model.chinese.ChineseNumerals.digitValue(ch) > 0 || c == '十';
      if (number) {
        assertThat(QuantityScanner.mayStart(ch)).as("U+%04X", c).isTrue();
      }
      if (TextRules.OPEN.indexOf(ch) >= 0 || TextRules.CLOSE.indexOf(ch) >= 0) {
        assertThat(TextRules.UnbalancedBrackets.isMark(ch)).as("U+%04X", c).isTrue();
      }
    }
    // The filters pass little else: most ideographs are turned away at once.
    long passed = 0;
    for (char c = 0x4E00; c <= 0x9FFF; c++) {
      if (QuantityScanner.mayStart(c) || TextRules.UnbalancedBrackets.isMark(c)) {
        passed++;
      }
    }
    assertThat(passed).isLessThan(0x5200 / 20);
  }

  @Test
  void scanningArbitraryTextNeverThrows() {
    qt().withExamples(1000).forAll(PlanGenerators.text()).check(t -> QuantityScanner.scan(t) != null);
  }

  @Test
  void numeralsAreWrittenInTheStyleOfTheirLevel() {
    assertThat(Numerals.format(105, NumberingStyle.CHINESE_ENUMERATION_COMMA)).isEqualTo("一百零五");
    assertThat(Numerals.format(10, NumberingStyle.CHINESE_SHI)).isEqualTo("十");
    assertThat(Numerals.format(3, NumberingStyle.CIRCLED)).isEqualTo("③");
    assertThat(Numerals.format(30, NumberingStyle.CIRCLED)).isEqualTo("30");
    assertThat(Numerals.format(3, NumberingStyle.ARABIC_DOT)).isEqualTo("3");
  }

  @Test
  void headingMarkupIsReadAsLevelAndEmphasis() {
    assertThat(Levels.headingLevel("## …")).isEqualTo(2);
    assertThat(Levels.headingLevel("#### **…**")).isEqualTo(4);
    assertThat(Levels.headingLevel("**…**")).isZero();
    assertThat(Levels.headingLevel("…")).isZero();
    assertThat(Levels.headingLevel("##")).isEqualTo(2);
    assertThat(Levels.headingLevel("<h2>…</h2>")).isEqualTo(-1);
    assertThat(Levels.headingLevel("")).isEqualTo(-1);
    assertThat(Levels.bold("## **…**")).isTrue();
    assertThat(Levels.bold("**…**")).isTrue();
    assertThat(Levels.bold("### …")).isFalse();
    assertThat(Levels.bold("…")).isFalse();
    assertThat(Levels.usual(List.of(2, 2, 3, 4))).isEqualTo(2);
    assertThat(Levels.usual(List.of(3, 2, 2, 3))).isEqualTo(3);
  }

  @Test
  void bracketsPairUp() {
    assertThat(TextRules.UnbalancedBrackets.firstProblem("开展“小蓝花”项目，开发《数字人生——数字生活家》（试点）")).isNull();
    assertThat(TextRules.UnbalancedBrackets.firstProblem("开展“小蓝花项目"))
        .isEqualTo(new TextRules.UnbalancedBrackets.Unpaired(true, '“', 2));
    assertThat(TextRules.UnbalancedBrackets.firstProblem("小蓝花”项目"))
        .isEqualTo(new TextRules.UnbalancedBrackets.Unpaired(false, '”', 3));
    assertThat(TextRules.UnbalancedBrackets.firstProblem("《规划“纲要》”"))
        .isEqualTo(new TextRules.UnbalancedBrackets.Unpaired(false, '》', 6));
  }

  @Test
  void nearDuplicatesCompareEachTextWithABoundedNumberOfOthers() {
    // 3000 texts that all look alike: a nested loop would make millions of comparisons.
    Plan plan = Fixtures.plan(Fixtures.sectionWithGoal(1));
    PlanNode node = plan.nodes().toList().get(1);
    NearDuplicates finder = new NearDuplicates(0.8, 12);
    int n = 3000;
    int found = 0;
    for (int i = 0; i < n; i++) {
      if (finder.add(node, "持续提升垃圾分类实效，推进新一批标准化垃圾箱房改建第" + i + "号") != null) {
        found++;
      }
    }
    assertThat(found).isGreaterThan(n - 10);
    assertThat(finder.comparisons).isLessThanOrEqualTo((long) n * NearDuplicates.MAX_COMPARISONS_PER_TEXT);
  }

  @Test
  void aNearDuplicateIsReportedOnlyAtItsExactBigramSimilarity() {
    // Texts over a small vocabulary, so that many pairs land in one bucket, of different lengths,
    // so that the size bound prunes some candidates: every match found must be a real one.
    String[] words = {"推进", "垃圾箱房", "改建", "持续提升", "实效", "标准化", "新一批", "社区"};
    org.civicplan.model.Initiative[] initiatives = new org.civicplan.model.Initiative[60];
    for (int i = 0; i < initiatives.length; i++) {
      initiatives[i] = Fixtures.initiative("举措" + i);
    }
    List<PlanNode> nodes =
        Fixtures.withInitiatives(initiatives).nodes()
            .filter(n -> n.kind() == org.civicplan.model.ElementKind.INITIATIVE)
            .toList();
    qt().withExamples(200)
        .forAll(
            org.quicktheories.generators.SourceDSL.lists()
                .of(org.quicktheories.generators.SourceDSL.lists()
                    .of(org.quicktheories.generators.SourceDSL.integers().between(0, words.length - 1))
                    .ofSizeBetween(3, 12))
                .ofSizeBetween(2, 60))
        .check(texts -> {
          NearDuplicates finder = new NearDuplicates(0.8, 4);
          java.util.Map<PlanNode, String> byNode = new java.util.IdentityHashMap<>();
          for (int t = 0; t < texts.size(); t++) {
            StringBuilder sb = new StringBuilder();
            texts.get(t).forEach(w -> sb.append(words[w]));
            PlanNode own = nodes.get(t);
            byNode.put(own, sb.toString());
            NearDuplicates.Match m = finder.add(own, sb.toString());
            if (m != null) {
              double exact = bigramJaccard(byNode.get(m.earlier()), sb.toString());
              if (m.similarity() < 0.8 || Math.abs(m.similarity() - exact) > 1e-9) {
                return false;
              }
            }
          }
          return true;
        });
  }

  /** Jaccard similarity of the character-bigram sets of two texts, letters and digits only. */
  private static double bigramJaccard(String a, String b) {
    java.util.Set<String> x = bigrams(NearDuplicates.normalize(a));
    java.util.Set<String> y = bigrams(NearDuplicates.normalize(b));
    if (x.equals(y)) {
      return 1.0;
    }
    java.util.Set<String> common = new java.util.HashSet<>(x);
    common.retainAll(y);
    return (double) common.size() / (x.size() + y.size() - common.size());
  }

  private static java.util.Set<String> bigrams(String s) {
    java.util.Set<String> out = new java.util.HashSet<>();
    int[] cps = s.codePoints().toArray();
    for (int i = 0; i + 1 < cps.length; i++) {
      out.add(new String(cps, i, 2));
    }
    return out;
  }

  @Test
  void nearDuplicatesIgnoreShortAndDifferentTexts() {
    Plan plan = Fixtures.plan(Fixtures.sectionWithGoal(1));
    PlanNode node = plan.nodes().toList().get(1);
    NearDuplicates finder = new NearDuplicates(0.8, 12);
    assertThat(finder.add(node, "推进改造。")).isNull();
    assertThat(finder.add(node, "推进改造。")).isNull();
    assertThat(finder.add(node, "持续提升垃圾分类实效，推进新一批标准化垃圾箱房改建。")).isNull();
    assertThat(finder.add(node, "推广可回收物“五精分”回收箱和装修垃圾不落地项目。")).isNull();
    assertThat(finder.add(node, "持续提升垃圾分类实效，推进新一批标准化垃圾箱房改建！")).isNotNull();
  }
}
