package org.civicplan.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A government work plan (工作计划, 工作要点): its title and issuer, period, preamble and vision,
 * numbered sections with their goals and initiatives, and the units that own the work.
 *
 * <p>A plan is an immutable tree. Building it checks only what can never make sense (a null, a
 * blank id, two elements with one id, an end before a start); a plan of poor quality, such as a
 * goal with no initiatives, is still a plan, and the rules module reports what is missing.
 *
 * <p>Every element gets an id that is unique in the plan: elements built without one are given a
 * deterministic id from their position ({@code s2}, {@code s2.g1}, {@code s2.g1.i3}, {@code
 * s2.g1.i3.k1}, units {@code u1}…), skipping ids that are already taken.
 *
 * <pre>{@code
 * Plan plan = Plan.builder()
 *     .title("江苏路街道 2024 年工作计划")
 *     .organization(IssuingOrganization.named("江苏路街道"))
 *     .period(Period.calendarYear(2024))
 *     .vision("和美家园、社区范例")
 *     .addSection(economy)
 *     .build();
 *
 * plan.find("s1.g1").map(PlanNode::pointer);       // Optional["/sections/0/goals/0"]
 * plan.initiatives().count();                      // every initiative, in document order
 * plan.nodes().forEach(node -> System.out.println(node.pointer() + " " + node.kind()));
 * }</pre>
 *
 * <p>Immutable and thread-safe; navigation indexes are built lazily once and then shared.
 */
@Value.Immutable
@PlanStyle
public abstract class Plan implements PlanElement {

  /** The language tag of plans that do not say otherwise. */
  public static final String DEFAULT_LANGUAGE = "zh-CN";

  /** The id of plans built without one. */
  public static final String DEFAULT_ID = "plan";

  Plan() {}

  /** {@inheritDoc} {@value #DEFAULT_ID} when absent. */
  @Override
  @Value.Default
  public String id() {
    return DEFAULT_ID;
  }

  @Override
  public final ElementKind kind() {
    return ElementKind.PLAN;
  }

  /** @return the title as written, such as 江苏路街道 2024 年工作计划 */
  public abstract String title();

  /** @return the issuing organization, if known */
  public abstract Optional<IssuingOrganization> organization();

  /** @return the period the plan covers, if known; usually a calendar year */
  public abstract Optional<Period> period();

  /** @return the kind of document; {@link PlanKind#ANNUAL_WORK_PLAN} unless set */
  @Value.Default
  public PlanKind planKind() {
    return PlanKind.ANNUAL_WORK_PLAN;
  }

  /** @return the BCP 47 language tag of the plan's text; {@value #DEFAULT_LANGUAGE} unless set */
  @Value.Default
  public String language() {
    return DEFAULT_LANGUAGE;
  }

  /** @return the paragraphs before the first section */
  public abstract List<String> preamble();

  /**
   * The plan's main targets (主要预期目标), such as those a preamble states in one paragraph
   * ({@code 地区生产总值增长6%以上，…}): indicators of the plan as a whole, not of one initiative.
   * Assigned ids {@code t1}, {@code t2}… when built without one.
   *
   * @return the plan-level targets, in document order
   */
  public abstract List<Indicator> targets();

  /** @return the overall vision or slogan, such as 和美家园、社区范例 (StratML Vision) */
  public abstract Optional<String> vision();

  /** @return the mission statement, if the plan states one (StratML Mission) */
  public abstract Optional<String> mission();

  /** @return the values the plan states, if any (StratML Value) */
  public abstract List<String> values();

  /** @return the numbered sections, in document order */
  public abstract List<Section> sections();

  /** @return the organizational units that can own work, referred to by initiatives */
  public abstract List<OrganizationalUnit> units();

  /** @return whether the plan is a draft, adopted or superseded, if known */
  public abstract Optional<PlanStatus> status();

  /** @return the plan's version as its issuer names it, if any */
  public abstract Optional<String> version();

  /**
   * The document number (发文字号) of the official document that issued the plan, such as
   * {@code 蔡政办〔2023〕1号}.
   *
   * @return the document number as written, if the source gives one
   */
  public abstract Optional<String> documentNumber();

  /** @return the day the plan was adopted, if known */
  public abstract Optional<LocalDate> adoptedOn();

  /** @return the document the plan was read from, if any */
  public abstract Optional<SourceDocument> source();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Plan}; {@code build()} assigns missing ids and checks that ids are unique.
   * Not thread-safe.
   */
  public static class Builder extends ImmutablePlan.Builder {}

  // ---- navigation -------------------------------------------------------------------------

  /**
   * Every element of the plan in document order: the plan, its {@link #targets() targets}, then
   * each section followed by its own indicators and its goals, each goal by its own indicators
   * and its initiatives, each initiative by its indicators; the units last.
   *
   * @return a stream of nodes, each with its element, JSON-Pointer path and parent
   */
  public final Stream<PlanNode> nodes() {
    return index().nodes().stream();
  }

  /**
   * Looks an element up by id.
   *
   * @param id an element id
   * @return the node of the element with that id, if there is one
   */
  public final Optional<PlanNode> find(String id) {
    return Optional.ofNullable(index().byId(id));
  }

  /**
   * Looks an element up by its JSON-Pointer path, such as {@code /sections/1/goals/0}; the empty
   * string is the plan itself.
   *
   * @param pointer a JSON Pointer (RFC 6901)
   * @return the node at that path, if it names an element
   */
  public final Optional<PlanNode> resolve(String pointer) {
    return Optional.ofNullable(index().byPointer(pointer));
  }

  /**
   * The JSON-Pointer path of an element of this plan.
   *
   * @param element an element
   * @return its path, such as {@code /sections/1/goals/0/initiatives/2}, or empty if the element
   *     is not part of this plan
   */
  public final Optional<String> pointerOf(PlanElement element) {
    return find(element.id()).filter(n -> n.element().equals(element)).map(PlanNode::pointer);
  }

  /** @return every goal, in document order */
  public final Stream<Goal> goals() {
    return sections().stream().flatMap(s -> s.goals().stream());
  }

  /** @return every initiative, in document order */
  public final Stream<Initiative> initiatives() {
    return goals().flatMap(g -> g.initiatives().stream());
  }

  /**
   * Every indicator of the plan, whatever element states it, in document order: the plan's
   * {@link #targets()}, then per section its own {@link Section#indicators()}, per goal its own
   * {@link Goal#indicators()} and those of its initiatives.
   *
   * @return every indicator, in document order
   */
  public final Stream<Indicator> indicators() {
    return Stream.concat(
        targets().stream(),
        sections().stream().flatMap(s -> Stream.concat(
            s.indicators().stream(),
            s.goals().stream().flatMap(g -> Stream.concat(
                g.indicators().stream(),
                g.initiatives().stream().flatMap(i -> i.indicators().stream()))))));
  }

  /**
   * @param id a unit id
   * @return the unit with that id, if the plan declares one
   */
  public final Optional<OrganizationalUnit> unit(String id) {
    return find(id).map(PlanNode::element)
        .filter(OrganizationalUnit.class::isInstance)
        .map(OrganizationalUnit.class::cast);
  }

  @Value.Lazy
  PlanIndex index() {
    return new PlanIndex(this);
  }

  @Value.Check
  Plan normalize() {
    Checks.checkElement(this);
    Checks.checkSiblingIds(sections(), "sections");
    Checks.checkSiblingIds(units(), "units");
    Checks.checkSiblingIds(targets(), "targets");
    Checks.require(!language().isBlank(), "a plan's language tag is blank");
    return IdAssigner.normalizeIds(this);
  }
}
