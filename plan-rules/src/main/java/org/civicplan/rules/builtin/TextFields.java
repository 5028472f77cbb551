package org.civicplan.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.Plan;
import org.civicplan.model.PlanElement;
import org.civicplan.model.PlanNode;
import org.civicplan.model.Section;

/**
 * The texts of an element as written, with the name of the field each sits in. A goal's narrative
 * is left out when the goal has initiatives: the initiatives are the narrative split up, and
 * checking both would report one flaw twice.
 */
final class TextFields {
  private TextFields() {}

  record Field(String name, String text) {}

  /** Receives the non-empty texts of an element one by one, in the order {@link #of} lists them. */
  interface Visitor {
    void field(String name, String text);
  }

  static List<Field> of(PlanNode node) {
    List<Field> out = new ArrayList<>(2);
    forEach(node, (name, text) -> out.add(new Field(name, text)));
    return out;
  }

  /** Gives {@code visitor} each non-empty text of the element, without building a list. */
  static void forEach(PlanNode node, Visitor visitor) {
    PlanElement e = node.element();
    if (e instanceof Initiative i) {
      visit(visitor, "text", i.text());
      visit(visitor, "shortName", i.shortName());
    } else if (e instanceof Indicator k) {
      visit(visitor, "name", k.name());
    } else if (e instanceof Goal g) {
      visit(visitor, "name", g.name());
      visit(visitor, "statement", g.statement());
      if (g.initiatives().isEmpty()) {
        list(visitor, "narrative", g.narrative());
      }
    } else if (e instanceof Section s) {
      visit(visitor, "title", s.title());
      list(visitor, "introduction", s.introduction());
    } else if (e instanceof OrganizationalUnit u) {
      visit(visitor, "name", u.name());
      visit(visitor, "shortName", u.shortName());
    } else if (e instanceof Plan p) {
      visit(visitor, "title", p.title());
      list(visitor, "preamble", p.preamble());
      visit(visitor, "vision", p.vision());
      visit(visitor, "mission", p.mission());
      list(visitor, "values", p.values());
    }
  }

  private static void visit(Visitor visitor, String name, String text) {
    if (!text.isEmpty()) {
      visitor.field(name, text);
    }
  }

  private static void visit(Visitor visitor, String name, Optional<String> text) {
    if (text.isPresent()) {
      visit(visitor, name, text.get());
    }
  }

  private static void list(Visitor visitor, String name, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      visit(visitor, name + "/" + i, texts.get(i));
    }
  }

  static boolean isIdeograph(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /** CJK ideographs, CJK punctuation (、。「」) and full-width forms (，；：（）). */
  static boolean isWide(int cp) {
    return isIdeograph(cp) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF60)
        || cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '—' || cp == '…';
  }

  static boolean hasIdeograph(String text) {
    return text.codePoints().anyMatch(TextFields::isIdeograph);
  }
}
