package org.civicplan.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.document.DocumentFormat;
import org.civicplan.io.document.ImportDiagnostic;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.markdown.PlanMarkdown;
import org.civicplan.model.ElementKind;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.Plan;
import org.civicplan.model.PlanNode;
import org.civicplan.model.chinese.ChineseNumerals;
import org.civicplan.model.quantity.Quantity;
import org.civicplan.model.quantity.QuantityContext;
import org.civicplan.model.testing.PlanGenerators;
import org.civicplan.rules.Finding;
import org.civicplan.rules.Validator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The importer and {@code target/quantity-without-indicator} read quantities through the same
 * scanner and decide what is a target in the same {@link QuantityContext} (plan parts, size
 * classes, names, meetings, baselines, and results: a result cue before the number, a review
 * section or goal, a review document), so they agree: every quantity that is a target in its
 * initiative's context is an indicator of that initiative when the text is imported. The one
 * exception: a quantity that cannot be read exactly, which the importer reports as {@code
 * UNREADABLE_QUANTITY} and the rule leaves alone (docs/import-grammar.md, "Quantities the importer
 * and the rule leave alone").
 */
class QuantityAgreementTest {
  private static final PlanDocuments IMPORTER = PlanDocuments.create();
  private static final Validator VALIDATOR = Validator.builder().build();
  private static final String RULE = "target/quantity-without-indicator";

  private static String document(String narrative) {
    return "# 测试街道2024年工作计划\n\n## 一、城市建设\n\n**一是完善设施，提升品质。**" + narrative + "\n";
  }

  /** Asserts the agreement on an imported plan; returns how many quantities it checked. */
  private static int assertAgree(Plan plan, String what) {
    int checked = 0;
    for (PlanNode node : plan.nodes().filter(n -> n.kind() == ElementKind.INITIATIVE).toList()) {
      Initiative i = node.as(Initiative.class);
      List<Quantity> seen = QuantityContext.of(node).scan(i.text()).stream().filter(Quantity::isTarget).toList();
      for (Quantity q : seen) {
        boolean measured = i.indicators().stream().anyMatch(k -> measures(k, q));
        assertThat(measured).as("%s: %s in「%s」has no indicator %s", what, q, i.text(), i.indicators()).isTrue();
        checked++;
      }
    }
    List<Finding> findings = VALIDATOR.validate(plan).findings().stream()
        .filter(f -> f.ruleId().equals(RULE)).toList();
    assertThat(findings).as(what).isEmpty();
    return checked;
  }

  private static boolean measures(Indicator k, Quantity q) {
    return k.target().isPresent() && k.target().get().value().compareTo(q.value()) == 0
        && k.target().get().unit().map(u -> u.equals(q.unit())).orElse(false);
  }

  @Test
  void streetLampsAndProjectPhasesImportAsTwoIndicatorsAndNoFinding() throws PlanFormatException {
    ImportResult r = IMPORTER.read(document("安装200盏路灯。完成3期工程。"), DocumentFormat.MARKDOWN, "lamps.md");
    assertThat(r.plan().indicators()).extracting(Indicator::name).containsExactly("路灯", "工程");
    assertThat(assertAgree(r.plan(), "lamps")).isEqualTo(2);
  }

  @Test
  void resultsInTheBodyAndInReviewsAreNeitherIndicatorsNorFindings() throws PlanFormatException {
    String text = "# 测试街道2024年工作计划\n\n## 一、2023年工作回顾\n\n**一是基础扎实。**全年新建口袋公园5处。\n\n"
        + "## 二、2024年工作安排\n\n**一是完善设施。**累计建成示范点8个。预计全年服务老人3000人次。"
        + "1-4月完成投资38亿元。新建2个睦邻点。\n\n**二是2023年成绩单。**改造加装电梯12台。\n";
    ImportResult r = IMPORTER.read(text, DocumentFormat.MARKDOWN, "results.md");
    assertThat(r.plan().indicators()).extracting(Indicator::name).containsExactly("睦邻点");
    assertAgree(r.plan(), "results");
  }

  @Test
  void aReviewDocumentAndAProgressReportAgreeToo() throws PlanFormatException {
    String summary = "# 测试街道2023年工作总结\n\n## 一、城市建设\n\n**一是完善设施。**新建口袋公园5处。\n";
    ImportResult r = IMPORTER.read(summary, DocumentFormat.MARKDOWN, "summary.md");
    assertThat(r.plan().indicators()).isEmpty();
    assertAgree(r.plan(), "summary");
    String progress = "# 测试街道2024年重点工作推进情况\n\n## 一、城市建设\n\n**一是完善设施。**全年计划新建口袋公园10处。"
        + "一季度新建口袋公园3处。\n";
    ImportResult p = IMPORTER.read(progress, DocumentFormat.MARKDOWN, "progress.md");
    assertThat(p.plan().indicators()).extracting(k -> k.target().orElseThrow().value().intValue()).containsExactly(10);
    assertAgree(p.plan(), "progress");
  }

  @Test
  void anUnreadableQuantityIsReportedWithItsSpanAndGivesNoIndicator() throws PlanFormatException {
    String text = document("引进社会资本数十亿元。");
    ImportResult r = IMPORTER.read(text, DocumentFormat.MARKDOWN, "vague.md");
    assertThat(r.plan().indicators()).isEmpty();
    ImportDiagnostic d = r.diagnostics().stream()
        .filter(x -> x.kind() == ImportDiagnostic.Kind.UNREADABLE_QUANTITY).findFirst().orElseThrow();
    assertThat(d.message()).contains("数十亿元");
    int offset = d.span().orElseThrow().startOffset();
    assertThat(text.substring(offset, d.span().get().endOffset())).isEqualTo("数十亿元");
    assertAgree(r.plan(), "vague");
  }

  @Test
  void importerAndRuleAgreeOnEveryDocumentOfTheCorpus() throws IOException {
    List<Path> corpus = new ArrayList<>();
    corpus.add(Path.of("..", "examples", "jiangsu-road-2024.md"));
    try (Stream<Path> s = Files.list(Path.of("..", "plan-io", "src", "test", "resources", "samples"))) {
      s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt"))
          .filter(p -> !p.getFileName().toString().equals("README.md")).sorted().forEach(corpus::add);
    }
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(6);
    int checked = 0;
    for (Path p : corpus) {
      checked += assertAgree(IMPORTER.read(p).plan(), p.toString());
    }
    assertThat(checked).isGreaterThan(5);
  }

  @Test
  void importerAndRuleAgreeOnGeneratedPlansWrittenAsDocuments() {
    PlanMarkdown writer = PlanMarkdown.create();
    qt().withExamples(100).forAll(PlanGenerators.documentPlans()).checkAssert(plan -> {
      try {
        assertAgree(IMPORTER.read(writer.write(plan), DocumentFormat.MARKDOWN, "generated.md").plan(), "generated");
      } catch (PlanFormatException e) {
        throw new AssertionError(e);
      }
    });
  }

  /** Lead words, result cues (累计, 已, 预计, 1-4月, a past year) and comparisons among them. */
  private static final String[] LEADS = {
    "完成", "新建", "力争", "确保", "新增", "全年", "约", "覆盖", "较上年增加", "累计", "已完成", "预计", "1-4月完成",
    "2023年建成", "较2023年增加", "比上年的", "在", "建设", "推进"
  };
  private static final String[] OBJECTS = {
    "口袋公园", "居民", "路灯", "养老床位", "工程", "企业", "", "改造", "资金", "方面工作", "重点方面", "试点城市", "试点社区之一",
    "民生实事"
  };
  private static final String[] UNITS = {
    "处", "个", "户", "盏", "期", "组", "人次", "万元", "亿元", "元", "%", "平方米", "万平方米", "公里", "千米",
    "岁", "课时", "万斤", "台", "标段", "名", "家"
  };
  private static final String[] GLUE = {"，", "、", "。", "；", "以上，", "左右。", "余", "-", "至"};

  /** Sentences of a plan made from targets, ranges, lists and approximations in every notation. */
  private static Gen<String> sentences() {
    Gen<String> piece = integers().between(0, Integer.MAX_VALUE).map(seed -> {
      java.util.Random r = new java.util.Random(seed);
      long n = 1 + r.nextInt(r.nextBoolean() ? 100 : 100_000);
      String number;
      switch (r.nextInt(5)) {
        case 0:
          number = ChineseNumerals.toChinese(n);
          break;
        case 1:
          number = n + "." + r.nextInt(10);
          break;
        case 2:
          number = String.format("%,d", n);
          break;
        default:
          number = Long.toString(n);
          break;
      }
      return LEADS[r.nextInt(LEADS.length)] + number + UNITS[r.nextInt(UNITS.length)]
          + OBJECTS[r.nextInt(OBJECTS.length)] + GLUE[r.nextInt(GLUE.length)];
    });
    return lists().of(piece).ofSizeBetween(1, 8).map(l -> String.join("", l) + "。");
  }

  @Test
  void importerAndRuleAgreeOnGeneratedSentences() {
    qt().withExamples(500).forAll(sentences()).checkAssert(narrative -> {
      try {
        ImportResult r = IMPORTER.read(document(narrative), DocumentFormat.MARKDOWN, "s.md");
        assertAgree(r.plan(), narrative);
        for (Indicator k : r.plan().indicators().toList()) {
          BigDecimal v = k.target().orElseThrow().value();
          assertThat(v.signum()).as(narrative).isPositive();
        }
      } catch (PlanFormatException e) {
        throw new AssertionError(e);
      }
    });
  }
}
