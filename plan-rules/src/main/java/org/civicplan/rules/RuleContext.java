package org.civicplan.rules;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.model.ElementKind;
import org.civicplan.model.Plan;
import org.civicplan.model.PlanNode;
import org.civicplan.model.SourceSpan;

/**
 * What a {@link Rule} sees while it checks one plan: the plan, its nodes by kind (from the model's
 * own navigation, {@link Plan#nodes()}), the rule's thresholds, and the methods that report
 * findings.
 *
 * <p>Message arguments are turned into text before formatting: numbers are written plainly
 * ({@link BigDecimal#toPlainString()}), without grouping separators.
 *
 * <pre>{@code
 * public void check(RuleContext context) {
 *   for (PlanNode node : context.nodes(ElementKind.INDICATOR)) {
 *     Indicator indicator = node.as(Indicator.class);
 *     if (indicator.target().isEmpty()) {
 *       context.report(node, "message", indicator.name());
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>A context belongs to one run of one rule on one plan and is not shared between threads.
 */
public final class RuleContext {
  private final PlanFacts facts;
  private final Rule rule;
  private final Severity severity;
  private final Map<String, Double> thresholds;
  private final List<Finding> sink;

  RuleContext(
      PlanFacts facts,
      Rule rule,
      Severity severity,
      Map<String, Double> thresholds,
      List<Finding> sink) {
    this.facts = facts;
    this.rule = rule;
    this.severity = severity;
    this.thresholds = thresholds;
    this.sink = sink;
  }

  /** @return the plan being checked */
  public Plan plan() {
    return facts.plan();
  }

  /** @return the node of the plan itself */
  public PlanNode root() {
    return facts.root();
  }

  /**
   * @param kind an element kind
   * @return the nodes of that kind, in document order
   */
  public List<PlanNode> nodes(ElementKind kind) {
    return facts.nodes(kind);
  }

  /** @return every node, in document order */
  public List<PlanNode> nodes() {
    return facts.all();
  }

  /**
   * A fact about the plan that several rules need, computed once per validation: the first rule
   * that asks computes it, every later one gets the same value. Use it for work that rules would
   * otherwise each repeat, such as one pass over every text of the plan.
   *
   * <pre>{@code
   * static final RuleContext.Fact<List<PlanNode>> UNTITLED =
   *     context -> context.nodes(ElementKind.SECTION).stream()
   *         .filter(n -> n.as(Section.class).title().isBlank())
   *         .toList();
   *
   * public void check(RuleContext context) {
   *   for (PlanNode node : context.fact(UNTITLED)) {
   *     context.report(node, "message");
   *   }
   * }
   * }</pre>
   *
   * @param fact how to compute the fact; facts are told apart by identity, so keep it in a
   *     {@code static final} field
   * @param <T> the type of the fact
   * @return the fact for the plan being checked
   * @throws RuntimeException whatever computing the fact threw; the fact is then computed again
   *     when the next rule asks
   */
  public <T> T fact(Fact<T> fact) {
    return facts.fact(fact);
  }

  /**
   * How to compute a fact about a plan, for {@link #fact(Fact)}. The context it gets gives the
   * plan and its nodes only: a fact is shared by every rule, so it cannot read thresholds
   * ({@link #threshold} throws) or report findings ({@link #report} throws); keep the value
   * unchanged once computed.
   *
   * @param <T> the type of the fact
   */
  @FunctionalInterface
  public interface Fact<T> {
    /**
     * @param context the plan's nodes
     * @return the fact
     */
    T compute(RuleContext context);
  }

  /**
   * @param name the name of one of the rule's {@link Rule#thresholds()}
   * @return its configured value, or its default
   * @throws IllegalArgumentException if the rule declares no threshold of that name
   */
  public double threshold(String name) {
    Double value = thresholds.get(name);
    if (value == null) {
      throw new IllegalArgumentException(rule.id() + " declares no threshold \"" + name + "\"");
    }
    return value;
  }

  /**
   * Reports a finding about an element at the element's own source span.
   *
   * @param node the element's node
   * @param key the message key, relative to the rule ({@code message}, {@code message.gap}…); the
   *     fix hint is {@code <key>.fix} or else {@code fix}
   * @param args the values the message mentions
   */
  public void report(PlanNode node, String key, Object... args) {
    reportAt(node, null, key, args);
  }

  /**
   * Reports a finding about an element at a given source span, such as the span of a heading or
   * of the line where a paragraph broke off.
   *
   * @param node the element's node
   * @param span where in the source; {@code null} for the element's own span
   * @param key the message key, relative to the rule
   * @param args the values the message mentions
   */
  public void reportAt(PlanNode node, SourceSpan span, String key, Object... args) {
    Object[] texts = Arrays.stream(args).map(RuleContext::plain).toArray();
    SourceSpan where = span != null ? span : node.element().sourceSpan().orElse(null);
    sink.add(
        new Finding(
            rule.id(),
            severity,
            format(Language.ZH, key, texts),
            format(Language.EN, key, texts),
            node.id(),
            node.kind(),
            node.pointer(),
            where,
            fix(Language.ZH, key, texts),
            fix(Language.EN, key, texts),
            facts.orderOf(node),
            sink.size()));
  }

  private String format(Language language, String key, Object[] args) {
    Optional<String> pattern = rule.text(language, key);
    if (pattern.isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (Object a : args) {
        parts.add(String.valueOf(a));
      }
      return rule.title(language) + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
    }
    return formatPattern(pattern.get(), language, args);
  }

  private String fix(Language language, String key, Object[] args) {
    Optional<String> pattern = rule.text(language, key + ".fix").or(() -> rule.text(language, "fix"));
    return pattern.map(p -> formatPattern(p, language, args)).orElse(null);
  }

  static String formatPattern(String pattern, Language language, Object[] args) {
    try {
      return new MessageFormat(pattern, language.locale()).format(args);
    } catch (IllegalArgumentException e) {
      return pattern;
    }
  }

  private static Object plain(Object value) {
    if (value instanceof BigDecimal d) {
      // Plain notation unless that would spell out a huge run of zeros.
      return d.scale() >= -30 && d.scale() <= 30 ? d.toPlainString() : d.toString();
    }
    if (value instanceof Number n) {
      return n.toString();
    }
    return String.valueOf(value);
  }
}
