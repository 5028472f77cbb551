package org.civicplan.rules.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.model.ElementKind;
import org.civicplan.model.Goal;
import org.civicplan.model.Numbering;
import org.civicplan.model.PlanNode;
import org.civicplan.model.Section;
import org.civicplan.model.SourceNote;
import org.civicplan.rules.RuleContext;

/** The numbered levels of a plan (sections, goals) as the model's navigation gives them. */
final class Levels {
  private Levels() {}

  /** The element kinds that carry numbers and headings, outermost first. */
  static final List<ElementKind> NUMBERED = List.of(ElementKind.SECTION, ElementKind.GOAL);

  /** @return the nodes of {@code kind} grouped by parent (siblings), in document order */
  static List<List<PlanNode>> siblings(RuleContext context, ElementKind kind) {
    Map<String, List<PlanNode>> groups = new LinkedHashMap<>();
    for (PlanNode node : context.nodes(kind)) {
      String parent = node.parent().map(PlanNode::pointer).orElse("");
      groups.computeIfAbsent(parent, k -> new ArrayList<>()).add(node);
    }
    return new ArrayList<>(groups.values());
  }

  static Optional<Numbering> number(PlanNode node) {
    if (node.element() instanceof Section s) {
      return s.number();
    }
    if (node.element() instanceof Goal g) {
      return g.number();
    }
    return Optional.empty();
  }

  /** @return the element's HEADING_MARKUP note, if the importer recorded one */
  static Optional<SourceNote> headingMarkup(PlanNode node) {
    for (SourceNote note : node.element().sourceNotes()) {
      if (note.kind() == SourceNote.Kind.HEADING_MARKUP) {
        return Optional.of(note);
      }
    }
    return Optional.empty();
  }

  /**
   * The Markdown heading level of a markup detail: the number of leading {@code #}s ({@code ## …},
   * {@code #### **…**}, or just {@code ##}); 0 for a paragraph lead-in ({@code …}, {@code **…**},
   * {@code __…__}); -1 for markup of any other form, which the heading rules leave alone rather
   * than guess about.
   */
  static int headingLevel(String markup) {
    String m = markup.strip();
    int n = 0;
    while (n < m.length() && m.charAt(n) == '#') {
      n++;
    }
    String rest = m.substring(n).strip();
    boolean known =
        rest.isEmpty() && n > 0
            || rest.equals("…")
            || rest.equals("**…**")
            || rest.equals("__…__");
    return known && n <= 6 ? n : -1;
  }

  /** @return whether a markup detail sets the heading text in bold ({@code **…**} or {@code __…__}) */
  static boolean bold(String markup) {
    String m = markup.substring(headingLevel(markup)).strip();
    return (m.startsWith("**") && m.endsWith("**") && m.length() >= 4)
        || (m.startsWith("__") && m.endsWith("__") && m.length() >= 4);
  }

  /**
   * The usual value among {@code values}: the most frequent; on a tie, the one that comes first in
   * the document.
   */
  static <T> T usual(List<T> values) {
    Map<T, Integer> counts = new LinkedHashMap<>();
    for (T v : values) {
      counts.merge(v, 1, Integer::sum);
    }
    T best = null;
    int bestCount = -1;
    for (Map.Entry<T, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }
}
