package org.civicplan.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicplan.model.Actual;
import org.civicplan.model.Baseline;
import org.civicplan.model.Comparator;
import org.civicplan.model.Direction;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.IndicatorAttribute;
import org.civicplan.model.Initiative;
import org.civicplan.model.InitiativeStatus;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.MeasureUnit;
import org.civicplan.model.Milestone;
import org.civicplan.model.Numbering;
import org.civicplan.model.NumberingStyle;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.Period;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.SourceNote;
import org.civicplan.model.SourceSpan;
import org.civicplan.model.Target;

/**
 * For every built-in rule a plan that triggers it and one that does not, built with the model's
 * builders. Used by the per-rule tests and by the catalogue page's examples.
 */
public final class Fixtures {
  private Fixtures() {}

  /** A rule's failing and passing plan. */
  public record Fixture(String ruleId, Plan failing, Plan passing) {}

  private static final String[] CN = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

  // ---- small builders ------------------------------------------------------------------------

  public static Plan plan(Section... sections) {
    return Plan.builder()
        .title("测试街道 2024 年工作计划")
        .period(Period.calendarYear(2024))
        .addSections(sections)
        .build();
  }

  public static Numbering sectionNumber(int n) {
    return Numbering.of(n, CN[n], NumberingStyle.CHINESE_ENUMERATION_COMMA);
  }

  public static Numbering goalNumber(int n) {
    return Numbering.of(n, CN[n], NumberingStyle.CHINESE_SHI);
  }

  public static Section section(int n, Goal... goals) {
    return Section.builder().number(sectionNumber(n)).title("第" + CN[n] + "部分工作").addGoals(goals).build();
  }

  public static Section sectionWithGoal(int n) {
    return section(n, goal(1, initiative("推进第" + CN[n] + "项重点工作落地见效")));
  }

  public static Goal goal(int n, Initiative... initiatives) {
    return Goal.builder().number(goalNumber(n)).name("目标" + CN[n]).statement("取得实效")
        .addInitiatives(initiatives).build();
  }

  public static Initiative initiative(String text, Indicator... indicators) {
    return Initiative.builder().text(text).addIndicators(indicators).build();
  }

  public static Plan withInitiatives(Initiative... initiatives) {
    return plan(section(1, goal(1, initiatives)));
  }

  public static Plan withIndicator(Indicator indicator) {
    return withInitiatives(initiative("推进精品小区建设", indicator));
  }

  public static Indicator.Builder count(String name) {
    return Indicator.builder().name(name).measureKind(MeasureKind.COUNT);
  }

  public static Target target(String value, String unit) {
    Target.Builder b = Target.builder().comparator(Comparator.EXACTLY).value(new BigDecimal(value));
    if (unit != null) {
      b.unit(MeasureUnit.of(unit));
    }
    return b.build();
  }

  public static SourceSpan line(int line) {
    return SourceSpan.of(line, 1, line, 20, line * 100, line * 100 + 19);
  }

  public static SourceNote note(SourceNote.Kind kind, String detail, int line) {
    return SourceNote.builder().kind(kind).detail(detail).span(line(line)).build();
  }

  static Section headed(int n, String markup, int line) {
    return Section.builder()
        .from(sectionWithGoal(n))
        .sourceSpan(line(line))
        .addSourceNotes(note(SourceNote.Kind.HEADING_MARKUP, markup, line))
        .build();
  }

  static OrganizationalUnit unit(String id, String name) {
    return OrganizationalUnit.builder().id(id).name(name).build();
  }

  static Plan assigned(Initiative initiative, OrganizationalUnit... units) {
    return Plan.builder().from(withInitiatives(initiative)).units(List.of(units)).build();
  }

  static Period quarter(int year, int q) {
    LocalDate start = LocalDate.of(year, 3 * q - 2, 1);
    return Period.of(start, start.plusMonths(3).minusDays(1));
  }

  // ---- the fixtures --------------------------------------------------------------------------

  /** @return one fixture per built-in rule, by rule id */
  public static Map<String, Fixture> all() {
    List<Fixture> f = new ArrayList<>();
    f.add(new Fixture("structure/numbering-gap",
        plan(sectionWithGoal(1), sectionWithGoal(3)),
        plan(sectionWithGoal(1), sectionWithGoal(2))));
    f.add(new Fixture("structure/numbering-duplicate",
        plan(section(1, goal(1, initiative("招商引资")), goal(2, initiative("营商服企")),
            goal(2, initiative("提标扩面")))),
        plan(section(1, goal(1, initiative("招商引资")), goal(2, initiative("营商服企")),
            goal(3, initiative("提标扩面"))))));
    f.add(new Fixture("structure/numbering-order",
        plan(sectionWithGoal(1), sectionWithGoal(3), sectionWithGoal(2)),
        plan(sectionWithGoal(1), sectionWithGoal(2), sectionWithGoal(3))));
    f.add(new Fixture("structure/numbering-missing",
        plan(section(1, goal(1, initiative("招商引资")), goal(2, initiative("营商服企")),
            Goal.builder().name("其他").addInitiatives(initiative("做好其他工作")).build())),
        plan(section(1, goal(1, initiative("招商引资")), goal(2, initiative("营商服企")),
            goal(3, initiative("做好其他工作"))))));
    f.add(new Fixture("structure/mixed-numbering-style",
        plan(sectionWithGoal(1), sectionWithGoal(2),
            Section.builder().from(sectionWithGoal(3))
                .number(Numbering.of(3, "三", NumberingStyle.CHINESE_PARENTHESIZED)).build()),
        plan(sectionWithGoal(1), sectionWithGoal(2), sectionWithGoal(3))));
    f.add(new Fixture("structure/heading-level-inconsistent",
        plan(headed(1, "## …", 7), headed(2, "## **…**", 17), headed(3, "### …", 31)),
        plan(headed(1, "## …", 7), headed(2, "## **…**", 17), headed(3, "## …", 31))));
    f.add(new Fixture("structure/heading-emphasis-mixed",
        plan(headed(1, "## …", 7), headed(2, "## …", 17), headed(3, "## **…**", 31)),
        plan(headed(1, "## …", 7), headed(2, "## …", 17), headed(3, "## …", 31))));
    f.add(new Fixture("structure/empty-section",
        plan(sectionWithGoal(1), section(2)),
        plan(sectionWithGoal(1), sectionWithGoal(2))));
    f.add(new Fixture("structure/section-without-goals",
        plan(sectionWithGoal(1),
            Section.builder().number(sectionNumber(2)).title("民生工作")
                .addIntroduction("坚持以人民为中心，持续增进民生福祉。").build()),
        plan(sectionWithGoal(1), sectionWithGoal(2))));
    f.add(new Fixture("structure/empty-goal",
        plan(section(1, goal(1, initiative("招商引资")),
            Goal.builder().number(goalNumber(2)).name("").build())),
        plan(section(1, goal(1, initiative("招商引资")), goal(2, initiative("营商服企"))))));
    f.add(new Fixture("structure/goal-without-initiatives",
        plan(section(1, Goal.builder().number(goalNumber(1)).name("招商引资")
            .addNarrative("聚焦存量中的增量、增量中的质量。").build())),
        plan(section(1, goal(1, initiative("聚焦存量中的增量、增量中的质量。"))))));
    f.add(new Fixture("structure/empty-initiative",
        withInitiatives(initiative("推进改造"), initiative(" ")),
        withInitiatives(initiative("推进改造"), initiative("加快落地"))));
    f.add(new Fixture("structure/id-not-portable",
        plan(Section.builder().from(sectionWithGoal(1)).id("经济 发展").build()),
        plan(Section.builder().from(sectionWithGoal(1)).id("economy").build())));

    f.add(new Fixture("target/indicator-without-target",
        withIndicator(count("精品小区建设").build()),
        withIndicator(count("精品小区建设").target(target("9", "处")).build())));
    f.add(new Fixture("target/target-without-unit",
        withIndicator(count("精品小区建设").target(target("9", null)).build()),
        withIndicator(count("精品小区建设").target(target("9", "处")).build())));
    f.add(new Fixture("target/percentage-out-of-range",
        withIndicator(Indicator.builder().name("覆盖率").measureKind(MeasureKind.PERCENTAGE)
            .target(target("120", "%")).build()),
        withIndicator(Indicator.builder().name("覆盖率").measureKind(MeasureKind.PERCENTAGE)
            .target(target("95", "%")).build())));
    f.add(new Fixture("target/baseline-contradicts-direction",
        withIndicator(Indicator.builder().name("满意度").measureKind(MeasureKind.PERCENTAGE)
            .baseline(Baseline.builder().value(new BigDecimal("85.5")).build())
            .target(target("80", "%")).direction(Direction.INCREASE).build()),
        withIndicator(Indicator.builder().name("满意度").measureKind(MeasureKind.PERCENTAGE)
            .baseline(Baseline.builder().value(new BigDecimal("85.5")).build())
            .target(target("90", "%")).direction(Direction.INCREASE).build())));
    f.add(new Fixture("target/due-date-outside-period",
        withInitiatives(Initiative.builder().text("完成加梯任务").due(LocalDate.of(2025, 3, 31)).build()),
        withInitiatives(Initiative.builder().text("完成加梯任务").due(LocalDate.of(2024, 12, 31)).build())));
    f.add(new Fixture("target/milestone-outside-period",
        withIndicator(count("精品小区建设").target(target("9", "处"))
            .addMilestones(Milestone.of(quarter(2025, 1), new BigDecimal("9"))).build()),
        withIndicator(count("精品小区建设").target(target("9", "处"))
            .addMilestones(Milestone.of(quarter(2024, 2), new BigDecimal("4"))).build())));
    f.add(new Fixture("target/binding-without-target",
        withIndicator(count("安全生产事故").attribute(IndicatorAttribute.BINDING).build()),
        withIndicator(count("安全生产事故").attribute(IndicatorAttribute.BINDING)
            .target(Target.builder().comparator(Comparator.AT_MOST).value(BigDecimal.ZERO)
                .unit(MeasureUnit.of("起")).build()).build())));
    f.add(new Fixture("target/quantity-without-indicator",
        withInitiatives(initiative("建成3个示范点，打造社区书院")),
        withInitiatives(initiative("建成3个示范点，打造社区书院",
            count("示范点").target(target("3", "个")).build()))));
    f.add(new Fixture("target/negative-quantity",
        withIndicator(count("精品小区建设").target(target("-3", "处")).build()),
        withIndicator(count("精品小区建设").target(target("3", "处")).build())));

    f.add(new Fixture("text/unbalanced-brackets",
        withInitiatives(initiative("开展“小蓝花项目")),
        withInitiatives(initiative("开展“小蓝花”项目，开发《数字人生——数字生活家》课程"))));
    f.add(new Fixture("text/joined-broken-paragraph",
        withInitiatives(Initiative.builder().text("加入全国“钱学森”科学家精神教育基地联合体，打造 2.0 版社区书院。")
            .sourceSpan(SourceSpan.of(27, 1, 29, 14, 2000, 2200))
            .addSourceNotes(note(SourceNote.Kind.JOINED_BROKEN_PARAGRAPH,
                "joined a paragraph broken after “联合体，”", 27)).build()),
        withInitiatives(initiative("加入全国“钱学森”科学家精神教育基地联合体，打造 2.0 版社区书院。"))));
    f.add(new Fixture("text/markup-removed",
        withInitiatives(Initiative.builder().text("推进改造")
            .addSourceNotes(note(SourceNote.Kind.REMOVED_MARKUP, "removed **", 12)).build()),
        withInitiatives(initiative("推进改造"))));
    f.add(new Fixture("text/unplaced-text",
        plan(Section.builder().from(sectionWithGoal(1))
            .addSourceNotes(note(SourceNote.Kind.UNPLACED_TEXT, "完善“家门口”服务阵地体系", 23)).build()),
        plan(sectionWithGoal(1))));
    f.add(new Fixture("text/mixed-punctuation-width",
        withInitiatives(initiative("推进改造,加快落地")),
        withInitiatives(initiative("推进改造，加快落地，做好“一网统管”3.0 版系统升级"))));
    f.add(new Fixture("text/stray-markdown",
        plan(section(1, Goal.builder().from(goal(1, initiative("挖掘更大潜力"))).name("**招商引资").build())),
        plan(section(1, Goal.builder().from(goal(1, initiative("挖掘更大潜力"))).name("招商引资").build()))));
    f.add(new Fixture("text/near-duplicate-initiative",
        plan(section(1,
            goal(1, initiative("持续提升垃圾分类实效，推进新一批标准化垃圾箱房改建。")),
            goal(2, initiative("持续提升垃圾分类实效，推进新一批标准化垃圾箱房改造。")))),
        plan(section(1,
            goal(1, initiative("持续提升垃圾分类实效，推进新一批标准化垃圾箱房改建。")),
            goal(2, initiative("推广可回收物“五精分”回收箱和装修垃圾不落地项目。"))))));
    f.add(new Fixture("text/invalid-characters",
        withInitiatives(initiative("推进\uFFFD改造")),
        withInitiatives(initiative("推进改造🏠"))));

    OrganizationalUnit economy = unit("economy-office", "营商环境办公室");
    OrganizationalUnit housing = unit("housing-office", "房屋管理办公室");
    Initiative led = Initiative.builder().text("推进精品小区建设").leadUnit("housing-office")
        .due(LocalDate.of(2024, 12, 31)).build();
    f.add(new Fixture("assignment/lead-unit-missing",
        assigned(Initiative.builder().text("推进精品小区建设").due(LocalDate.of(2024, 12, 31)).build(), housing),
        assigned(led, housing)));
    f.add(new Fixture("assignment/unit-undeclared",
        assigned(led, economy),
        assigned(led, housing)));
    f.add(new Fixture("assignment/due-date-missing",
        assigned(Initiative.builder().text("推进精品小区建设").leadUnit("housing-office").build(), housing),
        assigned(led, housing)));
    f.add(new Fixture("assignment/duplicate-unit",
        assigned(Initiative.builder().from(led).addSupportingUnits("housing-office").build(), housing),
        assigned(Initiative.builder().from(led).addSupportingUnits("economy-office").build(), housing, economy)));
    f.add(new Fixture("assignment/unit-unused",
        assigned(led, housing, economy),
        assigned(led, housing)));

    Indicator nine = count("精品小区建设").target(target("9", "处")).build();
    f.add(new Fixture("progress/actual-outside-period",
        withIndicator(Indicator.builder().from(nine)
            .addActuals(Actual.builder().period(quarter(2023, 4)).value(new BigDecimal("2")).build()).build()),
        withIndicator(Indicator.builder().from(nine)
            .addActuals(Actual.builder().period(quarter(2024, 1)).value(new BigDecimal("2")).build()).build())));
    f.add(new Fixture("progress/status-contradicts-values",
        withInitiatives(Initiative.builder().text("推进9处精品小区建设").status(InitiativeStatus.DONE)
            .addIndicators(Indicator.builder().from(nine).addActuals(Actual.builder()
                .period(quarter(2024, 4)).value(new BigDecimal("5")).build()).build()).build()),
        withInitiatives(Initiative.builder().text("推进9处精品小区建设").status(InitiativeStatus.DONE)
            .addIndicators(Indicator.builder().from(nine).addActuals(Actual.builder()
                .period(quarter(2024, 4)).value(new BigDecimal("9")).build()).build()).build())));

    f.add(new Fixture("progress/cumulative-actual-decreases",
        withIndicator(Indicator.builder().from(nine)
            .addActuals(Actual.builder().period(quarter(2024, 2)).value(new BigDecimal("5")).build())
            .addActuals(Actual.builder().period(quarter(2024, 3)).value(new BigDecimal("3")).build()).build()),
        withIndicator(Indicator.builder().from(nine)
            .addActuals(Actual.builder().period(quarter(2024, 2)).value(new BigDecimal("5")).build())
            .addActuals(Actual.builder().period(quarter(2024, 3)).value(new BigDecimal("7")).build()).build())));
    f.add(new Fixture("progress/period-reported-twice",
        withIndicator(Indicator.builder().from(nine)
            .addActuals(Actual.builder().period(quarter(2024, 2)).value(new BigDecimal("5")).build())
            .addActuals(Actual.builder().period(quarter(2024, 2)).value(new BigDecimal("6")).build()).build()),
        withIndicator(Indicator.builder().from(nine)
            .addActuals(Actual.builder().period(quarter(2024, 1)).value(new BigDecimal("5")).build())
            .addActuals(Actual.builder().period(quarter(2024, 2)).value(new BigDecimal("6")).build()).build())));
    Indicator reportedQ3 = Indicator.builder().from(nine)
        .addActuals(Actual.builder().period(quarter(2024, 3)).value(new BigDecimal("6")).build()).build();
    f.add(new Fixture("progress/overdue-not-delayed",
        withInitiatives(Initiative.builder().text("推进9处精品小区建设").status(InitiativeStatus.IN_PROGRESS)
            .due(LocalDate.of(2024, 6, 30)).addIndicators(reportedQ3).build()),
        withInitiatives(Initiative.builder().text("推进9处精品小区建设").status(InitiativeStatus.DELAYED)
            .due(LocalDate.of(2024, 6, 30)).addIndicators(reportedQ3).build())));

    Map<String, Fixture> byId = new LinkedHashMap<>();
    for (Fixture x : f) {
      if (byId.put(x.ruleId(), x) != null) {
        throw new IllegalStateException("two fixtures for " + x.ruleId());
      }
    }
    return byId;
  }
}
