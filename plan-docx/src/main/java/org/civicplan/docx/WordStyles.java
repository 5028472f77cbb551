package org.civicplan.docx;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The styles of a Word document (styles.xml) as the reader needs them: which paragraph styles
 * are headings and of what level, which character styles are bold, and which styles carry
 * numbering (style-linked numbering, as Word's multilevel lists attached to 标题 1/2/3 are).
 */
final class WordStyles {
  /** {@code heading 2}, {@code Heading2}, {@code 标题 2}, {@code 标题2}. */
  private static final Pattern HEADING_NAME = Pattern.compile("(?:heading|标题)\\s*([1-9])");

  private record Style(String id, String name, String basedOn, Element pPr, Element rPr) {}

  private final Map<String, Style> styles = new HashMap<>();
  private final String defaultParagraph;

  WordStyles(Document stylesXml) {
    String def = null;
    if (stylesXml != null) {
      for (Element s : Ooxml.children(stylesXml.getDocumentElement(), "style")) {
        String id = Ooxml.attr(s, "styleId");
        if (id == null) {
          continue;
        }
        Style style = new Style(
            id,
            Ooxml.val(Ooxml.child(s, "name")),
            Ooxml.val(Ooxml.child(s, "basedOn")),
            Ooxml.child(s, "pPr"),
            Ooxml.child(s, "rPr"));
        styles.put(id, style);
        String isDefault = Ooxml.attr(s, "default");
        if ("paragraph".equals(Ooxml.attr(s, "type"))
            && ("1".equals(isDefault) || "true".equals(isDefault) || "on".equals(isDefault))) {
          def = id;
        }
      }
    }
    this.defaultParagraph = def;
  }

  String paragraphStyle(String id) {
    return id != null ? id : defaultParagraph;
  }

  /**
   * @return the heading level 1–9 of a paragraph style: its outline level ({@code w:outlineLvl},
   *     0-based, inherited through {@code basedOn}), else a name or id {@code heading N} / {@code
   *     标题 N}; {@code Title} is level 1; 0 if not a heading
   */
  int headingLevel(String styleId) {
    int depth = 0;
    for (Style s = styles.get(styleId); s != null && depth < 16; s = styles.get(s.basedOn), depth++) {
      Element outline = Ooxml.child(s.pPr, "outlineLvl");
      if (outline != null) {
        int lvl = Ooxml.intVal(outline, 9);
        return lvl >= 0 && lvl < 9 ? lvl + 1 : 0;
      }
      for (String n : new String[] {s.name, s.id}) {
        if (n == null) {
          continue;
        }
        String lower = n.toLowerCase(Locale.ROOT);
        Matcher m = HEADING_NAME.matcher(lower);
        if (m.lookingAt()) {
          return m.group(1).charAt(0) - '0';
        }
        if (lower.equals("title") || lower.equals("标题")) {
          return 1;
        }
      }
    }
    return 0;
  }

  /** @return whether a character style (or one it is based on) sets bold, or null if none says */
  Boolean bold(String styleId) {
    int depth = 0;
    for (Style s = styles.get(styleId); s != null && depth < 16; s = styles.get(s.basedOn), depth++) {
      Boolean b = Ooxml.onOff(Ooxml.child(s.rPr, "b"));
      if (b != null) {
        return b;
      }
    }
    return null;
  }

  /** @return the {@code w:numPr} of a paragraph style or one it is based on, or null */
  Element numPr(String styleId) {
    int depth = 0;
    for (Style s = styles.get(styleId); s != null && depth < 16; s = styles.get(s.basedOn), depth++) {
      Element numPr = Ooxml.child(s.pPr, "numPr");
      if (numPr != null) {
        return numPr;
      }
    }
    return null;
  }
}
