package org.civicplan.io.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.civicplan.io.PlanFormatException;
import org.civicplan.model.Comparator;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.MentionKind;
import org.civicplan.model.NumberingStyle;
import org.civicplan.model.Period;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.SourceNote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled sample, {@code samples/jiangsu-road-2024.md}, asserted in detail. */
class JiangsuRoadSampleTest {
  static final String RESOURCE = "/samples/jiangsu-road-2024.md";
  static final String SHA256 = "169a5cd92c0116f4b1430c848e9d1009be01cff5f41b7008a6d83c5e0a2c60a6";

  static String text;
  static ImportResult result;
  static Plan plan;

  static byte[] bytes() throws IOException {
    try (InputStream in = Objects.requireNonNull(JiangsuRoadSampleTest.class.getResourceAsStream(RESOURCE))) {
      return in.readAllBytes();
    }
  }

  @BeforeAll
  static void read() throws IOException {
    byte[] bytes = bytes();
    text = new String(bytes, StandardCharsets.UTF_8);
    try (InputStream in = JiangsuRoadSampleTest.class.getResourceAsStream(RESOURCE)) {
      result = PlanDocuments.create().read(in, DocumentFormat.MARKDOWN, "jiangsu-road-2024.md");
    }
    plan = result.plan();
  }

  @Test
  void bundledExampleIsTheSameDocument() throws IOException {
    Path example = Path.of("..", "examples", "jiangsu-road-2024.md");
    assertThat(Files.readAllBytes(example)).isEqualTo(bytes());
    ImportResult fromPath = PlanDocuments.create().read(example);
    assertThat(fromPath.plan().source().orElseThrow().sha256()).contains(SHA256);
  }

  @Test
  void titleOrganizationYearAndVision() {
    assertThat(plan.title()).isEqualTo("江苏路街道 2024 年工作计划");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("江苏路街道");
    assertThat(plan.organization().orElseThrow().superiorBodies()).isEmpty(); // 长宁区 is not stated in the title
    assertThat(plan.period()).contains(Period.calendarYear(2024));
    assertThat(plan.vision()).contains("和美家园、社区范例");
    assertThat(plan.preamble()).hasSize(1);
    assertThat(plan.preamble().get(0)).startsWith("2024 年是中华人民共和国成立 75 周年").endsWith("新篇章。");
    assertThat(plan.source().orElseThrow().name()).isEqualTo("jiangsu-road-2024.md");
    assertThat(plan.source().orElseThrow().mediaType()).contains("text/markdown");
    assertThat(plan.source().orElseThrow().sha256()).contains(SHA256);
  }

  @Test
  void fourSectionsWithKeywordsAndTitles() {
    assertThat(plan.sections())
        .extracting(s -> s.number().orElseThrow().ordinal(), s -> s.number().orElseThrow().style(), Section::keywords, Section::title)
        .containsExactly(
            tuple(1, NumberingStyle.CHINESE_ENUMERATION_COMMA, List.of("招", "留", "增"), "“招、留、增”全面发力，经济发展奋力一跃"),
            tuple(2, NumberingStyle.CHINESE_ENUMERATION_COMMA, List.of("老", "小", "旧"), "“老、小、旧”持续攻坚，品质生活焕然一新"),
            tuple(3, NumberingStyle.CHINESE_ENUMERATION_COMMA, List.of("智", "细", "效"), "“智、细、效”深化探索，精管善治走深一步"),
            tuple(4, NumberingStyle.CHINESE_ENUMERATION_COMMA, List.of("精", "气", "神"), "“精、气、神”凝心聚力，基层党建更上一层楼"));
    assertThat(plan.sections()).allSatisfy(s -> assertThat(s.introduction()).hasSize(1));
    assertThat(plan.sections().get(0).introduction().get(0)).startsWith("践行“人人都是营商环境");
  }

  @Test
  void twelveGoalsWithNamesAndStatements() {
    assertThat(plan.goals()).hasSize(12);
    assertThat(plan.goals())
        .extracting(g -> g.number().orElseThrow().ordinal(), Goal::name, g -> g.statement().orElseThrow())
        .containsExactly(
            tuple(1, "招商引资", "挖掘更大潜力"),
            tuple(2, "营商服企", "打造更优环境"),
            tuple(3, "提标扩面", "激发更强动能"),
            tuple(1, "做实做细", "提升宜居功能品质"),
            tuple(2, "用心用情", "构建多维服务圈层"),
            tuple(3, "增色显特", "探索街区融合发展"),
            tuple(1, "剖析解难", "靶向精治"),
            tuple(2, "精准发力", "高效善治"),
            tuple(3, "聚力增能", "同心共治"),
            tuple(1, "深植根脉", "建强新堡垒"),
            tuple(2, "赓续血脉", "激活新引擎"),
            tuple(3, "刀刃向内", "全面从严治党"));
    assertThat(plan.goals()).allSatisfy(g -> assertThat(g.number().orElseThrow().style()).isEqualTo(NumberingStyle.CHINESE_SHI));
    // s2.g1 continues over two paragraphs
    Goal g21 = plan.sections().get(1).goals().get(0);
    assertThat(g21.narrative()).hasSize(2);
    assertThat(g21.narrative().get(1)).startsWith("完善“家门口”服务阵地体系");
  }

  @Test
  void headingMarkupIsRecordedOnEverySectionAndGoal() {
    assertThat(plan.sections()).extracting(s -> markup(s.sourceNotes()))
        .containsExactly("## …", "## **…**", "### …", "#### **…**");
    List<String> goalMarkup = plan.goals().map(g -> markup(g.sourceNotes())).toList();
    assertThat(goalMarkup.get(0)).isEqualTo("…"); // the first lead-in is not bold
    assertThat(goalMarkup.subList(1, 12)).containsOnly("**…**");
    SourceNote first = plan.goals().findFirst().orElseThrow().sourceNotes().get(0);
    assertThat(first.span().orElseThrow().startLine()).isEqualTo(11);
    assertThat(plan.sections().get(1).sourceNotes().get(0).span().orElseThrow().startLine()).isEqualTo(17);
  }

  private static String markup(List<SourceNote> notes) {
    return notes.stream().filter(n -> n.kind() == SourceNote.Kind.HEADING_MARKUP).findFirst().orElseThrow().detail();
  }

  @Test
  void initiativesAreSentencesWithExactText() {
    Goal g11 = plan.sections().get(0).goals().get(0);
    assertThat(g11.initiatives()).extracting(Initiative::text).containsExactly(
        "聚焦存量中的增量、增量中的质量，瞄准行业龙头、单项冠军和专精特新等企业主体，推动“引得来”“落得下”“产得出”。",
        "发挥企业“系主”、产业“链主”作用补链扩群，抓住企业扩张、收购、合资等衍生项目机遇，做好西井科技、李宁体育、唐利商贸等一批具备产业链挖掘成效企业政策匹配，促成企业“朋友圈”扎根长宁。",
        "增强“走出去招商”力度，梳理筛选万亿 GDP 目标城市，挖掘外省市驻沪办和各大商会区域延伸资源，发展跨区域招商信息触角和桥头堡。");
    plan.initiatives().forEach(i -> {
      int start = i.sourceSpan().orElseThrow().startOffset();
      int end = i.sourceSpan().orElseThrow().endOffset();
      if (i.sourceNotes().isEmpty()) {
        assertThat(text.substring(start, end)).as(i.id()).isEqualTo(i.text());
      }
    });
    assertThat(plan.goals()).allSatisfy(g -> assertThat(Fidelity.initiativesPartitionNarrative(g)).as(g.id()).isTrue());
  }

  @Test
  void theTwoIndicatorsOfSectionTwoGoalOne() {
    Initiative i = plan.find("s2.g1.i2").map(n -> (Initiative) n.element()).orElseThrow();
    assertThat(i.text()).startsWith("推进五环大楼、北汪小区等9处精品小区建设");
    assertThat(i.indicators()).extracting(Indicator::name, Indicator::measureKind,
            k -> k.target().orElseThrow().comparator(), k -> k.target().orElseThrow().value(), k -> k.unit().orElseThrow().written())
        .containsExactly(
            tuple("精品小区建设", MeasureKind.COUNT, Comparator.EXACTLY, new BigDecimal("9"), "处"),
            tuple("里弄房屋修缮", MeasureKind.COUNT, Comparator.EXACTLY, new BigDecimal("3"), "处"));
    Indicator nine = i.indicators().get(0);
    int s = nine.sourceSpan().orElseThrow().startOffset();
    assertThat(text.substring(s, nine.sourceSpan().orElseThrow().endOffset())).isEqualTo("9处精品小区建设");
    assertThat(nine.sourceSpan().orElseThrow().startLine()).isEqualTo(21);
  }

  @Test
  void noOtherIndicatorsAnywhere() {
    // Precision: 第六届, 2.0 版, 3.0 版, 15分钟, 75 周年, 万亿 GDP, 2024 年, 一批, “三级三系”, 12345, 1088弄… are not targets.
    assertThat(plan.indicators()).extracting(Indicator::name).containsExactly("精品小区建设", "里弄房屋修缮");
  }

  @Test
  void typedMentionsWithSpans() {
    List<org.civicplan.model.Mention> all = plan.initiatives().flatMap(i -> i.mentions().stream()).toList();
    assertThat(all).extracting(m -> m.mentionKind(), m -> m.text()).contains(
        tuple(MentionKind.PLACE, "愚园路1088弄"),
        tuple(MentionKind.PLACE, "长新小区"),
        tuple(MentionKind.PLACE, "五环大楼"),
        tuple(MentionKind.PROGRAMME, "小蓝花"),
        tuple(MentionKind.PROGRAMME, "蒲公英"),
        tuple(MentionKind.POLICY_DOCUMENT, "长宁区全面推进“上海硅巷”科创街区建设三年行动方案"),
        tuple(MentionKind.ORGANIZATION, "上海世纪出版集团"),
        tuple(MentionKind.ORGANIZATION, "阿基米德传媒"));
    assertThat(all).allSatisfy(m -> {
      int s = m.span().orElseThrow().startOffset();
      assertThat(text.substring(s, m.span().orElseThrow().endOffset())).isEqualTo(m.text());
    });
    assertThat(all).extracting(m -> m.text()).doesNotContain("精品小区", "老旧小区", "公益基金会");
  }

  @Test
  void threeLayoutRepairsWithTheirLines() {
    List<ImportDiagnostic> joins = result.diagnostics(ImportDiagnostic.Kind.JOINED_BROKEN_PARAGRAPH);
    assertThat(joins).extracting(d -> d.span().orElseThrow().startLine(), d -> d.span().orElseThrow().endLine())
        .containsExactly(tuple(27, 29), tuple(37, 39), tuple(47, 49));
    assertThat(result.diagnostics()).hasSize(3);

    Initiative bookRoom = element("s2.g3.i4");
    assertThat(bookRoom.text()).isEqualTo("启动“‘巷’由新生·科学之光”项目，加入全国“钱学森”科学家精神教育基地联合体，打造 2.0 版社区书院。");
    Initiative forest = element("s3.g2.i5");
    assertThat(forest.text()).isEqualTo("落实林长制，常态化开展巡林护绿，举办植树节等主题宣传活动。");
    Initiative quote = element("s4.g1.i3");
    assertThat(quote.text()).contains("深入探索“善治理”楼宇党建模式");
    for (Initiative i : List.of(bookRoom, forest, quote)) {
      assertThat(i.sourceNotes()).singleElement().satisfies(n -> {
        assertThat(n.kind()).isEqualTo(SourceNote.Kind.JOINED_BROKEN_PARAGRAPH);
        assertThat(n.detail()).contains("合并").contains("joined");
      });
    }
    assertThat(bookRoom.sourceNotes().get(0).span().orElseThrow().startLine()).isEqualTo(27);
    assertThat(forest.sourceNotes().get(0).span().orElseThrow().startLine()).isEqualTo(37);
    assertThat(quote.sourceNotes().get(0).span().orElseThrow().startLine()).isEqualTo(47);
    // no other element carries a repair note
    long repairNotes = plan.nodes().flatMap(n -> n.element().sourceNotes().stream())
        .filter(n -> n.kind() == SourceNote.Kind.JOINED_BROKEN_PARAGRAPH).count();
    assertThat(repairNotes).isEqualTo(3);
  }

  private static Initiative element(String id) {
    return (Initiative) plan.find(id).orElseThrow().element();
  }

  @Test
  void everyElementHasASpan() {
    plan.nodes().forEach(n -> assertThat(n.element().sourceSpan()).as(n.pointer()).isPresent());
    Section s2 = plan.sections().get(1);
    assertThat(s2.sourceSpan().orElseThrow().startLine()).isEqualTo(17);
    assertThat(s2.sourceSpan().orElseThrow().endLine()).isEqualTo(29);
  }

  @Test
  void nothingIsLost() {
    assertThat(Fidelity.normalize(Fidelity.modelText(plan)))
        .isEqualTo(Fidelity.normalize(Fidelity.documentText(text, DocumentFormat.MARKDOWN)));
  }

  @Test
  void strictReadingRefusesTheRepairs() {
    PlanDocuments strict = PlanDocuments.builder().strict(true).build();
    assertThatThrownBy(() -> strict.read(text, DocumentFormat.MARKDOWN, "jiangsu-road-2024.md"))
        .isInstanceOf(PlanFormatException.class)
        .satisfies(e -> assertThat(((PlanFormatException) e).line()).isEqualTo(27))
        .hasMessageContaining("jiangsu-road-2024.md:27:")
        .hasMessageContaining("JOINED_BROKEN_PARAGRAPH");
  }
}
