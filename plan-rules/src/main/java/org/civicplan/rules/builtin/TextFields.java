package org.civicplan.rules.builtin;

import java.util.ArrayList;
import java.util.List;
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
    List<Field> out = new ArrayList<>();
    PlanElement e = node.element();
    if (e instanceof Plan p) {
      out.add(new Field("title", p.title()));
      list(out, "preamble", p.preamble());
      p.vision().ifPresent(v -> out.add(new Field("vision", v)));
      p.mission().ifPresent(v -> out.add(new Field("mission", v)));
      list(out, "values", p.values());
    } else if (e instanceof Section s) {
      out.add(new Field("title", s.title()));
      list(out, "introduction", s.introduction());
    } else if (e instanceof Goal g) {
      out.add(new Field("name", g.name()));
      g.statement().ifPresent(v -> out.add(new Field("statement", v)));
      if (g.initiatives().isEmpty()) {
        list(out, "narrative", g.narrative());
      }
    } else if (e instanceof Initiative i) {
      out.add(new Field("text", i.text()));
      i.shortName().ifPresent(v -> out.add(new Field("shortName", v)));
    } else if (e instanceof Indicator k) {
      out.add(new Field("name", k.name()));
    } else if (e instanceof OrganizationalUnit u) {
      out.add(new Field("name", u.name()));
      u.shortName().ifPresent(v -> out.add(new Field("shortName", v)));
    }
    out.removeIf(f -> f.text().isEmpty());
    return out;
  }

  private static void list(List<Field> out, String name, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      out.add(new Field(name + "/" + i, texts.get(i)));
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
