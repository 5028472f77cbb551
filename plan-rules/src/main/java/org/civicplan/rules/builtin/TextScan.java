package org.civicplan.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.model.Initiative;
import org.civicplan.model.PlanNode;
import org.civicplan.model.quantity.Quantity;
import org.civicplan.model.quantity.QuantityContext;
import org.civicplan.model.quantity.QuantityScanner;
import org.civicplan.rules.RuleContext;

/**
 * Every text of a plan read once for all the rules that look at texts as written: the text rules
 * (brackets, punctuation width, leftover Markdown, invalid characters) and the initiative rules
 * that read an initiative's text (blank text, promised quantities). Shared through {@link
 * RuleContext#fact}, so a plan's texts are walked once per validation instead of once per rule;
 * on a large plan that walk, not the scanning, is what costs (every node, element and string is a
 * likely cache miss).
 *
 * <p>Holds only what a rule reports: most texts have nothing to say. Immutable once computed.
 */
final class TextScan {
  /** The scan of the plan being checked. */
  static final RuleContext.Fact<TextScan> FACT = TextScan::new;

  /** Something found in one text field of an element. */
  record Hit<T>(PlanNode node, TextFields.Field field, T found) {}

  /** Found in a text: a mixed-width punctuation mark, the first one and how many. */
  record Mixed(int first, int count) {}

  /** Found in a text: leftover Markdown, the marker and where it starts. */
  record Stray(String marker, int at) {}

  final List<Hit<TextRules.UnbalancedBrackets.Unpaired>> brackets = new ArrayList<>();
  final List<Hit<Mixed>> punctuation = new ArrayList<>();
  final List<Hit<Stray>> markdown = new ArrayList<>();
  /** The UTF-16 index of the first invalid character. */
  final List<Hit<Integer>> invalid = new ArrayList<>();
  /** Initiatives whose text is blank. */
  final List<PlanNode> blankInitiatives = new ArrayList<>();
  /**
   * Initiatives whose text promises quantities, with the quantities (in the field {@code text}):
   * the readable targets of the model's {@link QuantityScanner} in the initiative's {@link
   * QuantityContext}, the same the importer turns into indicators (counts of the plan's parts, size
   * classes, names, meeting counts, baselines, results and unreadable quantities are left out, as
   * the importer leaves them out).
   */
  final List<Hit<List<Quantity>>> quantities = new ArrayList<>();

  /** The node whose texts are being read. */
  private PlanNode current;

  private TextScan(RuleContext context) {
    TextFields.Visitor scanner = this::scan;
    for (PlanNode node : context.nodes()) {
      current = node;
      TextFields.forEach(node, scanner);
      if (node.element() instanceof Initiative i) {
        String text = i.text();
        if (text.isBlank()) {
          blankInitiatives.add(node);
        }
        List<Quantity> promised = QuantityScanner.scan(text);
        if (!promised.isEmpty()) {
          promised = targets(QuantityContext.of(node), text, promised);
        }
        if (!promised.isEmpty()) {
          quantities.add(new Hit<>(node, new TextFields.Field("text", text), promised));
        }
      }
    }
    current = null;
  }

  private static List<Quantity> targets(QuantityContext context, String text, List<Quantity> found) {
    List<Quantity> targets = new ArrayList<>(found.size());
    QuantityContext.Statements statements = context.statements(text);
    for (Quantity q : found) {
      if (q.isTarget() && statements.role(q) == Quantity.Role.TARGET) {
        targets.add(q);
      }
    }
    return targets;
  }

  /** Scans one text of the current node; a field is built only for a text with something to report. */
  private void scan(String name, String text) {
    TextRules.UnbalancedBrackets.Unpaired unpaired = TextRules.UnbalancedBrackets.firstProblem(text);
    if (unpaired != null) {
      brackets.add(new Hit<>(current, new TextFields.Field(name, text), unpaired));
    }
    Mixed mixed = TextRules.MixedPunctuationWidth.find(text);
    if (mixed != null) {
      punctuation.add(new Hit<>(current, new TextFields.Field(name, text), mixed));
    }
    Stray stray = TextRules.StrayMarkdown.find(text);
    if (stray != null) {
      markdown.add(new Hit<>(current, new TextFields.Field(name, text), stray));
    }
    int bad = TextRules.InvalidCharacters.find(text);
    if (bad >= 0) {
      invalid.add(new Hit<>(current, new TextFields.Field(name, text), bad));
    }
  }
}
