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
      java.math.BigDecimal value = k.target().orElseThrow().value().stripTrailingZeros();
      boolean whole = value.scale() <= 0;
      assertThat(stated).as(k.id()).satisfiesAnyOf(
          t -> assertThat(t).contains(value.toPlainString()),
          t -> assertThat(whole && t.contains(org.civicplan.model.chinese.ChineseNumerals.toChinese(value.longValueExact()))).isTrue());
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
        "s1.g1.i1.k1 走访企业 COUNT EXACTLY 300 家次", // 家次 counts visits, not firms (#11)
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
        "s1.g2.i1.k1 企业开办时间 DURATION AT_MOST 1 个工作日",
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
        "s1.g2.i1.k1 村级集体经济收入 MONEY AT_LEAST 30 万元",
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
        "s1.g1.i1.k1 重点项目投资 MONEY EXACTLY 120 亿元",
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

  // ---- issue #10, second round: defects found on real shapes, and shapes the first round left out

  static List<String> supporting(Plan plan) {
    return plan.initiatives().map(i -> String.join("、", unitNames(plan, i.supportingUnits()))).collect(Collectors.toList());
  }

  static List<String> dues(Plan plan) {
    return plan.initiatives().map(i -> i.due().map(LocalDate::toString).orElse("-")).collect(Collectors.toList());
  }

  @Test
  void anEmptyCellOfAFlattenedTableShiftsNoRowAndAShortLastRowIsFilled() throws IOException {
    Plan plan = read("19-flat-table-blank-cell.txt").plan();
    assertThat(plan.title()).isEqualTo("石门街道2024年重点任务分解表");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("石门街道");
    assertThat(plan.planKind()).isEqualTo(PlanKind.TASK_DECOMPOSITION);
    assertThat(texts(plan)).containsExactly("完成背街小巷整治15条", "新建社区睦邻点6个", "开展消防安全培训40场");
    assertThat(plan.initiatives()).extracting(i -> lead(plan, i)).containsExactly("街道城管科", "街道自治办", "街道平安办");
    assertThat(supporting(plan)).containsExactly("街道城建办", "", "各居委会");
    assertThat(dues(plan)).containsExactly("2024-10-31", "2024-12-31", "-");
    assertThat(plan.units()).extracting(OrganizationalUnit::name)
        .containsExactly("街道城管科", "街道城建办", "街道自治办", "街道平安办", "各居委会");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 背街小巷整治 COUNT EXACTLY 15 条",
        "s1.g1.i2.k1 新建社区睦邻点 COUNT EXACTLY 6 个",
        "s1.g1.i3.k1 开展消防安全培训 COUNT EXACTLY 40 场");
    noIndicatorWith(plan, "1", "2", "3", "2024");
  }

  @Test
  void aNoticeWithoutAnAnnexLineEndsAtItsDateAndTheAnnexTitleNamesTheBody() throws IOException {
    Plan plan = read("20-notice-dated-annex.txt").plan();
    assertThat(plan.title()).isEqualTo("北湖街道2024年社区治理工作要点");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("北湖街道");
    assertThat(plan.period().orElseThrow().start().getYear()).isEqualTo(2024);
    assertThat(plan.planKind()).isEqualTo(PlanKind.WORK_POINTS);
    assertThat(plan.documentNumber()).contains("北街办〔2024〕3号");
    assertThat(plan.preamble()).containsExactly(
        "各社区居委会、街道各科室：", "现将《2024年社区治理工作要点》印发给你们，请认真抓好落实。",
        "一、统一思想。各单位要把社区治理摆上重要位置，今年召开推进会2次。", "二、压实责任。各科室主要负责人为第一责任人。",
        "北湖街道办事处", "2024年1月26日", "（此件公开发布）");
    assertThat(plan.targets()).isEmpty(); // the notice's own request is no target of the plan
    assertThat(plan.sections()).extracting(Section::title).containsExactly("夯实基层组织", "提升服务水平");
    assertThat(plan.goals()).extracting(Goal::name).containsExactly("建强社区党组织", "完善网格体系", "推进社区食堂建设");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 培训社区书记 COUNT EXACTLY 30 人次",
        "s1.g2.i1.k1 划分微网格 COUNT EXACTLY 120 个",
        "s2.g1.i1.k1 新建社区食堂 COUNT EXACTLY 3 家");
    noIndicatorWith(plan, "2", "26");
    assertThat(Fidelity.keptInNotes(plan)).containsExactly(
        "北湖街道办事处关于印发《2024年社区治理工作要点》的通知", "北街办〔2024〕3号", "北湖街道2024年社区治理工作要点");
  }

  @Test
  void aNoticeWithNeitherAnnexLineNorDateEndsWhereItsNumberingRestarts() throws IOException {
    Plan plan = read("21-notice-restart.txt").plan();
    assertThat(plan.title()).isEqualTo("东岭镇2024年农业农村重点工作");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("东岭镇");
    assertThat(plan.preamble()).hasSize(5).contains("二、强化考核运用。工作完成情况纳入年度考核。", "重点工作任务清单");
    assertThat(plan.targets()).isEmpty();
    assertThat(plan.sections()).extracting(s -> s.number().orElseThrow().marker() + s.title())
        .containsExactly("一、稳定粮食生产", "二、发展特色产业");
    assertThat(plan.goals()).extracting(Goal::name).containsExactly("落实播种面积", "建设高标准农田", "壮大茶叶产业");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 粮食播种面积 AREA AT_LEAST 3.5 万亩",
        "s1.g2.i1.k1 新建高标准农田 AREA EXACTLY 2000 亩",
        "s2.g1.i1.k1 新增茶园 AREA EXACTLY 500 亩",
        "s2.g1.i1.k2 培育茶叶加工企业 COUNT EXACTLY 2 家");
    noIndicatorWith(plan, "1");
  }

  @Test
  void aCountyReportHasItsMainTargetsInTheSpeechPreambleAndAReviewSectionWithNone() throws IOException {
    Plan plan = read("22-county-report.txt").plan();
    assertThat(plan.title()).isEqualTo("云溪县2024年政府工作报告");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("云溪县");
    assertThat(plan.planKind()).isEqualTo(PlanKind.GOVERNMENT_WORK_REPORT);
    assertThat(plan.period().orElseThrow().end()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(plan.vision()).contains("山水云溪、幸福家园");
    assertThat(plan.preamble()).hasSize(5).first().isEqualTo("——2024年1月10日在云溪县第十八届人民代表大会第三次会议上");
    assertThat(plan.targets()).extracting(RealShapesTest::describe).containsExactly(
        "t1 地区生产总值 PERCENTAGE ABOUT 6.5 %",
        "t2 一般公共预算收入 PERCENTAGE EXACTLY 5 %",
        "t3 规模以上工业增加值 PERCENTAGE AT_LEAST 8 %",
        "t4 固定资产投资 PERCENTAGE EXACTLY 10 %",
        "t5 社会消费品零售总额 PERCENTAGE EXACTLY 7 %",
        "t6 城镇调查失业率 PERCENTAGE AT_MOST 5.5 %",
        "t7 居民消费价格涨幅 PERCENTAGE ABOUT 3 %",
        "t8 单位地区生产总值能耗 PERCENTAGE EXACTLY 3 %",
        "t9 粮食总产量 QUANTITY AT_LEAST 20 万吨");
    assertThat(plan.find("t8")).get().satisfies(n -> assertThat(((Indicator) n.element()).direction())
        .contains(org.civicplan.model.Direction.DECREASE));
    assertThat(plan.sections()).extracting(Section::title).containsExactly("2023年工作回顾", "2024年重点工作");
    assertThat(plan.sections().get(0).goals()).singleElement().satisfies(g -> assertThat(g.initiatives()).hasSize(2));
    assertThat(plan.sections().get(1).goals()).extracting(g -> g.name() + "/" + g.statement().orElseThrow())
        .containsExactly("坚持项目为王/扩大有效投资", "坚持工业强县/壮大实体经济", "坚持民生为本/增进群众福祉");
    assertThat(indicators(plan).subList(9, indicators(plan).size())).containsExactly(
        "s2.g1.i1.k1 实施重点项目 COUNT EXACTLY 120 个",
        "s2.g1.i1.k2 投资 MONEY AT_LEAST 150 亿元",
        "s2.g2.i1.k1 新增规模以上工业企业 COUNT EXACTLY 25 家",
        "s2.g2.i1.k2 培育省级专精特新企业 COUNT EXACTLY 6 家",
        "s2.g3.i1.k1 新建改扩建中小学校 COUNT EXACTLY 5 所",
        "s2.g3.i1.k2 新增学位 COUNT EXACTLY 3600 个",
        "s2.g3.i2.k1 新增养老床位 COUNT EXACTLY 300 张");
    noIndicatorWith(plan, "6.2", "8.1", "4200", "86", "1300", "5100", "18");
  }

  @Test
  void workPointsWithResponsibilityBracketsAndLinesAfterTheirItems() throws IOException {
    Plan plan = read("23-points-responsibility.txt").plan();
    assertThat(plan.title()).isEqualTo("凤鸣街道2024年工作要点");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("凤鸣街道");
    assertThat(plan.planKind()).isEqualTo(PlanKind.WORK_POINTS);
    assertThat(plan.targets()).isEmpty();
    assertThat(plan.sections()).extracting(Section::title).containsExactly("持续优化营商环境", "提升社区治理水平");
    assertThat(plan.goals()).extracting(g -> g.number().orElseThrow().marker() + g.name())
        .containsExactly("1.深化企业服务", "2.盘活楼宇资源", "1.推进“美丽楼组”创建", "2.规范物业管理");
    assertThat(texts(plan)).containsExactly(
        "建立领导干部联系企业制度，全年走访辖区企业200家以上。（责任单位：经济发展办）",
        "推进闲置楼宇改造，新增商务载体面积2万平方米。牵头单位：经济发展办；配合单位：城建办、规划所",
        "创建“美丽楼组”50个，2024年9月底前完成验收。（牵头单位：自治办；责任单位：各居委会）",
        "实现住宅小区物业管理全覆盖，业委会组建率达到90%。责任单位：房管办");
    assertThat(plan.initiatives()).extracting(i -> lead(plan, i)).containsExactly("经济发展办", "经济发展办", "自治办", "房管办");
    assertThat(supporting(plan)).containsExactly("", "城建办、规划所", "各居委会", "");
    assertThat(dues(plan)).containsExactly("-", "-", "2024-09-30", "-");
    assertThat(plan.units()).extracting(OrganizationalUnit::name)
        .containsExactly("经济发展办", "城建办", "规划所", "自治办", "各居委会", "房管办");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 走访辖区企业 COUNT AT_LEAST 200 家",
        "s1.g2.i1.k1 新增商务载体面积 AREA EXACTLY 2 万平方米",
        "s2.g1.i1.k1 创建“美丽楼组” COUNT EXACTLY 50 个",
        "s2.g2.i1.k1 业委会组建率 PERCENTAGE AT_LEAST 90 %");
    noIndicatorWith(plan, "1", "9", "2024");
  }

  @Test
  void aWholeWebPageGivesItsPlanAndKeepsBannerToolsAndFooterInNotes() throws IOException {
    Plan plan = read("24-web-page.txt").plan();
    assertThat(plan.title()).isEqualTo("松阳区杨柳镇2024年重点工作计划");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("杨柳镇");
    assertThat(plan.organization().orElseThrow().superiorBodies()).containsExactly("松阳区");
    assertThat(plan.extensions()).containsEntry(ChromePass.PUBLISHED, ExtensionValue.string("2024-02-05 09:30"))
        .containsEntry(ChromePass.PUBLISHER, ExtensionValue.string("杨柳镇人民政府"));
    assertThat(Fidelity.keptInNotes(plan)).containsExactly(
        "松阳区人民政府门户网站", "当前位置：首页 > 信息公开 > 规划计划 > 年度计划",
        "发布时间：2024-02-05 09:30  来源：杨柳镇人民政府  字号：[大 中 小]", "【打印本页】【关闭窗口】",
        "松阳区杨柳镇2024年重点工作计划",
        "分享到：", "微信 微博 QQ空间", "主办单位：松阳区人民政府办公室  版权所有", "网站标识码：3311990001  浙ICP备12345678号");
    assertThat(plan.preamble()).containsExactly("2024年，杨柳镇将以乡村振兴为总抓手，扎实推进以下重点工作。");
    assertThat(plan.sections()).extracting(Section::title).containsExactly("做强特色产业", "建设美丽乡村");
    assertThat(plan.goals()).extracting(Goal::name).containsExactly("发展精品果业", "培育农业主体", "改善人居环境");
    assertThat(texts(plan)).last().isEqualTo("完成农村生活污水治理村6个，新建公厕10座。");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 新发展精品果园 AREA EXACTLY 800 亩",
        "s1.g2.i1.k1 新培育家庭农场 COUNT EXACTLY 12 家",
        "s1.g2.i1.k2 农民专业合作社 COUNT EXACTLY 4 家",
        "s2.g1.i1.k1 农村生活污水治理村 COUNT EXACTLY 6 个",
        "s2.g1.i1.k2 新建公厕 COUNT EXACTLY 10 座");
    noIndicatorWith(plan, "5", "3311990001", "12345678");
    assertThat(plan.units()).isEmpty(); // 主办单位 in the footer names the site's owner, no unit of the plan
  }

  @Test
  void parenthesizedItemsAloneAreTheGoalsOfOneImplicitSection() throws IOException {
    Plan plan = read("25-parenthesized-only.md").plan();
    assertThat(plan.title()).isEqualTo("清河社区2024年为民服务工作计划");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("清河社区");
    assertThat(plan.preamble()).containsExactly("为进一步提升服务居民水平，结合社区实际，制定本计划。");
    assertThat(plan.sections()).singleElement().satisfies(s -> assertThat(s.number()).isEmpty());
    assertThat(plan.goals()).extracting(g -> g.number().orElseThrow().marker() + g.name())
        .containsExactly("（一）关爱“一老一小”", "（二）建设美丽家园", "（三）丰富文化生活");
    assertThat(texts(plan)).containsExactly(
        "依托社区日间照料中心，为辖区老人提供助餐服务不少于6000人次；", "开设暑期托管班2期。",
        "对社区内3条道路进行“白改黑”改造，增设非机动车充电桩40个；", "组织居民开展环境整治活动每月不少于1次。",
        "举办邻里节、广场舞比赛等活动10场以上，社区书屋全年开放不少于300天。");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 为辖区老人提供助餐服务 COUNT AT_LEAST 6000 人次",
        "s1.g1.i2.k1 开设暑期托管班 COUNT EXACTLY 2 期",
        "s1.g2.i1.k1 道路 COUNT EXACTLY 3 条",
        "s1.g2.i1.k2 增设非机动车充电桩 COUNT EXACTLY 40 个",
        "s1.g2.i2.k1 组织居民开展环境整治活动 COUNT AT_LEAST 1 次/月",
        "s1.g3.i1.k1 举办邻里节、广场舞比赛等活动 COUNT AT_LEAST 10 场",
        "s1.g3.i1.k2 社区书屋全年开放 DURATION AT_LEAST 300 天");
  }

  @Test
  void shiItemsInsideLongParagraphsUnderHeadingsAreGoalsStatingTheirTargets() throws IOException {
    Plan plan = read("26-shi-in-paragraphs.md").plan();
    assertThat(plan.title()).isEqualTo("桃源乡2024年工作计划");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("桃源乡");
    assertThat(plan.targets()).isEmpty(); // 三个方面工作 counts the plan's parts
    assertThat(plan.sections()).extracting(Section::title)
        .containsExactly("聚力产业发展，壮大集体经济", "聚力民生改善，增进群众福祉", "聚力基层治理，建设平安桃源");
    assertThat(plan.sections().get(0).introduction()).containsExactly("围绕产业兴旺，着力抓好以下工作：");
    assertThat(plan.goals()).extracting(g -> g.id() + " " + g.number().map(n -> n.marker()).orElse("") + g.name())
        .containsExactly("s1.g1 一是做强主导产业", "s1.g2 二是发展乡村旅游", "s1.g3 三是壮大村集体经济",
            "s2.g1 一是办好民生实事", "s2.g2 二是抓好就业服务", "s3.g1 ");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.k1 新建高山蔬菜基地 AREA EXACTLY 1500 亩",
        "s1.g2.k1 改造提升民宿 COUNT EXACTLY 20 家",
        "s1.g2.k2 接待游客 COUNT AT_LEAST 15 万人次",
        "s1.g3.k1 村级集体经营性收入 MONEY AT_LEAST 20 万元",
        "s2.g1.k1 硬化通组道路 QUANTITY EXACTLY 35 公里",
        "s2.g2.k1 开展技能培训 COUNT EXACTLY 8 期",
        "s2.g2.k2 新增转移就业 COUNT EXACTLY 600 人",
        "s3.g1.i1.k1 矛盾纠纷调处成功率 PERCENTAGE AT_LEAST 98 %");
    noIndicatorWith(plan, "3"); // 三个方面: the plan's own parts
  }

  @Test
  void barRowsWithASerialColumnAndTextBeforeThemAreATableAfterAPreamble() throws IOException {
    Plan plan = read("27-pipe-table-header.txt").plan();
    assertThat(plan.title()).isEqualTo("银杏街道2024年城市管理重点任务");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("银杏街道");
    assertThat(plan.preamble()).containsExactly("为全面提升城市精细化管理水平，现将年度重点任务列表如下。");
    assertThat(texts(plan)).containsExactly("完成12个老旧小区雨污管网改造", "新增绿化面积3000平方米", "开展违法建设专项整治行动");
    assertThat(plan.initiatives()).extracting(i -> lead(plan, i)).containsExactly("城建中心", "城管科", "综合执法队");
    assertThat(supporting(plan)).containsExactly("各社区", "城建中心、园林所", "各社区");
    assertThat(dues(plan)).containsExactly("2024-10-31", "2024-11-30", "2024-12-31");
    assertThat(plan.units()).extracting(OrganizationalUnit::name).containsExactly("城建中心", "各社区", "城管科", "园林所", "综合执法队");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 老旧小区雨污管网改造 COUNT EXACTLY 12 个", "s1.g1.i2.k1 新增绿化面积 AREA EXACTLY 3000 平方米");
    noIndicatorWith(plan, "1", "2", "3");
  }

  @Test
  void aTaskDecompositionNoticeWithAnAnnexTableGivesRowsLeadersAndDates() throws IOException {
    Plan plan = read("28-task-notice-table.txt").plan();
    assertThat(plan.title()).isEqualTo("红枫镇2024年重点工作任务分解方案");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("红枫镇");
    assertThat(plan.planKind()).isEqualTo(PlanKind.TASK_DECOMPOSITION);
    assertThat(plan.documentNumber()).contains("红政发〔2024〕2号");
    assertThat(plan.preamble()).containsExactly("各村（居）委会，镇属各单位：",
        "现将《红枫镇2024年重点工作任务分解方案》印发给你们，请各牵头单位于每季度末报送进展情况。", "红枫镇人民政府", "2024年3月1日");
    assertThat(texts(plan)).containsExactly("新建村级党群服务中心3个", "完成农村公路提档升级25公里");
    assertThat(plan.initiatives()).extracting(i -> lead(plan, i)).containsExactly("党建办", "规划建设办");
    assertThat(plan.initiatives()).extracting(i -> i.extensions().get(ResponsibilityPass.LEADER_EXTENSION))
        .containsExactly(ExtensionValue.string("王书记"), ExtensionValue.string("李镇长"));
    assertThat(dues(plan)).containsExactly("2024-09-30", "2024-12-31");
    assertThat(plan.units()).extracting(OrganizationalUnit::name).containsExactly("党建办", "规划建设办");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 新建村级党群服务中心 COUNT EXACTLY 3 个", "s1.g1.i2.k1 农村公路提档升级 QUANTITY EXACTLY 25 公里");
    noIndicatorWith(plan, "1", "2");
  }

  @Test
  void partsHeadTheSectionsAndTheNumberedItemsUnderThemAreGoals() throws IOException {
    Plan plan = read("29-parts.txt").plan();
    assertThat(plan.title()).isEqualTo("南溪区2024年工作报告");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("南溪区");
    assertThat(plan.sections()).extracting(s -> s.number().orElseThrow().marker() + "|" + s.title())
        .containsExactly("第一部分|2023年工作回顾", "第二部分|2024年工作安排");
    assertThat(plan.sections().get(0).goals()).singleElement().satisfies(g -> assertThat(g.name()).isEmpty());
    assertThat(plan.sections().get(1).goals()).extracting(g -> g.number().orElseThrow().marker() + g.name())
        .containsExactly("一、抓好稳增长", "二、抓好惠民生");
    assertThat(indicators(plan)).containsExactly(
        "s2.g1.i1.k1 引进亿元以上产业项目 COUNT EXACTLY 18 个",
        "s2.g1.i1.k2 外贸进出口总额 PERCENTAGE EXACTLY 6 %",
        "s2.g2.i2.k1 新建中小学校 COUNT EXACTLY 3 所",
        "s2.g2.i4.k1 新增三级医院 COUNT EXACTLY 1 家",
        "s2.g2.i4.k2 每千人口执业医师数 COUNT AT_LEAST 3.2 人");
    noIndicatorWith(plan, "86", "6200");
  }

  @Test
  void aDecimalOutlineNestsByItsParts() throws IOException {
    Plan plan = read("30-decimal-outline.md").plan();
    assertThat(plan.title()).isEqualTo("西林区2024年生态环境保护工作计划");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("西林区");
    assertThat(plan.sections()).extracting(s -> s.number().orElseThrow().label() + "|" + s.title())
        .containsExactly("1|总体要求", "2|重点任务");
    assertThat(plan.sections().get(1).goals()).extracting(g -> g.number().orElseThrow().label() + "|" + g.name())
        .containsExactly("2.1|大气污染防治", "2.2|水污染防治", "2.3|土壤污染防治");
    assertThat(texts(plan)).contains("2.1.1 完成挥发性有机物治理企业45家。", "受污染耕地安全利用率稳定在93%以上。");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 空气质量优良天数比率 PERCENTAGE AT_LEAST 88 %",
        "s1.g1.i1.k2 地表水国控断面水质优良比例 PERCENTAGE EXACTLY 80 %",
        "s2.g1.i1.k1 挥发性有机物治理企业 COUNT EXACTLY 45 家",
        "s2.g1.i2.k1 淘汰国三及以下排放标准柴油货车 COUNT EXACTLY 300 辆",
        "s2.g2.i1.k1 新建污水管网 QUANTITY EXACTLY 18 公里",
        "s2.g2.i1.k2 城市生活污水集中收集率 PERCENTAGE AT_LEAST 75 %",
        "s2.g3.i1.k1 受污染耕地安全利用率 PERCENTAGE AT_LEAST 93 %");
    noIndicatorWith(plan, "1", "2", "2.1");
  }

  @Test
  void proseAfterAOneCellPerLineTableIsNoCellOfIt() throws IOException {
    Plan plan = read("31-flat-table-then-prose.txt").plan();
    assertThat(plan.planKind()).isEqualTo(PlanKind.TASK_DECOMPOSITION);
    assertThat(texts(plan)).containsExactly("新建口袋公园5处", "改造农村公路12公里",
        "以上任务由各牵头单位按月报送进展情况，镇党政办负责汇总并通报，确保各项任务按期完成。",
        "各村（社区）要结合实际细化举措，年内完成村级公益设施维修20处。");
    assertThat(dues(plan)).containsExactly("2025-10-31", "2025-12-31", "-", "-");
    assertThat(plan.units()).extracting(OrganizationalUnit::name).containsExactly("镇城建办", "镇农业农村办");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 新建口袋公园 COUNT EXACTLY 5 处",
        "s1.g1.i2.k1 改造农村公路 QUANTITY EXACTLY 12 公里",
        "s1.g1.i4.k1 村级公益设施维修 COUNT EXACTLY 20 处");
  }

  @Test
  void ratesPerUnitHaveASaneUnitNamesLoseTheirCuesAndClosingWordsAreNotes() throws IOException {
    Plan plan = read("32-rates-names-closing.txt").plan();
    assertThat(plan.planKind()).isEqualTo(PlanKind.GOVERNMENT_WORK_REPORT);
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 每个村集体经济组织补助 MONEY EXACTLY 5 万元/村",
        "s1.g1.i1.k2 每户低保家庭每月补贴 MONEY EXACTLY 600 元/户/月",
        "s1.g1.i2.k1 每人每年发放护理补贴 MONEY EXACTLY 1200 元/人/年",
        "s1.g1.i3.k1 新建口袋公园 COUNT EXACTLY 6 处",
        "s1.g1.i3.k2 城镇人口占比 PERCENTAGE AT_LEAST 65 %",
        "s1.g1.i4.k1 新增市场主体 COUNT EXACTLY 300 家",
        "s2.g1.i1.k1 新建养老服务站 COUNT EXACTLY 4 个");
    assertThat(plan.indicators().findFirst().orElseThrow().unit().orElseThrow().normalized()).isEqualTo("CNY*10^4/村");
    assertThat(texts(plan)).noneMatch(t -> t.contains("奋斗") || t.contains("同志们") || t.contains("审议"));
    assertThat(plan.sections().get(1).goals().get(0).initiatives()).extracting(Initiative::text).containsExactly("全镇新建养老服务站4个。");
    assertThat(plan.sourceNotes()).extracting(n -> n.detail())
        .contains(ClosingPass.NOTE_PREFIX + "让我们紧密团结在党中央周围，为建设富裕文明的新柳岸而努力奋斗！",
            ClosingPass.NOTE_PREFIX + "同志们，新的一年任务艰巨，使命光荣。", ClosingPass.NOTE_PREFIX + "以上报告，请予审议。");
  }

  @Test
  void anAnnexTitleSplitOverTwoLinesAndNamingTheBodyIsTheTitle() throws IOException {
    Plan plan = read("33-notice-split-annex.txt").plan();
    assertThat(plan.title()).isEqualTo("柳岸镇2025年优化营商环境工作计划");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("柳岸镇");
    assertThat(plan.preamble()).containsExactly("各村（社区）、镇各部门：", "现将《2025年优化营商环境工作计划》印发给你们，请认真贯彻执行。");
    assertThat(plan.sourceNotes()).extracting(n -> n.detail())
        .contains(TitlePass.REPEAT_PREFIX + "附件：", TitlePass.REPEAT_PREFIX + "柳岸镇2025年优化营商环境", TitlePass.REPEAT_PREFIX + "工作计划");
    assertThat(plan.sections()).extracting(Section::title).containsExactly("提升政务服务");
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 新办企业开办时间 DURATION AT_MOST 1 个工作日",
        "s1.g1.i1.k2 建成综合窗口 COUNT EXACTLY 3 个");
  }

  @Test
  void aPartReportingProgressGivesActualsOfThePlansTargetsForTheirPeriods() throws IOException {
    Plan plan = read("34-plan-with-progress-part.txt").plan();
    assertThat(plan.planKind()).isEqualTo(PlanKind.ANNUAL_WORK_PLAN);
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 新建口袋公园 COUNT EXACTLY 10 处",
        "s1.g1.i1.k2 改造农村公路 QUANTITY EXACTLY 12 公里",
        "s1.g1.i1.k3 新增就业岗位 COUNT EXACTLY 1200 个");
    List<Indicator> ks = plan.indicators().collect(Collectors.toList());
    assertThat(ks.get(0).actuals()).extracting(x -> x.period().end() + "=" + x.value().intValue())
        .containsExactly("2025-03-31=3", "2025-06-30=7");
    assertThat(ks.get(1).actuals()).extracting(x -> x.period().end() + "=" + x.value().intValue()).containsExactly("2025-04-30=4");
    assertThat(ks.get(2).actuals()).extracting(x -> x.period().end() + "=" + x.value().intValue()).containsExactly("2025-05-31=600");
    noIndicatorWith(plan, "3", "4", "5", "600", "7");
  }

  /**
   * A table of 项目名称 | 主要内容: the name is the initiative's short name, the content its text,
   * where its targets are (they were a column extension, and no target was found); written back to
   * Markdown as a 项目名称 column, the table reads the same again.
   */
  @Test
  void aTableThatNamesEachProjectAndStatesItElsewhereGivesTextsAndShortNames() throws IOException {
    ImportResult result = read("35-name-and-content-table.md");
    Plan plan = result.plan();
    assertThat(plan.planKind()).isEqualTo(PlanKind.TASK_DECOMPOSITION);
    assertThat(plan.initiatives()).extracting(i -> i.shortName().orElseThrow())
        .containsExactly("老旧小区改造", "养老服务提升", "道路微循环", "就业帮扶");
    assertThat(texts(plan)).containsExactly("完成老旧小区综合改造15个，惠及居民3200户", "新建社区嵌入式养老服务站6个，新增养老床位不少于200张",
        "打通断头路4条，新增停车泊位1500个", "开发公益性岗位三百个，城镇新增就业1.2万人");
    assertThat(plan.initiatives()).allSatisfy(i -> assertThat(i.extensions().keySet())
        .noneMatch(k -> k.startsWith(PlanDocuments.COLUMN_EXTENSION_PREFIX)));
    assertThat(plan.initiatives()).extracting(i -> lead(plan, i)).containsExactly("区住建局", "区民政局", "区交通局", "区人社局");
    assertThat(dues(plan)).containsExactly("2025-11-30", "2025-12-31", "-", "2025-12-31");
    assertThat(plan.initiatives().toList().get(2).extensions().get(PlanDocuments.DUE_EXTENSION))
        .isEqualTo(org.civicplan.model.ExtensionValue.string("长期坚持"));
    assertThat(indicators(plan)).containsExactly(
        "s1.g1.i1.k1 老旧小区综合改造 COUNT EXACTLY 15 个", "s1.g1.i1.k2 惠及居民 COUNT EXACTLY 3200 户",
        "s1.g1.i2.k1 新建社区嵌入式养老服务站 COUNT EXACTLY 6 个", "s1.g1.i2.k2 新增养老床位 COUNT AT_LEAST 200 张",
        "s1.g1.i3.k1 打通断头路 COUNT EXACTLY 4 条", "s1.g1.i3.k2 新增停车泊位 COUNT EXACTLY 1500 个",
        "s1.g1.i4.k1 开发公益性岗位 COUNT EXACTLY 300 个", "s1.g1.i4.k2 城镇新增就业 COUNT EXACTLY 1.2 万人");
    noIndicatorWith(plan, "2025", "10");

    String markdown = org.civicplan.io.markdown.PlanMarkdown.create().write(plan);
    assertThat(markdown).contains("| 项目名称 | 任务 | 牵头单位 | 配合单位 | 完成时限 |");
    Plan again = PlanDocuments.create().read(new java.io.ByteArrayInputStream(
        markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "again.md").plan();
    assertThat(again.initiatives()).extracting(i -> i.shortName().orElseThrow())
        .containsExactlyElementsOf(plan.initiatives().map(i -> i.shortName().orElseThrow()).toList());
    assertThat(texts(again)).isEqualTo(texts(plan));
  }

  /**
   * Tables of main indicators: each row whose target cell begins with a number is an indicator
   * of the element the table stands in (the plan before the first section, else the section),
   * read as the sentence the row stands for; last year's column and targets that are no number
   * give none, and the rows stay in the text.
   */
  @Test
  void indicatorTablesGiveTheTargetsOfThePlanAndOfTheirSection() throws IOException {
    ImportResult result = read("36-indicator-tables.md");
    Plan plan = result.plan();
    assertThat(plan.targets()).extracting(k -> k.id() + " " + k.name() + " " + k.measureKind() + " "
            + k.target().orElseThrow().comparator() + " " + k.target().orElseThrow().value().toPlainString() + " "
            + k.unit().orElseThrow().written() + " " + k.direction().orElseThrow())
        .containsExactly("t1 地区生产总值 PERCENTAGE ABOUT 6 % INCREASE");
    Section first = plan.sections().get(0);
    assertThat(first.indicators()).extracting(k -> k.id() + " " + k.name() + " " + k.measureKind() + " "
            + k.target().orElseThrow().comparator() + " " + k.target().orElseThrow().value().toPlainString() + " "
            + k.unit().orElseThrow().written())
        .containsExactly("s1.k1 一般公共预算收入 PERCENTAGE EXACTLY 5 %", "s1.k2 城镇新增就业 COUNT AT_LEAST 6 万人",
            "s1.k3 城镇调查失业率 PERCENTAGE AT_MOST 5.5 %", "s1.k4 居民消费价格涨幅 PERCENTAGE BETWEEN 2 %");
    assertThat(first.indicators().get(3).target().orElseThrow().upperValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
    assertThat(first.introduction()).hasSize(6).first().asString().contains("指标名称");
    noIndicatorWith(plan, "5.8", "5.2", "4.1", "6.2", "3.0", "5.1", "0.3");
    assertThat(plan.sections().get(1).goals().get(0).initiatives().get(0).indicators()).hasSize(1);
    assertThat(result.diagnostics()).extracting(ImportDiagnostic::message)
        .anySatisfy(m -> assertThat(m).contains("指标表"));
  }

  /**
   * A bracket or a 责任单位 line at the end of a paragraph names the units of all its sentences
   * that name none; a sentence with its own bracket keeps its own.
   */
  @Test
  void unitsAtTheEndOfAParagraphAreThoseOfEachOfItsSentences() throws IOException {
    Plan plan = read("37-units-after-paragraphs.txt").plan();
    assertThat(plan.initiatives()).extracting(i -> i.text().substring(0, 4) + " " + lead(plan, i) + " "
            + i.supportingUnits().stream().map(id -> plan.unit(id).orElseThrow().name()).toList())
        .containsExactly("新建改扩 区教育局 [区住建局]", "新增学位 区教育局 [区住建局]",
            "建设社区 区卫健委 [各街道]", "为全区老 区卫健委 [各街道]",
            "完成老旧 区住建局 []", "新增公共 区交通委 []");
  }

  @Test
  void textWithoutASentenceIsRefusedWithItsLine() {
    assertThatThrownBy(() -> read("18-links.txt"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("no sentence")
        .satisfies(e -> assertThat(((PlanFormatException) e).line()).isEqualTo(2));
  }
}
