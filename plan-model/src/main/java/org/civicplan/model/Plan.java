package org.civicplan.model;

import java.util.Map;
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

  // ---- copies with one attribute changed (implemented by the generated class) ------------

  /**
   * A copy with {@link #sourceSpan()} replaced, sharing every other attribute unchanged.
   *
   * @param sourceSpan the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withSourceSpan(SourceSpan sourceSpan);

  /**
   * A copy with {@link #sourceSpan()} replaced, sharing every other attribute unchanged.
   *
   * @param sourceSpan the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withSourceSpan(Optional<? extends SourceSpan> sourceSpan);

  /**
   * A copy with {@link #sourceNotes()} replaced, sharing every other attribute unchanged.
   *
   * @param sourceNotes the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withSourceNotes(Iterable<? extends SourceNote> sourceNotes);

  /**
   * A copy with {@link #extensions()} replaced, sharing every other attribute unchanged.
   *
   * @param extensions the new entries
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withExtensions(Map<String, ? extends ExtensionValue> extensions);

  /**
   * A copy with {@link #id()} replaced, sharing every other attribute unchanged.
   *
   * @param id the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withId(String id);

  /**
   * A copy with {@link #title()} replaced, sharing every other attribute unchanged.
   *
   * @param title the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withTitle(String title);

  /**
   * A copy with {@link #organization()} replaced, sharing every other attribute unchanged.
   *
   * @param organization the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withOrganization(IssuingOrganization organization);

  /**
   * A copy with {@link #organization()} replaced, sharing every other attribute unchanged.
   *
   * @param organization the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withOrganization(Optional<? extends IssuingOrganization> organization);

  /**
   * A copy with {@link #period()} replaced, sharing every other attribute unchanged.
   *
   * @param period the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withPeriod(Period period);

  /**
   * A copy with {@link #period()} replaced, sharing every other attribute unchanged.
   *
   * @param period the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withPeriod(Optional<? extends Period> period);

  /**
   * A copy with {@link #planKind()} replaced, sharing every other attribute unchanged.
   *
   * @param planKind the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withPlanKind(PlanKind planKind);

  /**
   * A copy with {@link #language()} replaced, sharing every other attribute unchanged.
   *
   * @param language the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withLanguage(String language);

  /**
   * A copy with {@link #preamble()} replaced, sharing every other attribute unchanged.
   *
   * @param preamble the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withPreamble(Iterable<String> preamble);

  /**
   * A copy with {@link #vision()} replaced, sharing every other attribute unchanged.
   *
   * @param vision the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withVision(String vision);

  /**
   * A copy with {@link #vision()} replaced, sharing every other attribute unchanged.
   *
   * @param vision the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withVision(Optional<String> vision);

  /**
   * A copy with {@link #mission()} replaced, sharing every other attribute unchanged.
   *
   * @param mission the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withMission(String mission);

  /**
   * A copy with {@link #mission()} replaced, sharing every other attribute unchanged.
   *
   * @param mission the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withMission(Optional<String> mission);

  /**
   * A copy with {@link #values()} replaced, sharing every other attribute unchanged.
   *
   * @param values the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withValues(Iterable<String> values);

  /**
   * A copy with {@link #sections()} replaced, sharing every other attribute unchanged.
   *
   * @param sections the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withSections(Iterable<? extends Section> sections);

  /**
   * A copy with {@link #units()} replaced, sharing every other attribute unchanged.
   *
   * @param units the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withUnits(Iterable<? extends OrganizationalUnit> units);

  /**
   * A copy with {@link #targets()} replaced, sharing every other attribute unchanged.
   *
   * @param targets the new value
   * @return the copy
   */
  public abstract Plan withTargets(Iterable<? extends Indicator> targets);

  /**
   * A copy with {@link #documentNumber()} replaced, sharing every other attribute unchanged.
   *
   * @param documentNumber the new value
   * @return the copy
   */
  public abstract Plan withDocumentNumber(String documentNumber);

  /**
   * A copy with {@link #documentNumber()} replaced, sharing every other attribute unchanged.
   *
   * @param documentNumber the new value
   * @return the copy
   */
  public abstract Plan withDocumentNumber(Optional<String> documentNumber);

  /**
   * A copy with {@link #status()} replaced, sharing every other attribute unchanged.
   *
   * @param status the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withStatus(PlanStatus status);

  /**
   * A copy with {@link #status()} replaced, sharing every other attribute unchanged.
   *
   * @param status the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withStatus(Optional<? extends PlanStatus> status);

  /**
   * A copy with {@link #version()} replaced, sharing every other attribute unchanged.
   *
   * @param version the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withVersion(String version);

  /**
   * A copy with {@link #version()} replaced, sharing every other attribute unchanged.
   *
   * @param version the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withVersion(Optional<String> version);

  /**
   * A copy with {@link #adoptedOn()} replaced, sharing every other attribute unchanged.
   *
   * @param adoptedOn the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withAdoptedOn(LocalDate adoptedOn);

  /**
   * A copy with {@link #adoptedOn()} replaced, sharing every other attribute unchanged.
   *
   * @param adoptedOn the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withAdoptedOn(Optional<? extends LocalDate> adoptedOn);

  /**
   * A copy with {@link #source()} replaced, sharing every other attribute unchanged.
   *
   * @param source the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withSource(SourceDocument source);

  /**
   * A copy with {@link #source()} replaced, sharing every other attribute unchanged.
   *
   * @param source the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Plan withSource(Optional<? extends SourceDocument> source);

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

  // ---- changing a plan --------------------------------------------------------------------

  /**
   * A new plan with one element changed: the element with {@code id} is passed to {@code change}
   * and the plan is rebuilt around what it returns. Only the element's ancestors are rebuilt;
   * everything else (sibling elements, source spans, lists that do not change) is shared with
   * this plan, which is itself left unchanged.
   *
   * <pre>{@code
   * Plan done = plan.update("s1.g1.i1", Initiative.class, i -> i.withStatus(InitiativeStatus.DONE));
   * Plan led = plan.update("s1.g1.i2", Initiative.class, i -> i.withLeadUnit("u1"));
   * Plan recorded = plan.update("s1.g1.i1.k1", Indicator.class,
   *     k -> k.withActuals(List.of(Actual.builder()
   *         .period(Period.calendarYear(2024)).value(new BigDecimal("9")).build())));
   * }</pre>
   *
   * <p>The new plan is checked like any other: if the change gives the element an id that another
   * element has, this throws; an element returned without an id gets one from its position.
   *
   * @param id the id of the element to change
   * @param type the element's type, such as {@code Initiative.class} (or {@code
   *     PlanElement.class} for any)
   * @param change gives the changed element from the current one; must keep its kind
   * @param <T> the element's type
   * @return the new plan; this plan itself if {@code change} returns the element unchanged
   * @throws java.util.NoSuchElementException if no element of the plan has that id
   * @throws IllegalArgumentException if the element is not a {@code type}, if the change gives
   *     an element of another kind, or if the new plan is not valid (such as a repeated id)
   */
  public final <T extends PlanElement> Plan update(
      String id, Class<T> type, java.util.function.Function<? super T, ? extends T> change) {
    java.util.Objects.requireNonNull(id, "id");
    java.util.Objects.requireNonNull(type, "type");
    java.util.Objects.requireNonNull(change, "change");
    PlanNode node = find(id).orElseThrow(() -> new java.util.NoSuchElementException(
        "the plan has no element with id \"" + id + "\""));
    if (!type.isInstance(node.element())) {
      throw new IllegalArgumentException(String.format(
          "element \"%s\" at \"%s\" is a %s, not of type %s",
          id, node.pointer(), describe(node.kind()), type.getSimpleName()));
    }
    T changed = change.apply(type.cast(node.element()));
    return replaceAt(node, changed, "the change of element \"" + id + "\"");
  }

  /**
   * A new plan with the element at a JSON-Pointer path replaced by another of the same kind;
   * like {@link #update}, it shares everything but the element's ancestors with this plan.
   *
   * <pre>{@code
   * Plan renamed = plan.replace("/sections/0/goals/1", plan.resolve("/sections/0/goals/1")
   *     .orElseThrow().as(Goal.class).withName("做优做强"));
   * }</pre>
   *
   * @param pointer the path of the element to replace, such as {@code /sections/0/goals/1}; the
   *     empty string for the plan itself
   * @param element the new element, of the kind of the one it replaces
   * @return the new plan
   * @throws java.util.NoSuchElementException if the pointer names no element of the plan
   * @throws IllegalArgumentException if the element is of another kind, or if the new plan is not
   *     valid (such as a repeated id)
   */
  public final Plan replace(String pointer, PlanElement element) {
    java.util.Objects.requireNonNull(pointer, "pointer");
    PlanNode node = resolve(pointer).orElseThrow(() -> new java.util.NoSuchElementException(
        "the pointer \"" + pointer + "\" names no element of the plan"));
    return replaceAt(node, element, "the replacement at \"" + pointer + "\"");
  }

  private Plan replaceAt(PlanNode node, PlanElement changed, String what) {
    if (changed == null) {
      throw new IllegalArgumentException(what + " is null");
    }
    if (changed.kind() != node.kind()) {
      throw new IllegalArgumentException(String.format(
          "%s is a %s, but the element at \"%s\" is a %s",
          what, describe(changed.kind()), node.pointer(), describe(node.kind())));
    }
    if (changed == node.element()) {
      return this;
    }
    PlanElement replacement = changed;
    PlanNode at = node;
    while (at.parent().isPresent()) {
      PlanNode parent = at.parent().get();
      replacement = withChild(parent.element(), at.list(), at.index(), replacement);
      at = parent;
    }
    return (Plan) replacement;
  }

  private static PlanElement withChild(
      PlanElement parent, String list, int index, PlanElement child) {
    switch (list) {
      case "sections":
        Plan plan = (Plan) parent;
        return plan.withSections(replaced(plan.sections(), index, (Section) child));
      case "units":
        Plan owner = (Plan) parent;
        return owner.withUnits(replaced(owner.units(), index, (OrganizationalUnit) child));
      case "goals":
        Section section = (Section) parent;
        return section.withGoals(replaced(section.goals(), index, (Goal) child));
      case "initiatives":
        Goal goal = (Goal) parent;
        return goal.withInitiatives(replaced(goal.initiatives(), index, (Initiative) child));
      case "targets":
        Plan targets = (Plan) parent;
        return targets.withTargets(replaced(targets.targets(), index, (Indicator) child));
      case "indicators":
        if (parent instanceof Section s) {
          return s.withIndicators(replaced(s.indicators(), index, (Indicator) child));
        }
        if (parent instanceof Goal g) {
          return g.withIndicators(replaced(g.indicators(), index, (Indicator) child));
        }
        Initiative initiative = (Initiative) parent;
        return initiative.withIndicators(
            replaced(initiative.indicators(), index, (Indicator) child));
      default:
        throw new IllegalStateException("no list \"" + list + "\" in a plan");
    }
  }

  private static <E> List<E> replaced(List<E> list, int index, E element) {
    List<E> copy = new java.util.ArrayList<>(list);
    copy.set(index, element);
    return copy;
  }

  private static String describe(ElementKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
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
    Checks.require(
        !id().isEmpty(), "a plan's id is empty; leave it out to get \"%s\"", DEFAULT_ID);
    Checks.checkSiblingIds(sections(), "sections");
    Checks.checkSiblingIds(units(), "units");
    Checks.checkSiblingIds(targets(), "targets");
    Checks.require(!language().isBlank(), "a plan's language tag is blank");
    return IdAssigner.normalizeIds(this);
  }
}
