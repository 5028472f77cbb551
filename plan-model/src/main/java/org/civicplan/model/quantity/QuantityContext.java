package org.civicplan.model.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.civicplan.model.Goal;
import org.civicplan.model.Plan;
import org.civicplan.model.PlanKind;
import org.civicplan.model.PlanNode;
import org.civicplan.model.Section;

/**
 * Where a text stands in its plan, as far as that decides what its quantities are: the plan's
 * year, whether the text is in the preamble, the body or a review (a section or goal headed
 * 工作回顾, 成绩单, 完成情况…, or a whole 工作总结), and whether the plan is a progress report. With
 * the words of {@link QuantityScanner} (plan parts, size classes, names, meetings, baselines) and
 * of {@link TargetCues} (results), it tells the {@link Quantity.Role} of every quantity of a text.
 * The importer's target pass and the rule {@code target/quantity-without-indicator} both ask it,
 * so they agree on what is a target.
 *
 * <pre>{@code
 * QuantityContext body = new QuantityContext(2024, QuantityContext.Part.BODY, false);
 * body.scan("累计建成示范点8个，新建2个睦邻点");   // 8个 RESULT, 2个 TARGET
 * QuantityContext preamble = new QuantityContext(2024, QuantityContext.Part.PREAMBLE, false);
 * preamble.scan("全区共有社区卫生服务中心12个");   // 12个 RESULT: the preamble needs a target cue
 * QuantityContext.of(plan.find("s1.g1.i1").orElseThrow());  // the context of an element of a plan
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param planYear the plan's year, if known (a year before it is a result cue)
 * @param part where the text stands
 * @param progressReport whether the plan reports progress (执行情况, 进展情况): a part of the year
 *     (一季度, 上半年) before a number then makes it a result
 */
public record QuantityContext(Integer planYear, Part part, boolean progressReport) {

  /** Where a text stands in its plan. */
  public enum Part {
    /**
     * Before the first section: a quantity is a target only when the last cue before it in its
     * paragraph is a target cue (主要预期目标, 力争, 今年, the plan's year…).
     */
    PREAMBLE,
    /** A section, goal or initiative: a quantity is a target unless a result cue stands before it. */
    BODY,
    /** A review section or goal, or a review document: every quantity is a result. */
    REVIEW
  }

  /** @throws NullPointerException if {@code part} is null */
  public QuantityContext {
    Objects.requireNonNull(part, "part");
  }

  /**
   * The context of an element's texts: its plan's year (the year its period starts in), whether it
   * stands in a review (its own or an enclosing section's title or goal's name, see {@link
   * TargetCues#isReviewHeading}; or the plan's title, see {@link TargetCues#isReviewTitle}), and
   * whether the plan is a {@link PlanKind#PROGRESS_REPORT}. The plan itself stands in {@link
   * Part#PREAMBLE}.
   *
   * @param node a node of a plan
   * @return its context
   */
  public static QuantityContext of(PlanNode node) {
    boolean review = false;
    PlanNode at = node;
    while (at.parent().isPresent()) {
      if (at.element() instanceof Section s) {
        review |= TargetCues.isReviewHeading(s.title());
      } else if (at.element() instanceof Goal g) {
        review |= TargetCues.isReviewHeading(g.name());
      }
      at = at.parent().get();
    }
    Plan plan = (Plan) at.element();
    Integer year = plan.period().map(p -> p.start().getYear()).orElse(null);
    Part part = node == at ? Part.PREAMBLE : review || TargetCues.isReviewTitle(plan.title()) ? Part.REVIEW : Part.BODY;
    return new QuantityContext(year, part, plan.planKind() == PlanKind.PROGRESS_REPORT);
  }

  /**
   * The quantities of a text with their roles in this context: those of {@link
   * QuantityScanner#scan}, with each target stated as a result made {@link Quantity.Role#RESULT}.
   *
   * @param text a sentence (an initiative's text) or a paragraph (of the preamble)
   * @return the quantities, in text order
   */
  public List<Quantity> scan(CharSequence text) {
    List<Quantity> found = QuantityScanner.scan(text);
    if (found.isEmpty()) {
      return found;
    }
    List<Quantity> out = new ArrayList<>(found.size());
    Statements statements = statements(text);
    for (Quantity q : found) {
      Quantity.Role role = statements.role(q);
      out.add(role == q.role() ? q : q.withRole(role));
    }
    return out;
  }

  /**
   * How the quantities of one text are stated, read once left to right: for the quantities of a
   * text in text order, {@code statements(text).statesResult(at)} reads each character once where
   * {@link #statesResult(CharSequence, int)} per quantity reads the text from its start again.
   *
   * @param text a text
   * @return its statements in this context; not thread-safe
   */
  public Statements statements(CharSequence text) {
    return new Statements(text);
  }

  /** The quantities of one text in a context (see {@link #statements}). Not thread-safe. */
  public final class Statements {
    private final TargetCues.Reader cues;

    private Statements(CharSequence text) {
      this.cues = part == Part.REVIEW ? null : TargetCues.reader(text, planYear);
    }

    /**
     * @param at where a quantity starts in the text
     * @return what {@link QuantityContext#statesResult(CharSequence, int)} says for it
     */
    public boolean statesResult(int at) {
      return cues == null || QuantityContext.this.statesResult(cues.before(at));
    }

    /**
     * @param q one of the text's quantities
     * @return what {@link QuantityContext#role(CharSequence, Quantity)} says for it
     */
    public Quantity.Role role(Quantity q) {
      if (q.role() != Quantity.Role.TARGET) {
        return q.role();
      }
      return statesResult(q.start()) ? Quantity.Role.RESULT : Quantity.Role.TARGET;
    }
  }

  /**
   * @param text the text {@code q} was scanned from
   * @param q one of its quantities
   * @return its role here: its own ({@link Quantity#role()}) unless that is a target stated as a
   *     result, which is {@link Quantity.Role#RESULT}
   */
  public Quantity.Role role(CharSequence text, Quantity q) {
    return statements(text).role(q);
  }

  /**
   * @param text a text
   * @param at where a quantity starts in it (the number, or 约/百分之 before it)
   * @return whether a quantity there is stated as a result in this context: always in a review,
   *     without a target cue before it in the preamble, with a result cue (in a progress report
   *     also a period cue) before it elsewhere
   */
  public boolean statesResult(CharSequence text, int at) {
    if (part == Part.REVIEW) {
      return true;
    }
    return statesResult(TargetCues.before(text, at, planYear));
  }

  private boolean statesResult(TargetCues.Cue cue) {
    if (part == Part.REVIEW) {
      return true;
    }
    if (part == Part.PREAMBLE) {
      return cue != TargetCues.Cue.TARGET;
    }
    return cue == TargetCues.Cue.RESULT || (progressReport && cue == TargetCues.Cue.PERIOD);
  }
}
