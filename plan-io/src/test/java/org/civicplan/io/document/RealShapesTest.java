package org.civicplan.io.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.civicplan.io.PlanFormatException;
import org.civicplan.model.Actual;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.Plan;
import org.civicplan.model.PlanKind;
import org.civicplan.model.PlanNode;
import org.civicplan.model.Section;
import org.junit.jupiter.api.Test;

/**
 * Documents in the shapes real plans come in (written for these tests, in the styles of published
 * plans; see {@code shapes/README.md}): targets before the sections, one to four numbered levels,
 * no numbering at all, responsibility in the text, page chrome, review and progress. Each is
 * asserted in detail, and each obeys the nothing-is-lost law (tables aside).
 */
class RealShapesTest {

  static String resource(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(RealShapesTest.class.getResourceAsStream("/shapes/" + name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static ImportResult read(String name) throws IOException {
    DocumentFormat format = DocumentFormat.fromFileName(name).orElseThrow();
    String text = resource(name);
    ImportResult r = PlanDocuments.create().read(text, format, name);
    Plan plan = r.plan();
    if (!name.contains("table") && !name.contains("pipe")) {
      assertThat(Fidelity.nothingLost(plan, text, format)).as("nothing lost in " + name).isTrue();
      assertThat(plan.goals()).allSatisfy(g -> assertThat(Fidelity.initiativesPartitionNarrative(g)).as(g.id()).isTrue());
    }
    plan.nodes().forEach(n -> assertThat(n.element().sourceSpan()).as(n.pointer()).isPresent());
    // Every indicator's span covers text of the document that states its value.
    plan.indicators().forEach(k -> {
      String stated = text.substring(k.sourceSpan().orElseThrow().startOffset(), k.sourceSpan().orElseThrow().endOffset());
      assertThat(stated).as(k.id()).contains(k.target().orElseThrow().value().stripTrailingZeros().toPlainString());
    });
    return r;
  }

  /** Every indicator as {@code id name kind comparator value unit}, in document order; the id names its owner. */
  static List<String> indicators(Plan plan) {
    return plan.indicators().map(RealShapesTest::describe).collect(Collectors.toList());
  }

  static String describe(Indicator k) {
    return k.id() + " " + k.name() + " " + k.measureKind() + " " + k.target().orElseThrow().comparator() + " "
        + k.target().orElseThrow().value().stripTrailingZeros().toPlainString() + " " + k.unit().map(u -> u.written()).orElse("");
  }

  static List<String> texts(Plan plan) {
    return plan.initiatives().map(Initiative::text).collect(Collectors.toList());
  }

  static List<String> unitNames(Plan plan, List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      out.add(plan.unit(id).map(OrganizationalUnit::name).orElseThrow());
    }
    return out;
  }

  static String lead(Plan plan, Initiative i) {
    return plan.unit(i.leadUnit().orElseThrow()).orElseThrow().name();
  }

  /** No indicator of the plan has one of these values. */
  static void noIndicatorWith(Plan plan, String... values) {
    for (String v : values) {
      assertThat(plan.indicators().map(k -> k.target().orElseThrow().value().stripTrailingZeros().toPlainString()))
          .as("no indicator of value " + v).doesNotContain(v);
    }
  }

  @Test
  void mainTargetsBeforeTheSectionsArePlanTargetsAndLastYearsResultsAreNot() throws IOException {
    Plan plan = read("01-preamble-targets.txt").plan();
    assertThat(plan.title()).isEqualTo("青川县2024年政府工作报告");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("青川县");
    assertThat(plan.period().orElseThrow().start()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(plan.planKind()).isEqualTo(PlanKind.GOVERNMENT_WORK_REPORT);
    assertThat(plan.preamble()).hasSize(2);
    assertThat(plan.targets()).extracting(RealShapesTest::describe).containsExactly(
        "t1 地区生产总值 PERCENTAGE AT_LEAST 6 %",
        "t2 一般公共预算收入 PERCENTAGE ABOUT 5 %",
        "t3 城镇调查失业率 PERCENTAGE AT_MOST 5.5 %",
        "t4 城镇和农村居民人均可支配收入 PERCENTAGE AT_LEAST 6 %",
        "t5 城镇和农村居民人均可支配收入 PERCENTAGE AT_LEAST 8 %");
    assertThat(plan.find("t3").map(PlanNode::pointer)).contains("/targets/2");
    assertThat(plan.sections()).extracting(Section::title).containsExactly("推动产业提质增效", "持续增进民生福祉");
    assertThat(plan.goals()).extracting(Goal::name).containsExactly("做强工业经济", "做优现代农业", "稳定扩大就业");
    assertThat(indicators(plan)).containsExactly(
        "t1 地区生产总值 PERCENTAGE AT_LEAST 6 %",
        "t2 一般公共预算收入 PERCENTAGE ABOUT 5 %",
        "t3 城镇调查失业率 PERCENTAGE AT_MOST 5.5 %",
        "t4 城镇和农村居民人均可支配收入 PERCENTAGE AT_LEAST 6 %",
        "t5 城镇和农村居民人均可支配收入 PERCENTAGE AT_LEAST 8 %",
        "s1.g1.i1.k1 新增规模以上工业企业 COUNT EXACTLY 20 家",
        "s1.g1.i1.k2 工业投资 MONEY EXACTLY 30 亿元",
        "s1.g2.i1.k1 建成高标准农田 AREA EXACTLY 1.2 万亩",
        "s2.g1.i1.k1 城镇新增就业 COUNT AT_LEAST 3000 人");
    noIndicatorWith(plan, "5.8", "12.3", "3100");
    assertThat(plan.units()).isEmpty();
  }

  @Test
  void onlyShiParagraphsAreGoalsOfOneImplicitSection() throws IOException {
    Plan plan = read("02-only-shi.txt").plan();
    assertThat(plan.title()).isEqualTo("临江镇2024年重点工作安排");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("临江镇");
    assertThat(plan.planKind()).isEqualTo(PlanKind.KEY_TASKS);
    assertThat(plan.preamble()).containsExactly("今年，全镇将围绕“产业兴镇、生态立镇”目标，扎实做好以下工作。");
    assertThat(plan.targets()).isEmpty();
    assertThat(plan.sections()).singleElement().satisfies(s -> {
      assertThat(s.number()).isEmpty();
      assertThat(s.title()).isEmpty();
    });
    assertThat(plan.goals()).extracting(g -> g.number().orElseThrow().marker() + g.name() + "/" + g.statement().orElseThrow())
        .containsExactly("一是抓项目建设/夯实发展基础", "二是抓乡村振兴/推动农业增效", "三是抓民生实事/提升群众获得感");
    assertThat(texts(plan)).containsExactly(
        "全年实施重点项目15个，完成固定资产投资8亿元。", "新建蔬菜大棚200亩，培育家庭农场10家。", "改造农村公路12公里，新增养老床位不少于50张。");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 实施重点项目 COUNT EXACTLY 15 个",
        "s1.g1.i1.k2 固定资产投资 MONEY EXACTLY 8 亿元",
        "s1.g2.i1.k1 新建蔬菜大棚 AREA EXACTLY 200 亩",
        "s1.g2.i1.k2 培育家庭农场 COUNT EXACTLY 10 家",
        "s1.g3.i1.k1 改造农村公路 QUANTITY EXACTLY 12 公里",
        "s1.g3.i1.k2 新增养老床位 COUNT AT_LEAST 50 张");
  }

  @Test
  void bareDigitItemsAndALoneNumberLineAreInitiativesOfTheirSection() throws IOException {
    ImportResult r = read("03-bare-digits.md");
    Plan plan = r.plan();
    assertThat(plan.title()).isEqualTo("北湖街道2024年工作要点");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("北湖街道");
    assertThat(plan.planKind()).isEqualTo(PlanKind.WORK_POINTS);
    assertThat(plan.sections()).extracting(Section::title).containsExactly("优化营商环境", "提升城市管理水平");
    assertThat(plan.sections()).allSatisfy(s -> assertThat(s.goals()).singleElement().satisfies(g -> {
      assertThat(g.number()).isEmpty();
      assertThat(g.name()).isEmpty();
    }));
    assertThat(texts(plan)).containsExactly(
        "1全面推进企业服务专员制度，走访企业300家次。", "2加快楼宇招商，新引进企业50家。",
        "1开展背街小巷整治，完成整治18条。", "2深化垃圾分类，生活垃圾回收利用率达到40%。");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 走访企业 COUNT EXACTLY 300 家",
        "s1.g1.i2.k1 新引进企业 COUNT EXACTLY 50 家",
        "s2.g1.i1.k1 整治 COUNT EXACTLY 18 条",
        "s2.g1.i2.k1 生活垃圾回收利用率 PERCENTAGE AT_LEAST 40 %");
    noIndicatorWith(plan, "1", "2");
    assertThat(r.diagnostics(ImportDiagnostic.Kind.JOINED_BROKEN_PARAGRAPH)).singleElement()
        .satisfies(d -> assertThat(d.span().orElseThrow().startLine()).isEqualTo(7));
  }

  @Test
  void fourLevelsGiveSectionsGoalsAndInitiativesHoldingTheDeeperLevels() throws IOException {
    Plan plan = read("04-four-levels.md").plan();
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("西山区");
    assertThat(plan.period().orElseThrow().end()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(plan.sections()).extracting(Section::title).containsExactly("教育提升工程", "健康服务工程");
    assertThat(plan.goals()).extracting(g -> g.number().orElseThrow().marker() + g.name())
        .containsExactly("（一）扩充学位供给", "（二）提高教育质量", "（一）完善基层医疗");
    assertThat(texts(plan)).containsExactly(
        "1. 新建改扩建学校。", "（1）新建公办幼儿园3所，新增学位900个。", "（2）完成2所中学改扩建。",
        "1. 建设智慧教室120间。", "1. 新建社区卫生服务站4个。");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i2.k1 新建公办幼儿园 COUNT EXACTLY 3 所",
        "s1.g1.i2.k2 新增学位 COUNT EXACTLY 900 个",
        "s1.g1.i3.k1 中学改扩建 COUNT EXACTLY 2 所",
        "s1.g2.i1.k1 建设智慧教室 COUNT EXACTLY 120 间",
        "s2.g1.i1.k1 新建社区卫生服务站 COUNT EXACTLY 4 个");
  }

  @Test
  void shiAboveParenthesizedNumbersIsReadInvertedAsSectionsAndGoals() throws IOException {
    Plan plan = read("05-inverted.txt").plan();
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("南岸街道");
    assertThat(plan.sections()).extracting(s -> s.number().orElseThrow().marker() + s.title())
        .containsExactly("一是强化政治引领。", "二是夯实基层基础。");
    assertThat(plan.goals()).extracting(g -> g.id() + " " + g.name())
        .containsExactly("s1.g1 深化理论学习", "s1.g2 抓实阵地建设", "s2.g1 规范组织生活", "s2.g2 壮大党员队伍");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 组织集中学习 COUNT EXACTLY 12 次",
        "s1.g2.i1.k1 新建党群服务站点 COUNT EXACTLY 5 个",
        "s2.g1.i1.k1 开展主题党日活动 COUNT AT_LEAST 12 次",
        "s2.g2.i1.k1 发展党员 COUNT EXACTLY 8 名");
  }

  @Test
  void aNoticeIssuingThePlanGivesTitleAndNumberAndItsOwnItemsStayPreamble() throws IOException {
    Plan plan = read("06-notice-annex.txt").plan();
    assertThat(plan.title()).isEqualTo("东坪区2024年优化营商环境工作计划");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("东坪区");
    assertThat(plan.documentNumber()).contains("东政办〔2024〕6号");
    assertThat(plan.preamble()).hasSize(7).contains("一、提高思想认识。各单位要把优化营商环境作为一把手工程。");
    assertThat(plan.sections()).extracting(Section::title).containsExactly("提升政务服务效能", "降低企业经营成本");
    assertThat(plan.goals()).extracting(Goal::name).containsExactly("推进“一网通办”", "压缩审批时限", "落实减税降费政策");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 网上办理事项比例 PERCENTAGE AT_LEAST 90 %",
        "s1.g2.i1.k1 企业开办时间压缩 DURATION AT_MOST 1 个工作日",
        "s2.g1.i1.k1 为企业减负 MONEY EXACTLY 2 亿元");
    noIndicatorWith(plan, "2024", "6");
    assertThat(plan.sourceNotes()).extracting(n -> n.detail())
        .anyMatch(d -> d.startsWith(TitlePass.NOTICE_PREFIX) && d.endsWith("的通知"));
  }

  @Test
  void prosePlansAreReadAsOneImplicitGoalAndLastYearsNumbersAreNotTargets() throws IOException {
    Plan plan = read("07-prose.txt").plan();
    assertThat(plan.title()).isEqualTo("坪山镇今年将全力推进城乡融合发展");
    assertThat(plan.organization()).isEmpty(); // no year in the title, so no issuer read from it
    assertThat(plan.sections()).singleElement().satisfies(s -> assertThat(s.goals()).singleElement());
    assertThat(texts(plan)).hasSize(3);
    assertThat(plan.indicators().map(k -> k.unit().orElseThrow().written())).containsExactly("个", "户", "个", "座");
    assertThat(plan.indicators().map(k -> k.target().orElseThrow().value().intValue())).containsExactly(6, 1200, 800, 4);
    assertThat(plan.indicators().map(Indicator::id)).containsExactly("s1.g1.i1.k1", "s1.g1.i1.k2", "s1.g1.i2.k1", "s1.g1.i2.k2");
    noIndicatorWith(plan, "900");
  }

  @Test
  void bulletsAreInitiativesAndTheBulletIsNoPartOfATargetsName() throws IOException {
    Plan plan = read("08-bullets.txt").plan();
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("安和社区");
    assertThat(texts(plan)).hasSize(5).first().isEqualTo("● 开展“邻里守望”志愿服务活动24场。");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 开展“邻里守望”志愿服务活动 COUNT EXACTLY 24 场",
        "s1.g1.i2.k1 为辖区80岁以上老人提供上门服务 COUNT EXACTLY 1500 人次",
        "s1.g1.i3.k1 建设社区食堂 COUNT EXACTLY 1 个",
        "s1.g1.i3.k2 日供餐能力 COUNT AT_LEAST 300 份", // 份 is a measure word (#11)
        "s1.g1.i4.k1 改造口袋公园 COUNT EXACTLY 2 处",
        "s1.g1.i5.k1 组织居民议事会 COUNT EXACTLY 12 次");
    noIndicatorWith(plan, "80"); // 达到300份 is a target since 份 is a measure word (#11)
  }

  @Test
  void labelParagraphsAreGoalsNamedByTheirLabel() throws IOException {
    Plan plan = read("09-labels.txt").plan();
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("柳河乡");
    assertThat(plan.goals()).extracting(Goal::name).containsExactly("党建工作", "经济工作", "社会事业");
    assertThat(plan.goals()).allSatisfy(g -> assertThat(g.number()).isEmpty());
    assertThat(texts(plan)).containsExactly(
        "深化“支部联建”行动，建成示范党支部3个。", "全年完成农业总产值5.6亿元，新发展特色种植2000亩。", "新建村级卫生室2所；", "开展技能培训600人次。");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 建成示范党支部 COUNT EXACTLY 3 个",
        "s1.g2.i1.k1 农业总产值 MONEY EXACTLY 5.6 亿元",
        "s1.g2.i1.k2 新发展特色种植 AREA EXACTLY 2000 亩",
        "s1.g3.i1.k1 新建村级卫生室 COUNT EXACTLY 2 所",
        "s1.g3.i2.k1 开展技能培训 COUNT EXACTLY 600 人次");
  }

  @Test
  void inlineEnumerationsHeadGoalsWhoseLeadInsStateTheirTargets() throws IOException {
    Plan plan = read("10-inline.txt").plan();
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("白石县");
    assertThat(plan.sections()).singleElement().satisfies(s -> {
      assertThat(s.introduction()).containsExactly("该县将重点抓好三个方面工作。");
      assertThat(s.indicators()).isEmpty(); // 三个方面 counts the text's parts
    });
    assertThat(plan.goals()).extracting(g -> g.number().orElseThrow().marker() + g.name())
        .containsExactly("一是抓好工业经济", "二是抓好城乡建设", "三是抓好民生保障");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.k1 新增规上工业企业 COUNT EXACTLY 15 家",
        "s1.g2.k1 棚户区改造 COUNT EXACTLY 1500 套",
        "s1.g3.k1 新增城镇就业 COUNT EXACTLY 2500 人");
    assertThat(plan.find("s1.g2.k1").map(PlanNode::pointer)).contains("/sections/0/goals/1/indicators/0");
    noIndicatorWith(plan, "3");
  }

  @Test
  void aTableFlattenedToOneCellPerLineIsReadAsATable() throws IOException {
    Plan plan = read("11-flat-table.txt").plan();
    assertThat(plan.planKind()).isEqualTo(PlanKind.TASK_DECOMPOSITION);
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("桐柏街道");
    assertThat(texts(plan)).containsExactly("完成老旧小区加装电梯30台", "新建公共停车泊位500个");
    List<Initiative> all = plan.initiatives().toList();
    assertThat(lead(plan, all.get(0))).isEqualTo("街道城建办");
    assertThat(lead(plan, all.get(1))).isEqualTo("街道城管科");
    assertThat(all).extracting(i -> i.due().orElseThrow())
        .containsExactly(LocalDate.of(2024, 11, 30), LocalDate.of(2024, 9, 30));
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 老旧小区加装电梯 COUNT EXACTLY 30 台", "s1.g1.i2.k1 新建公共停车泊位 COUNT EXACTLY 500 个");
    noIndicatorWith(plan, "1", "2", "2024");
  }

  @Test
  void barSeparatedRowsAreReadAsATable() throws IOException {
    Plan plan = read("12-pipe-rows.txt").plan();
    assertThat(texts(plan)).containsExactly("新建儿童友好空间3处", "改造雨污分流管网8公里");
    List<Initiative> all = plan.initiatives().toList();
    assertThat(all).extracting(i -> lead(plan, i)).containsExactly("社区服务中心", "街道城建办");
    assertThat(all).extracting(i -> i.due().orElseThrow())
        .containsExactly(LocalDate.of(2024, 10, 31), LocalDate.of(2024, 12, 31));
    assertThat(plan.units()).extracting(OrganizationalUnit::id).containsExactly("u1", "u2");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 新建儿童友好空间 COUNT EXACTLY 3 处", "s1.g1.i2.k1 改造雨污分流管网 QUANTITY EXACTLY 8 公里");
  }

  @Test
  void responsibilityBracketsAndLinesGiveUnitsAndTextGivesDueDates() throws IOException {
    Plan plan = read("13-responsibility.txt").plan();
    List<Initiative> all = plan.initiatives().toList();
    assertThat(all).hasSize(3); // the 责任单位 line joins the item before it
    assertThat(all.get(0).text()).endsWith("（牵头单位：区住建局；责任单位：各街道）");
    assertThat(lead(plan, all.get(0))).isEqualTo("区住建局");
    assertThat(unitNames(plan, all.get(0).supportingUnits())).containsExactly("各街道");
    assertThat(all.get(0).due()).contains(LocalDate.of(2024, 10, 31));
    assertThat(all.get(1).text()).isEqualTo("（二）新建城市绿道20公里。责任单位：区园林中心、区交通局");
    assertThat(lead(plan, all.get(1))).isEqualTo("区园林中心");
    assertThat(unitNames(plan, all.get(1).supportingUnits())).containsExactly("区交通局");
    assertThat(all.get(1).due()).isEmpty();
    assertThat(lead(plan, all.get(2))).isEqualTo("区卫健委");
    assertThat(unitNames(plan, all.get(2).supportingUnits())).containsExactly("区教育局", "区住建局");
    assertThat(all.get(2).due()).contains(LocalDate.of(2024, 12, 31));
    // each unit declared once
    assertThat(plan.units()).extracting(OrganizationalUnit::name)
        .containsExactly("区住建局", "各街道", "区园林中心", "区交通局", "区卫健委", "区教育局");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 改造城镇老旧小区 COUNT EXACTLY 42 个",
        "s1.g1.i1.k2 惠及居民 COUNT EXACTLY 8600 户",
        "s1.g1.i2.k1 新建城市绿道 QUANTITY EXACTLY 20 公里",
        "s2.g1.i1.k1 新增普惠托位 COUNT EXACTLY 600 个");
    noIndicatorWith(plan, "10", "2024");
  }

  @Test
  void pageChromeGoesToMetadataAndNotesAndNeverBecomesTheTitle() throws IOException {
    Plan plan = read("14-web-chrome.txt").plan();
    assertThat(plan.title()).isEqualTo("蔡湾镇2024年工作计划");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("蔡湾镇");
    assertThat(plan.documentNumber()).contains("蔡政办〔2024〕1号");
    assertThat(plan.extensions()).containsEntry(ChromePass.PUBLISHED, ExtensionValue.string("2024-01-18 15:22"))
        .containsEntry(ChromePass.PUBLISHER, ExtensionValue.string("蔡湾镇人民政府办公室"));
    assertThat(Fidelity.keptInNotes(plan)).containsExactly(
        "首页 > 政务公开 > 计划总结 > 工作计划", "发布时间：2024-01-18 15:22 信息来源：蔡湾镇人民政府办公室", "字体：[大 中 小]",
        "无障碍浏览", "蔡政办〔2024〕1号", "阅读次数：1532", "— 1 —");
    assertThat(plan.preamble()).containsExactly("2024年，全镇上下将坚持稳中求进工作总基调。");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 引进亿元以上项目 COUNT EXACTLY 5 个",
        "s1.g2.i1.k1 村级集体经济收入全部 MONEY AT_LEAST 30 万元",
        "s2.g1.i1.k1 农村户厕改造 COUNT EXACTLY 400 户");
    noIndicatorWith(plan, "1532", "1");
  }

  @Test
  void aReviewPartStatesNoTargetsAndEstimatesAreNoTargets() throws IOException {
    Plan plan = read("15-review-and-plan.txt").plan();
    assertThat(plan.title()).isEqualTo("金桥社区2025年工作思路");
    assertThat(plan.period().orElseThrow().start().getYear()).isEqualTo(2025);
    assertThat(plan.sections()).extracting(Section::title).containsExactly("■ 2024年成绩单", "■ 2025年工作安排");
    assertThat(indicators(plan)).containsExactly(
        "s2.g1.i1.k1 加装电梯 COUNT AT_LEAST 20 台",
        "s2.g1.i2.k1 新增社区养老服务点 COUNT EXACTLY 2 个");
    noIndicatorWith(plan, "12", "260", "96", "3000");
    assertThat(plan.indicators()).allSatisfy(k -> assertThat(k.actuals()).isEmpty()); // a plan, not a progress report
  }

  @Test
  void aProgressReportRecordsResultsAsActualsOfTheTargetsTheyReportOn() throws IOException {
    Plan plan = read("16-progress.txt").plan();
    assertThat(plan.planKind()).isEqualTo(PlanKind.PROGRESS_REPORT);
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 计划完成重点项目投资 MONEY EXACTLY 120 亿元",
        "s1.g1.i2.k1 新开工项目 COUNT EXACTLY 35 个",
        "s2.g1.i1.k1 新增城镇就业 COUNT EXACTLY 8000 人");
    LocalDate jan = LocalDate.of(2024, 1, 1);
    LocalDate apr = LocalDate.of(2024, 4, 30);
    assertThat(plan.indicators().map(k -> k.actuals().get(0)))
        .extracting(Actual::value).extracting(v -> v.intValue()).containsExactly(38, 12, 2900);
    assertThat(plan.indicators().flatMap(k -> k.actuals().stream()))
        .allSatisfy(a -> {
          assertThat(a.period().start()).isEqualTo(jan);
          assertThat(a.period().end()).isEqualTo(apr);
        });
  }

  @Test
  void targetLinesWithNothingUnderThemAreInitiativesAndAGoalLeadInStatesItsOwnTarget() throws IOException {
    Plan plan = read("17-goal-targets.txt").plan();
    assertThat(plan.sections()).extracting(Section::title).containsExactly("主要目标", "重点任务");
    assertThat(plan.sections().get(0).goals()).singleElement().satisfies(g -> assertThat(g.name()).isEmpty());
    List<Initiative> targets = plan.sections().get(0).goals().get(0).initiatives();
    assertThat(targets).extracting(Initiative::text).containsExactly(
        "（一）地区生产总值增长7%以上。", "（二）固定资产投资增长10%。责任单位：县发改局、县统计局", "（三）社会消费品零售总额增长8%左右。");
    assertThat(lead(plan, targets.get(1))).isEqualTo("县发改局");
    assertThat(unitNames(plan, targets.get(1).supportingUnits())).containsExactly("县统计局");
    assertThat(plan.goals().skip(1)).extracting(Goal::name).containsExactly("规模以上工业增加值增长9%", "做强文旅产业");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 地区生产总值 PERCENTAGE AT_LEAST 7 %",
        "s1.g1.i2.k1 固定资产投资 PERCENTAGE EXACTLY 10 %",
        "s1.g1.i3.k1 社会消费品零售总额 PERCENTAGE ABOUT 8 %",
        "s2.g1.k1 规模以上工业增加值 PERCENTAGE EXACTLY 9 %",
        "s2.g1.i1.k1 实施技改项目 COUNT EXACTLY 30 个",
        "s2.g1.i1.k2 新增“专精特新”企业 COUNT EXACTLY 5 家",
        "s2.g2.i1.k1 接待游客 COUNT AT_LEAST 500 万人次");
  }

  @Test
  void textWithoutASentenceIsRefusedWithItsLine() {
    assertThatThrownBy(() -> read("18-links.txt"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("no sentence")
        .satisfies(e -> assertThat(((PlanFormatException) e).line()).isEqualTo(2));
  }
}
