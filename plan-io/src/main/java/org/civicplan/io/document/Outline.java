package org.civicplan.io.document;

import org.civicplan.io.chinese.NumberingMark;
import org.civicplan.model.SourceNote;

/**
 * Places blocks as sections, goals and text: the drafts and the "current" section and goal that
 * the outline passes fill. Knows how a heading or lead-in is read (number, title and keywords;
 * name and statement), not which block is which: that is the outline pass's job.
 */
final class Outline {
  /** Detail of the note on a section or goal that the document does not state (an unnumbered part). */
  static final String NOTE_IMPLICIT = "隐含的部分：原文没有此标题 (implicit: the document states no heading here)";

  private final Assembly a;
  Assembly.SectionDraft section;
  Assembly.GoalDraft goal;

  Outline(Assembly a) {
    this.a = a;
  }

  void section(Block b, NumberingMark m) {
    Assembly.SectionDraft s = new Assembly.SectionDraft();
    a.sections.add(s);
    section = s;
    goal = null;
    s.start = b.blockStart;
    s.end = b.blockEnd;
    if (m != null) {
      s.number = m.numbering();
    }
    int from = skipSpace(b, m == null ? 0 : m.end());
    int titleEnd = b.length();
    String markup;
    if (b.kind == Block.Kind.HEADING) {
      markup = b.headingMarkup;
    } else {
      markup = boldAt(b, 0) != null ? "**…**" : "…";
      int t = terminator(b, from, b.length());
      if (t >= 0 && t < b.length() - 1) {
        titleEnd = t + 1;
      }
    }
    s.title = b.text(from, titleEnd).strip();
    s.titleRange = new Assembly.Range(b, from, titleEnd);
    keywords(s.title, s);
    int markupEnd = b.kind == Block.Kind.HEADING ? b.blockEnd : b.endOffsetOf(titleEnd);
    s.notes.add(a.note(SourceNote.Kind.HEADING_MARKUP, markup, b.blockStart, markupEnd));
    a.own(new Assembly.Owner(b, 0, titleEnd, s.notes));
    if (titleEnd < b.length()) {
      Assembly.Range rest = trimmed(b, titleEnd, b.length());
      if (rest != null) {
        s.introduction.add(rest);
        a.own(new Assembly.Owner(b, rest.from(), rest.to(), s.notes));
      }
    }
  }

  /** A section the document does not head (a document without numbered sections), at {@code at}. */
  void implicitSection(int at) {
    Assembly.SectionDraft s = new Assembly.SectionDraft();
    s.start = at;
    s.end = at;
    s.notes.add(a.note(SourceNote.Kind.OTHER, NOTE_IMPLICIT, at, at));
    a.sections.add(s);
    section = s;
    goal = null;
  }

  /** A goal the document does not head, for text under a section with no goals. */
  void implicitGoal(int at) {
    if (section == null) {
      implicitSection(at);
    }
    Assembly.GoalDraft g = new Assembly.GoalDraft();
    g.start = at;
    g.end = at;
    g.notes.add(a.note(SourceNote.Kind.OTHER, NOTE_IMPLICIT, at, at));
    section.goals.add(g);
    goal = g;
  }

  /** A goal led by the numbered text in [0, to) of a block: a heading, a paragraph, or a piece of one. */
  void goal(Block b, NumberingMark m, int at, int to) {
    Assembly.GoalDraft g = new Assembly.GoalDraft();
    section.goals.add(g);
    goal = g;
    g.start = b.offsetOf(at);
    g.end = to >= b.length() ? b.blockEnd : b.endOffsetOf(to);
    if (at == 0) {
      g.start = b.blockStart;
    }
    section.end = Math.max(section.end, g.end);
    if (m != null) {
      g.number = m.numbering();
    }
    int from = skipSpace(b, m == null ? at : m.end());
    int leadEnd;
    String markup;
    boolean heading = b.kind == Block.Kind.HEADING;
    if (heading) {
      markup = b.headingMarkup;
      leadEnd = b.length();
    } else {
      int[] bold = boldAt(b, at);
      if (bold == null && from > at) {
        bold = boldAt(b, from);
      }
      if (bold != null && bold[1] > from && bold[1] <= to) {
        markup = "**…**";
        leadEnd = bold[1];
      } else {
        markup = "…";
        int t = terminator(b, from, to);
        leadEnd = t >= 0 ? t + 1 : to;
      }
    }
    String lead = b.text(from, leadEnd).strip();
    boolean fullStop = lead.endsWith("。");
    if (fullStop) {
      lead = lead.substring(0, lead.length() - 1).strip();
    }
    if (heading && fullStop) {
      g.notes.add(a.note(SourceNote.Kind.OTHER, Assembler.NOTE_HEADING_WITH_FULL_STOP, b.blockStart, b.blockEnd));
    } else if (!heading && !fullStop) {
      g.notes.add(a.note(SourceNote.Kind.OTHER, Assembler.NOTE_LEAD_IN_WITHOUT_FULL_STOP, b.offsetOf(from), b.endOffsetOf(leadEnd)));
    }
    int comma = comma(lead);
    String st = comma >= 0 ? lead.substring(comma + 1).strip() : "";
    if (!st.isEmpty()) {
      g.name = lead.substring(0, comma).strip();
      g.statement = st;
    } else {
      g.name = lead; // no statement: a trailing comma stays in the name, nothing is dropped
    }
    g.leadRange = new Assembly.Range(b, from, leadEnd);
    int markupEnd = heading ? b.blockEnd : b.endOffsetOf(leadEnd);
    g.notes.add(0, a.note(SourceNote.Kind.HEADING_MARKUP, markup, at == 0 ? b.blockStart : b.offsetOf(at), markupEnd));
    a.own(new Assembly.Owner(b, at, leadEnd, g.notes));
    if (leadEnd < to) {
      Assembly.Range rest = trimmed(b, leadEnd, to);
      if (rest != null) {
        g.items.add(rest);
      }
    }
  }

  /**
   * A goal led by a label ({@code 党建工作：…}): the label is the name, the colon is recorded as the
   * lead-in's markup ({@code …：}), the rest is narrative.
   */
  void labelGoal(Block b, int colon) {
    if (section == null) {
      implicitSection(b.blockStart);
    }
    Assembly.GoalDraft g = new Assembly.GoalDraft();
    section.goals.add(g);
    goal = g;
    g.start = b.blockStart;
    g.end = b.blockEnd;
    section.end = Math.max(section.end, b.blockEnd);
    g.name = b.text(0, colon).strip();
    g.leadRange = new Assembly.Range(b, 0, colon);
    g.notes.add(a.note(SourceNote.Kind.HEADING_MARKUP, "…" + b.charAt(colon), b.blockStart, b.endOffsetOf(colon + 1)));
    a.own(new Assembly.Owner(b, 0, colon + 1, g.notes));
    Assembly.Range rest = trimmed(b, colon + 1, b.length());
    if (rest != null) {
      g.items.add(rest);
    }
  }

  /** Text that is no heading: narrative of the current goal, introduction, or preamble. */
  void text(Assembly.Range r) {
    if (goal != null) {
      goal.items.add(r);
      goal.end = Math.max(goal.end, r.block().blockEnd);
      section.end = Math.max(section.end, r.block().blockEnd);
    } else if (section != null) {
      section.introduction.add(r);
      section.end = Math.max(section.end, r.block().blockEnd);
      a.own(new Assembly.Owner(r.block(), r.from(), r.to(), section.notes));
    } else {
      a.preamble.add(r);
      a.own(new Assembly.Owner(r.block(), r.from(), r.to(), a.planNotes));
    }
  }

  /** A table: initiatives of the current goal, one per row (see {@link TableRows}). */
  void table(Block t) {
    TableRows.place(a, this, t);
  }

  /** Text that must be narrative: under the current goal, or a new implicit one. */
  void narrative(Assembly.Range r) {
    if (goal == null) {
      implicitGoal(r.block().blockStart);
    }
    text(r);
  }

  private static void keywords(String title, Assembly.SectionDraft s) {
    if (!title.startsWith("“")) {
      return;
    }
    int close = title.indexOf('”');
    if (close < 0) {
      return;
    }
    String[] parts = title.substring(1, close).split("、", -1);
    if (parts.length < 2) {
      return;
    }
    for (String p : parts) {
      int cps = p.strip().codePointCount(0, p.strip().length());
      if (cps < 1 || cps > 4) {
        return;
      }
    }
    for (String p : parts) {
      s.keywords.add(p.strip());
    }
  }

  /** The first ， or , outside quotes, or -1. */
  private static int comma(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Sentences.isOpen(c)) {
        depth++;
      } else if (Sentences.isClose(c)) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && (c == '，' || c == ',')) {
        return i;
      }
    }
    return -1;
  }

  /** The first sentence end (。！？) outside quotes in [from, to), or -1. */
  static int terminator(Block b, int from, int to) {
    return Sentences.terminator(b, from, to);
  }

  static int[] boldAt(Block b, int at) {
    for (int[] r : b.strong) {
      if (r[0] == at && r[1] > at) {
        return r;
      }
    }
    return null;
  }

  static int skipSpace(Block b, int i) {
    while (i < b.length() && Block.isSpace(b.charAt(i))) {
      i++;
    }
    return i;
  }

  static Assembly.Range trimmed(Block b, int from, int to) {
    int s = skipSpace(b, from);
    int e = to;
    while (e > s && Block.isSpace(b.charAt(e - 1))) {
      e--;
    }
    return e > s ? new Assembly.Range(b, s, e) : null;
  }
}
