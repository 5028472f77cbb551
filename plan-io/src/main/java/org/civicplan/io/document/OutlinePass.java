package org.civicplan.io.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.chinese.DocumentParts;
import org.civicplan.io.chinese.NumberingMark;
import org.civicplan.io.chinese.Numberings;
import org.civicplan.io.chinese.Responsibilities;
import org.civicplan.model.NumberingStyle;

/**
 * Gives every block its place: section, goal, or text (introduction, narrative, preamble).
 *
 * <ul>
 *   <li>Numbered documents: {@code 一、} heads sections wherever it is used, unless parts or
 *       chapters ({@code 第一部分}, {@code 第二章}) head them; below it (or in the whole document
 *       when no {@code 一、} is used) markers nest by order of first appearance ({@code 1.1} and
 *       {@code 1.1.1} among them), so
 *       {@code 一是} above {@code （一）} works as well as the standard order. The first nested level
 *       gives goals, deeper ones stay narrative. A document whose top markers have nothing numbered
 *       below them (only {@code 一是…}, only {@code （一）…}) is one implicit section of goals.
 *   <li>Numbered items with nothing in them: when every goal-level item of a section is one
 *       paragraph (responsibility lines aside), they are the section's initiatives, under one
 *       implicit goal; a section with text but no goals gets an implicit goal for its text.
 *   <li>Documents without numbering: Markdown heading depth when there are headings; else one
 *       implicit section in which label paragraphs ({@code 党建工作：…}) and inline enumerations
 *       ({@code 一是…。二是…。}) head goals, part headings ({@code ■ 2024年成绩单}) start sections,
 *       and everything else (prose, bullets, rows) is narrative.
 * </ul>
 */
final class OutlinePass implements Pass {

  @Override
  public void run(Assembly a) throws PlanFormatException {
    Outline o = new Outline(a);
    List<Block> body = a.blocks;
    int n = body.size();
    NumberingMark[] marks = new NumberingMark[n];
    boolean anyMark = false;
    boolean anySection = false;
    boolean anyPart = false; // 第一部分, 第二章: the parts head the sections, 一、 the goals
    boolean anyDecimal = false; // 1.1: a line 2 重点任务 is then the number above it
    for (int k = 0; k < n; k++) {
      Block b = body.get(k);
      if (b.kind == Block.Kind.TABLE || a.preambleOnly.contains(b)) {
        continue;
      }
      marks[k] = Numberings.parse(b.text, 0).orElse(null);
      if (marks[k] == null) {
        marks[k] = Numberings.parseOutline(b.text, 0).orElse(null);
        anyPart |= marks[k] != null && marks[k].rank() == Numberings.PART_RANK;
      }
      anyMark |= marks[k] != null;
      anySection |= marks[k] != null && marks[k].rank() == 1;
      anyDecimal |= marks[k] != null && marks[k].rank() > Numberings.DECIMAL_RANK;
    }
    for (int k = 0; k < n && anyDecimal; k++) {
      Block b = body.get(k);
      if (marks[k] == null && b.kind != Block.Kind.TABLE && !a.preambleOnly.contains(b)) {
        marks[k] = Numberings.parseDecimalTop(b.text).orElse(null); // 1 总体要求 above 1.1
      }
    }
    if (anySection && !anyPart) {
      numberedWithSections(a, o, body, marks);
    } else if (anyMark) {
      numberedWithoutSections(a, o, body, marks);
    } else if (hasHeadings(a, body)) {
      byHeadings(a, o, body);
    } else {
      unnumbered(a, o, body);
    }
    if (a.sections.isEmpty()) {
      // Everything stood before the first section (or the document is all preamble): the
      // preamble is the plan's text.
      List<Assembly.Range> pre = new ArrayList<>(a.preamble);
      if (!pre.isEmpty()) {
        a.preamble.clear();
        o.section = null;
        o.goal = null;
        o.implicitGoal(pre.get(0).block().blockStart);
        for (Assembly.Range r : pre) {
          removeOwner(a, r);
          o.text(r);
        }
      }
    }
  }

  private static void removeOwner(Assembly a, Assembly.Range r) {
    List<Assembly.Owner> list = a.owners.get(r.block());
    if (list != null) {
      list.removeIf(w -> w.from() == r.from() && w.to() == r.to() && w.notes() == a.planNotes);
    }
  }

  private static boolean hasHeadings(Assembly a, List<Block> body) {
    for (Block b : body) {
      if (b.kind == Block.Kind.HEADING && !a.preambleOnly.contains(b)) {
        return true;
      }
    }
    return false;
  }

  // ---- numbered documents ------------------------------------------------------------------

  /** 一、 heads the sections; blocks before the first are preamble. */
  private static void numberedWithSections(Assembly a, Outline o, List<Block> body, NumberingMark[] marks) {
    int k = 0;
    int n = body.size();
    while (k < n && (marks[k] == null || marks[k].rank() != 1)) {
      Block b = body.get(k);
      if (marks[k] != null) {
        a.diagnostics.add(ImportDiagnostic.Kind.UNPLACED_TEXT,
            "第一个部分之前的目标按前言段落保留 (a goal before the first section was kept as a preamble paragraph)", b.blockStart, b.blockEnd);
      }
      preamble(a, o, b);
      k++;
    }
    List<Integer> starts = new ArrayList<>();
    for (int i = k; i < n; i++) {
      if (marks[i] != null && marks[i].rank() == 1) {
        starts.add(i);
      }
    }
    // Sections that are single paragraphs with nothing below them are the plan's initiatives.
    boolean allLeaves = true;
    for (int s = 0; s < starts.size() && allLeaves; s++) {
      int from = starts.get(s) + 1;
      int to = s + 1 < starts.size() ? starts.get(s + 1) : n;
      allLeaves = isLeaf(body.get(starts.get(s)), marks[starts.get(s)]) && onlyResponsibility(body, from, to);
    }
    if (allLeaves && starts.size() > 1) {
      o.implicitGoal(body.get(starts.get(0)).blockStart);
      for (int i = starts.get(0); i < n; i++) {
        place(o, body.get(i));
      }
      return;
    }
    for (int s = 0; s < starts.size(); s++) {
      int at = starts.get(s);
      int to = s + 1 < starts.size() ? starts.get(s + 1) : n;
      o.section(body.get(at), marks[at]);
      goals(a, o, body, marks, at + 1, to);
    }
  }

  /** No 一、: the markers nest by first appearance; top items with children are sections. */
  private static void numberedWithoutSections(Assembly a, Outline o, List<Block> body, NumberingMark[] marks) {
    int n = body.size();
    int[] depth = depths(marks, 0, n);
    int first = 0;
    while (first < n && depth[first] != 1) {
      preamble(a, o, body.get(first));
      first++;
    }
    boolean topHasChildren = false;
    for (int k = first; k < n; k++) {
      topHasChildren |= depth[k] == 2;
    }
    if (topHasChildren) {
      List<Integer> starts = new ArrayList<>();
      for (int k = first; k < n; k++) {
        if (depth[k] == 1) {
          starts.add(k);
        }
      }
      for (int s = 0; s < starts.size(); s++) {
        int at = starts.get(s);
        int to = s + 1 < starts.size() ? starts.get(s + 1) : n;
        o.section(body.get(at), marks[at]);
        goals(a, o, body, marks, at + 1, to);
      }
    } else {
      o.implicitSection(body.get(first).blockStart);
      goals(a, o, body, marks, first, n);
    }
  }

  /**
   * Places [from, to) of a section: text before the first goal-level item is introduction; each
   * goal-level item heads a goal holding what follows it. Goal-level items that are all single
   * paragraphs are initiatives of an implicit goal instead.
   */
  private static void goals(Assembly a, Outline o, List<Block> body, NumberingMark[] marks, int from, int to) {
    int[] depth = depths(marks, from, to);
    List<Integer> starts = new ArrayList<>();
    for (int k = from; k < to; k++) {
      if (depth[k - from] == 1) {
        starts.add(k);
      }
    }
    boolean allLeaves = !starts.isEmpty();
    for (int s = 0; s < starts.size() && allLeaves; s++) {
      int at = starts.get(s);
      int end = s + 1 < starts.size() ? starts.get(s + 1) : to;
      allLeaves = isLeaf(body.get(at), marks[at]) && onlyResponsibility(body, at + 1, end);
    }
    int k = from;
    int firstGoal = starts.isEmpty() ? to : starts.get(0);
    boolean inlineGoals = starts.isEmpty() && hasInlineEnumeration(body, from, to);
    for (; k < firstGoal; k++) {
      Block b = body.get(k);
      if (b.kind == Block.Kind.TABLE) {
        o.table(b);
      } else if (inlineGoals) {
        inline(o, b);
      } else if (starts.isEmpty()) {
        unplacedHeading(a, b, marks[k] == null);
        o.narrative(new Assembly.Range(b, 0, b.length()));
      } else {
        unplacedHeading(a, b, marks[k] == null);
        o.text(new Assembly.Range(b, 0, b.length()));
      }
    }
    if (allLeaves) {
      o.implicitGoal(body.get(firstGoal).blockStart);
      for (; k < to; k++) {
        place(o, body.get(k));
      }
      return;
    }
    for (; k < to; k++) {
      Block b = body.get(k);
      if (b.kind == Block.Kind.TABLE) {
        o.table(b);
      } else if (depth[k - from] == 1 && b.kind == Block.Kind.PARAGRAPH
          && marks[k].numbering().style() == NumberingStyle.CHINESE_SHI && secondItem(b) >= 0) {
        inline(o, b); // 一是…。二是…。 in one paragraph: one goal per item
      } else if (depth[k - from] == 1) {
        o.goal(b, marks[k], 0, b.length());
      } else {
        unplacedHeading(a, b, marks[k] == null);
        o.text(new Assembly.Range(b, 0, b.length()));
      }
    }
  }

  private static void unplacedHeading(Assembly a, Block b, boolean unnumbered) {
    if (unnumbered && b.kind == Block.Kind.HEADING) {
      a.diagnostics.add(ImportDiagnostic.Kind.UNPLACED_TEXT,
          "没有编号的标题按段落保留 (a heading without numbering was kept as a paragraph)", b.blockStart, b.blockEnd);
    }
  }

  private static void place(Outline o, Block b) {
    if (b.kind == Block.Kind.TABLE) {
      o.table(b);
    } else {
      o.narrative(new Assembly.Range(b, 0, b.length()));
    }
  }

  private static void preamble(Assembly a, Outline o, Block b) {
    if (b.kind == Block.Kind.TABLE) {
      o.table(b);
    } else {
      o.text(new Assembly.Range(b, 0, b.length()));
    }
  }

  /**
   * Whether a numbered paragraph is a single item: nothing after its first sentence but a
   * responsibility bracket. A heading or a bold lead-in never is.
   */
  private static boolean isLeaf(Block b, NumberingMark m) {
    int from = m == null ? 0 : m.end();
    if (b.kind != Block.Kind.PARAGRAPH || Outline.boldAt(b, 0) != null || Outline.boldAt(b, from) != null) {
      return false; // a heading, or a bold lead-in: a goal, even with nothing under it yet
    }
    int t = Sentences.terminator(b, from, b.length());
    if (t < 0 || t == b.length() - 1) {
      return true;
    }
    Assembly.Range rest = Outline.trimmed(b, t + 1, b.length());
    return rest == null || Responsibilities.isResponsibilityLine(rest.text());
  }

  /** Whether [from, to) holds nothing but responsibility lines. */
  private static boolean onlyResponsibility(List<Block> body, int from, int to) {
    for (int k = from; k < to; k++) {
      Block b = body.get(k);
      if (b.kind == Block.Kind.TABLE || !Responsibilities.isResponsibilityLine(b.text)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The nesting depth of each numbered block of [from, to) (0 for text): a marker of a level
   * already open closes what is below it; a level seen before returns to its depth; a new one
   * nests under the open one.
   */
  private static int[] depths(NumberingMark[] marks, int from, int to) {
    int[] depth = new int[to - from];
    // The open levels (ranks, outermost first) and the depth each rank was first seen at: a
    // document has a handful of ranks, so plain arrays searched from the start, nothing boxed.
    int[] stack = new int[8];
    int size = 0;
    int[] learnedRank = new int[8];
    int[] learnedDepth = new int[8];
    int learned = 0;
    for (int k = from; k < to; k++) {
      NumberingMark m = marks[k];
      if (m == null) {
        continue;
      }
      int r = m.rank();
      int open = -1;
      for (int j = 0; j < size; j++) {
        if (stack[j] == r) {
          open = j;
          break;
        }
      }
      int seen = -1;
      for (int j = 0; j < learned; j++) {
        if (learnedRank[j] == r) {
          seen = learnedDepth[j];
          break;
        }
      }
      if (open >= 0) {
        size = open;
      } else if (seen >= 0 && seen <= size + 1) {
        size = Math.min(size, seen - 1);
      }
      if (size == stack.length) {
        stack = java.util.Arrays.copyOf(stack, size * 2);
      }
      stack[size++] = r;
      if (seen < 0) {
        if (learned == learnedRank.length) {
          learnedRank = java.util.Arrays.copyOf(learnedRank, learned * 2);
          learnedDepth = java.util.Arrays.copyOf(learnedDepth, learned * 2);
        }
        learnedRank[learned] = r;
        learnedDepth[learned] = size;
        learned++;
      }
      depth[k - from] = size;
    }
    return depth;
  }

  // ---- documents without numbering ---------------------------------------------------------

  /** Markdown heading depth gives the levels: the shallowest after the title sections, the next goals. */
  private static void byHeadings(Assembly a, Outline o, List<Block> body) {
    TreeSet<Integer> levels = new TreeSet<>();
    for (Block b : body) {
      if (b.kind == Block.Kind.HEADING && !a.preambleOnly.contains(b)) {
        levels.add(b.headingLevel);
      }
    }
    int sectionLevel = levels.first();
    Integer next = levels.higher(sectionLevel);
    int goalLevel = next == null ? -1 : next;
    for (Block b : body) {
      if (b.kind == Block.Kind.TABLE) {
        o.table(b);
        continue;
      }
      boolean heading = b.kind == Block.Kind.HEADING && !a.preambleOnly.contains(b);
      boolean isSection = heading && b.headingLevel == sectionLevel;
      boolean isGoal = heading && b.headingLevel == goalLevel && o.section != null;
      if (heading && !isSection && !isGoal) {
        a.diagnostics.add(ImportDiagnostic.Kind.UNPLACED_TEXT,
            "更深层的标题按段落保留 (a deeper heading was kept as a paragraph)", b.blockStart, b.blockEnd);
      }
      if (isSection) {
        o.section(b, null);
      } else if (isGoal) {
        o.goal(b, null, 0, b.length());
      } else {
        o.text(new Assembly.Range(b, 0, b.length()));
      }
    }
  }

  /**
   * No numbering and no headings: one implicit section (and one per part heading), label
   * paragraphs and inline enumerations head goals, the rest is narrative.
   */
  private static void unnumbered(Assembly a, Outline o, List<Block> body) {
    boolean started = false;
    int lead = tableLead(a, body);
    for (int k = 0; k < body.size(); k++) {
      Block b = body.get(k);
      if (a.preambleOnly.contains(b) || k < lead) {
        preamble(a, o, b);
        continue;
      }
      if (!started && !DocumentParts.isPartHeading(b.text)) {
        o.implicitSection(b.blockStart);
      }
      started = true;
      if (b.kind == Block.Kind.TABLE) {
        o.table(b);
        continue;
      }
      if (DocumentParts.isPartHeading(b.text)) {
        o.section(b, null);
        o.section.review = DocumentParts.isReviewHeading(b.text);
        continue;
      }
      int colon = DocumentParts.labelEnd(b.text);
      if (colon > 0) {
        o.labelGoal(b, colon);
        continue;
      }
      if (DocumentParts.inlineEnumeration(b.text, 0) >= 0) {
        inline(o, b);
        continue;
      }
      o.narrative(new Assembly.Range(b, 0, b.length()));
    }
  }

  /**
   * In a document that is a table with a few lines before it ({@code 现将年度重点任务列表如下。}),
   * how many blocks stand before the table: they are preamble. 0 when anything but tables follows
   * the first table, or when more than three paragraphs, or a label or part heading, precede it.
   */
  private static int tableLead(Assembly a, List<Block> body) {
    int first = 0;
    while (first < body.size() && body.get(first).kind != Block.Kind.TABLE) {
      Block b = body.get(first);
      if (!a.preambleOnly.contains(b) && (DocumentParts.isPartHeading(b.text) || DocumentParts.labelEnd(b.text) > 0
          || DocumentParts.inlineEnumeration(b.text, 0) >= 0)) {
        return 0;
      }
      first++;
    }
    if (first == body.size() || first > 3) {
      return 0;
    }
    for (int k = first; k < body.size(); k++) {
      if (body.get(k).kind != Block.Kind.TABLE) {
        return 0;
      }
    }
    return first;
  }

  private static boolean hasInlineEnumeration(List<Block> body, int from, int to) {
    for (int k = from; k < to; k++) {
      Block b = body.get(k);
      if (b.kind != Block.Kind.TABLE && secondItem(b) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Where the second inline item of a paragraph starts (so a lone 一是 is no enumeration), or -1. */
  private static int secondItem(Block b) {
    int first = DocumentParts.inlineEnumeration(b.text, 0);
    if (first < 0) {
      return -1;
    }
    return DocumentParts.inlineEnumeration(b.text, first + 2);
  }

  /** A paragraph with inline items: text before the first is introduction or narrative; each item heads a goal. */
  private static void inline(Outline o, Block b) {
    int first = DocumentParts.inlineEnumeration(b.text, 0);
    if (first < 0) {
      o.text(new Assembly.Range(b, 0, b.length()));
      return;
    }
    if (first > 0) {
      Assembly.Range lead = Outline.trimmed(b, 0, first);
      if (lead != null) {
        o.text(lead);
      }
    }
    int at = first;
    while (at >= 0) {
      int next = DocumentParts.inlineEnumeration(b.text, at + 2);
      int end = next < 0 ? b.length() : next;
      NumberingMark m = Numberings.parse(b.text, at).orElse(null);
      if (m == null) {
        o.text(new Assembly.Range(b, at, end));
      } else {
        if (o.section == null) {
          o.implicitSection(b.blockStart);
        }
        o.goal(b, m, at, end);
      }
      at = next;
    }
  }
}
