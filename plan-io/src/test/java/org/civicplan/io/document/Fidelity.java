package org.civicplan.io.document;

import java.util.List;
import org.civicplan.io.chinese.Numberings;
import org.civicplan.model.Goal;
import org.civicplan.model.Initiative;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.SourceNote;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The "nothing is lost" law, defined precisely.
 *
 * <p><b>Document text</b> of a Markdown document: the literal text of every CommonMark text and
 * code node in document order (so Markdown syntax, HTML, link targets and line breaks are not
 * text), with each ordered-list item's number and delimiter as written put before its text
 * (CommonMark counts that as markup; a work plan means it as numbering), and with {@code **}
 * delimiter runs removed (CommonMark leaves them literal when they close after CJK punctuation).
 * Of a plain-text document: all of it.
 *
 * <p><b>Model text</b> of a plan, in document order: the title; each preamble paragraph; per
 * section its marker ({@link org.civicplan.model.Numbering#marker()}) and title, then its introduction paragraphs;
 * per goal its marker, name, {@code ，} and statement if it has one, {@code 。} where the lead-in
 * had one (a paragraph lead-in without the {@value Assembler#NOTE_LEAD_IN_WITHOUT_FULL_STOP} note,
 * or a heading with the {@value Assembler#NOTE_HEADING_WITH_FULL_STOP} note), then its narrative
 * paragraphs.
 *
 * <p>The law: {@code normalize(documentText) == normalize(modelText)}, where {@code normalize}
 * removes all whitespace and folds the half-width forms the numbering grammar accepts to the
 * full-width forms {@link org.civicplan.model.Numbering#marker()} writes: {@code ( ) ,} to {@code （ ） ，} and {@code ．}
 * to {@code .}. A second law ties initiatives to narrative: per goal, the initiatives' texts
 * concatenated equal the narrative concatenated (normalized). Tables are outside both laws: their
 * cells become fields (task, units, dates), checked separately. An implicit goal (one the document
 * does not head) adds no lead-in; a label goal adds its name and colon. For documents with page
 * chrome, a notice or an annex, {@link #nothingLost} states the law with the lines kept in notes
 * taken out of the document text.
 */
final class Fidelity {
  private Fidelity() {}

  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  static String documentText(String document, DocumentFormat format) {
    String doc = document.startsWith("\uFEFF") ? document.substring(1) : document;
    if (format == DocumentFormat.TEXT) {
      return doc;
    }
    StringBuilder sb = new StringBuilder();
    collect(PARSER.parse(doc), doc, sb);
    return sb.toString().replace("**", "");
  }

  private static void collect(Node node, String doc, StringBuilder sb) {
    if (node instanceof Text t) {
      sb.append(t.getLiteral());
    } else if (node instanceof Code c) {
      sb.append(c.getLiteral());
    } else if (node instanceof ListItem && node.getParent() instanceof OrderedList) {
      int i = node.getSourceSpans().get(0).getInputIndex();
      while (doc.charAt(i) == ' ') {
        i++;
      }
      int s = i;
      while (Character.isDigit(doc.charAt(i))) {
        i++;
      }
      sb.append(doc, s, i + 1);
    }
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      collect(c, doc, sb);
    }
  }

  /** The lines the importer kept verbatim in source notes (page chrome, a notice's title, an annex line), in order. */
  static List<String> keptInNotes(Plan plan) {
    List<String> out = new java.util.ArrayList<>();
    for (SourceNote n : plan.sourceNotes()) {
      for (String prefix : new String[] {ChromePass.NOTE_PREFIX, RedHeaderPass.NOTE_PREFIX, TitlePass.NOTICE_PREFIX, TitlePass.REPEAT_PREFIX}) {
        if (n.detail().startsWith(prefix)) {
          out.add(n.detail().substring(prefix.length()));
        }
      }
    }
    return out;
  }

  /**
   * The law for documents with page chrome, notices and annexes: the document text, with each
   * line kept verbatim in a note taken out once (in order), equals the model text (normalized).
   */
  static boolean nothingLost(Plan plan, String document, DocumentFormat format) {
    String doc = normalize(documentText(document, format));
    StringBuilder rest = new StringBuilder();
    int at = 0;
    for (String kept : keptInNotes(plan)) {
      String k = normalize(kept);
      int found = doc.indexOf(k, at);
      if (found < 0) {
        return false;
      }
      rest.append(doc, at, found);
      at = found + k.length();
    }
    rest.append(doc.substring(at));
    return rest.toString().equals(normalize(modelText(plan)));
  }

  static String modelText(Plan plan) {
    boolean notice = plan.sourceNotes().stream().anyMatch(n -> n.detail().startsWith(TitlePass.NOTICE_PREFIX));
    StringBuilder sb = new StringBuilder(notice ? "" : plan.title()); // a notice's plan title is read from the notice's
    plan.preamble().forEach(sb::append);
    for (Section s : plan.sections()) {
      s.number().ifPresent(n -> sb.append(n.marker()));
      sb.append(s.title());
      s.introduction().forEach(sb::append);
      for (Goal g : s.goals()) {
        if (g.sourceNotes().stream().anyMatch(n -> n.detail().equals(Outline.NOTE_IMPLICIT))) {
          g.narrative().forEach(sb::append); // an implicit goal states no lead-in
          continue;
        }
        java.util.Optional<String> label = g.sourceNotes().stream()
            .filter(n -> n.kind() == SourceNote.Kind.HEADING_MARKUP && (n.detail().equals("…：") || n.detail().equals("…:")))
            .map(n -> n.detail().substring(1)).findFirst();
        if (label.isPresent()) {
          sb.append(g.name()).append(label.get()); // a label paragraph: 党建工作：…
          g.narrative().forEach(sb::append);
          continue;
        }
        g.number().ifPresent(n -> sb.append(n.marker()));
        sb.append(g.name());
        g.statement().ifPresent(st -> sb.append('，').append(st));
        boolean heading = g.sourceNotes().stream()
            .anyMatch(n -> n.kind() == SourceNote.Kind.HEADING_MARKUP && (n.detail().startsWith("#") || n.detail().contains("\n")));
        boolean leadInFullStop = g.sourceNotes().stream().noneMatch(n -> n.detail().equals(Assembler.NOTE_LEAD_IN_WITHOUT_FULL_STOP));
        boolean headingFullStop = g.sourceNotes().stream().anyMatch(n -> n.detail().equals(Assembler.NOTE_HEADING_WITH_FULL_STOP));
        if (heading ? headingFullStop : leadInFullStop) {
          sb.append('。');
        }
        g.narrative().forEach(sb::append);
      }
    }
    return sb.toString();
  }

  static String normalize(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
        continue;
      }
      switch (c) {
        case '(' -> sb.append('（');
        case ')' -> sb.append('）');
        case ',' -> sb.append('，');
        case '．' -> sb.append('.');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** @return for each goal, whether its initiatives concatenated equal its narrative concatenated */
  static boolean initiativesPartitionNarrative(Goal g) {
    StringBuilder narrative = new StringBuilder();
    g.narrative().forEach(narrative::append);
    StringBuilder initiatives = new StringBuilder();
    g.initiatives().stream().map(Initiative::text).forEach(initiatives::append);
    return normalize(narrative.toString()).equals(normalize(initiatives.toString()));
  }
}
