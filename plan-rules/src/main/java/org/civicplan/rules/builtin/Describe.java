package org.civicplan.rules.builtin;

import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.Numbering;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.Plan;
import org.civicplan.model.PlanElement;
import org.civicplan.model.PlanNode;
import org.civicplan.model.Section;

/** Short, single-line names of elements and numbers for messages. */
final class Describe {
  private Describe() {}

  static final int CLIP = 16;

  /** @return such as {@code 三、“智、细、效”深化探索，精管善治…} or the id if the element has no text */
  static String element(PlanNode node) {
    PlanElement e = node.element();
    String out;
    if (e instanceof Section s) {
      out = s.number().map(Describe::number).orElse("") + clip(s.title());
    } else if (e instanceof Goal g) {
      out = g.number().map(Describe::number).orElse("") + clip(g.name());
    } else if (e instanceof Initiative i) {
      out = clip(i.text());
    } else if (e instanceof Indicator k) {
      out = clip(k.name());
    } else if (e instanceof OrganizationalUnit u) {
      out = clip(u.name());
    } else if (e instanceof Plan p) {
      out = clip(p.title());
    } else {
      out = "";
    }
    return out.isBlank() ? node.id() : out;
  }

  /** @return the number as the document writes it, such as {@code 三、}, {@code （二）}, {@code 一是} */
  static String number(Numbering n) {
    return single(n.marker());
  }

  /** @return the text cut to {@link #CLIP} code points, on one line */
  static String clip(String text) {
    return clip(text, CLIP);
  }

  /** @return the text cut to {@code max} code points, on one line */
  static String clip(String text, int max) {
    String line = single(text).strip();
    if (line.codePointCount(0, line.length()) <= max) {
      return line;
    }
    return line.substring(0, line.offsetByCodePoints(0, max)) + "…";
  }

  /**
   * @return the first 200 code points of the text with control characters replaced by spaces; the
   *     work is bounded by those 200, not by the text (findings on a huge paragraph stay linear)
   */
  static String single(String text) {
    StringBuilder sb = new StringBuilder(Math.min(text.length(), 400));
    text.codePoints()
        .limit(200)
        .forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
    return sb.toString();
  }

  /** @return a snippet of {@code text} around the UTF-16 index {@code at}, on one line */
  static String around(String text, int at) {
    int start = Math.max(0, at - 6);
    int end = Math.min(text.length(), at + 7);
    if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
      start--;
    }
    if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
      end++;
    }
    return single(text.substring(start, end));
  }
}
