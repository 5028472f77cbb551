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

  static List<Field> of(PlanNode node) {
    List<Field> out = new ArrayList<>(2);
    PlanElement e = node.element();
    if (e instanceof Initiative i) {
      add(out, "text", i.text());
      add(out, "shortName", i.shortName());
    } else if (e instanceof Indicator k) {
      add(out, "name", k.name());
    } else if (e instanceof Goal g) {
      add(out, "name", g.name());
      add(out, "statement", g.statement());
      if (g.initiatives().isEmpty()) {
        list(out, "narrative", g.narrative());
      }
    } else if (e instanceof Section s) {
      add(out, "title", s.title());
      list(out, "introduction", s.introduction());
    } else if (e instanceof OrganizationalUnit u) {
      add(out, "name", u.name());
      add(out, "shortName", u.shortName());
    } else if (e instanceof Plan p) {
      add(out, "title", p.title());
      list(out, "preamble", p.preamble());
      add(out, "vision", p.vision());
      add(out, "mission", p.mission());
      list(out, "values", p.values());
    }
    return out;
  }

  /** Adds a field unless its text is empty. */
  private static void add(List<Field> out, String name, String text) {
    if (!text.isEmpty()) {
      out.add(new Field(name, text));
    }
  }

  private static void add(List<Field> out, String name, Optional<String> text) {
    if (text.isPresent()) {
      add(out, name, text.get());
    }
  }

  private static void list(List<Field> out, String name, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      add(out, name + "/" + i, texts.get(i));
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
