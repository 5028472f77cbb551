package org.civicplan.io.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.chinese.IndicatorGrammar;
import org.civicplan.io.chinese.MentionGrammar;
import org.civicplan.io.chinese.NumberingMark;
import org.civicplan.io.chinese.Numberings;
import org.civicplan.io.chinese.TextMatch;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.Mention;
import org.civicplan.model.Numbering;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.Period;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.SourceNote;
import org.civicplan.model.UnitKind;
import org.civicplan.model.chinese.ChineseNumerals;

/**
 * Builds a plan from the blocks of a document: finds the title, joins broken paragraphs, gives
 * each numbered block its level from its numbering, and splits goal narratives into initiatives.
 * One assembler per read; not thread-safe.
 */
final class Assembler {
  /** The SourceNote detail of a paragraph lead-in that does not end with 。. */
  static final String NOTE_LEAD_IN_WITHOUT_FULL_STOP = "导语未以句号结束 (the lead-in does not end with 。)";
  /** The SourceNote detail of a heading that ends with 。 (removed from the name or statement). */
  static final String NOTE_HEADING_WITH_FULL_STOP = "标题以句号结束 (the heading ends with 。)";
  /** Extension key prefix for table columns the importer does not know. */
  static final String COLUMN_EXTENSION = "org.civicplan.io:column:";
  /** Extension key of a deadline cell that could not be read as a date. */
  static final String DUE_EXTENSION = "org.civicplan.io:due";

  private final SourceText source;
  private final Diagnostics diagnostics;
  private final String sourceName;
  private final List<Block> blocks;

  private final List<Range> preamble = new ArrayList<>();
  private final List<SourceNote> planNotes = new ArrayList<>();
  private final List<SectionDraft> sections = new ArrayList<>();
  private final Map<Block, List<Owner>> owners = new IdentityHashMap<>();
  private final Map<String, OrganizationalUnit> units = new LinkedHashMap<>();
  private Integer planYear;

  private SectionDraft section;
  private GoalDraft goal;

  Assembler(SourceText source, List<Block> blocks, Diagnostics diagnostics, String sourceName) {
    this.source = source;
    this.blocks = blocks;
    this.diagnostics = diagnostics;
    this.sourceName = sourceName;
  }

  /** A range of a block's text; for a narrative, the paragraph as written. */
  record Range(Block block, int from, int to) {
    String text() {
      return block.text(from, to);
    }
  }

  /** An element that holds a range of a block's text; joins inside that range note on it. */
  record Owner(Block block, int from, int to, List<SourceNote> notes) {}

  static final class SectionDraft {
    Numbering number;
    String title = "";
    final List<String> keywords = new ArrayList<>();
    final List<Range> introduction = new ArrayList<>();
    final List<GoalDraft> goals = new ArrayList<>();
    final List<SourceNote> notes = new ArrayList<>();
    int start;
    int end;
  }

  static final class GoalDraft {
    Numbering number;
    String name = "";
    String statement;
    /** Narrative ranges and table rows, in document order. */
    final List<Object> items = new ArrayList<>();
    final List<InitiativeHolder> initiatives = new ArrayList<>();
    final List<SourceNote> notes = new ArrayList<>();
    int start;
    int end;
  }

  static final class RowDraft {
    Block task;
    Initiative.Builder builder;
    final List<SourceNote> notes = new ArrayList<>();
  }

  Plan.Builder assemble() throws PlanFormatException {
    if (blocks.isEmpty()) {
      throw new PlanFormatException(
          "空文档：没有可读的文字 (empty document: no text to read)", sourceName, Math.max(1, source.line(source.length())), 0, null, null);
    }
    int first = 0;
    String title = "";
    Block titleBlock = null;
    Block b0 = blocks.get(0);
    if (isTitle(b0)) {
      titleBlock = b0;
      title = b0.text.toString();
      first = 1;
    } else {
      diagnostics.add(ImportDiagnostic.Kind.MISSING_TITLE, "文档没有标题行 (the document has no title line)", b0.blockStart, b0.blockStart);
    }
    List<Block> body = joinBroken(blocks.subList(first, blocks.size()));
    TitleLine titleLine = TitleLine.parse(title);
    planYear = titleLine.year.orElse(null);

    // Levels come from the numbering: the highest level present is a section, the next a goal.
    TreeSet<Integer> ranks = new TreeSet<>();
    List<NumberingMark> marks = new ArrayList<>(body.size());
    for (Block b : body) {
      NumberingMark m = b.kind == Block.Kind.TABLE ? null : Numberings.parse(b.text, 0).orElse(null);
      marks.add(m);
      if (m != null) {
        ranks.add(m.rank());
      }
    }
    int sectionRank = ranks.isEmpty() ? -1 : ranks.first();
    Integer goalRankBox = ranks.isEmpty() ? null : ranks.higher(sectionRank);
    int goalRank = goalRankBox == null ? -1 : goalRankBox;
    int sectionLevel = -1;
    int goalLevel = -1;
    if (ranks.isEmpty()) {
      TreeSet<Integer> levels = new TreeSet<>();
      for (Block b : body) {
        if (b.kind == Block.Kind.HEADING) {
          levels.add(b.headingLevel);
        }
      }
      if (levels.isEmpty()) {
        Block at = body.isEmpty() ? b0 : body.get(0);
        throw new PlanFormatException(
            "无法识别计划结构：没有“一、”等编号，也没有标题 (no recognizable structure: no numbered sections such as 一、 and no headings)",
            sourceName, source.line(at.blockStart), source.column(at.blockStart), null, null);
      }
      sectionLevel = levels.first();
      Integer next = levels.higher(sectionLevel);
      goalLevel = next == null ? -1 : next;
    }

    for (int k = 0; k < body.size(); k++) {
      Block b = body.get(k);
      if (b.kind == Block.Kind.TABLE) {
        table(b);
        continue;
      }
      NumberingMark m = marks.get(k);
      if (sectionRank > 0 && m != null && m.rank() == sectionRank) {
        goalRank = goalRankWithin(marks, k + 1, sectionRank);
      }
      boolean isSection;
      boolean isGoal;
      if (sectionRank > 0) {
        isSection = m != null && m.rank() == sectionRank;
        isGoal = m != null && m.rank() == goalRank;
        if (m == null && b.kind == Block.Kind.HEADING) {
          diagnostics.add(ImportDiagnostic.Kind.UNPLACED_TEXT,
              "没有编号的标题按段落保留 (a heading without numbering was kept as a paragraph)", b.blockStart, b.blockEnd);
        }
      } else {
        isSection = b.kind == Block.Kind.HEADING && b.headingLevel == sectionLevel;
        isGoal = b.kind == Block.Kind.HEADING && b.headingLevel == goalLevel;
        if (b.kind == Block.Kind.HEADING && !isSection && !isGoal) {
          diagnostics.add(ImportDiagnostic.Kind.UNPLACED_TEXT,
              "更深层的标题按段落保留 (a deeper heading was kept as a paragraph)", b.blockStart, b.blockEnd);
        }
      }
      if (isGoal && section == null) {
        diagnostics.add(ImportDiagnostic.Kind.UNPLACED_TEXT,
            "第一个部分之前的目标按前言段落保留 (a goal before the first section was kept as a preamble paragraph)", b.blockStart, b.blockEnd);
        isGoal = false;
      }
      if (isSection) {
        section(b, m);
      } else if (isGoal) {
        goal(b, m);
      } else {
        text(new Range(b, 0, b.length()));
      }
    }
    if (sections.isEmpty()) {
      Block at = body.isEmpty() ? b0 : body.get(0);
      throw new PlanFormatException(
          "无法识别计划结构：没有部分 (no recognizable structure: no sections)", sourceName,
          source.line(at.blockStart), source.column(at.blockStart), null, null);
    }

    prepareInitiatives();
    resolveJoins(body);
    List<Section> built = new ArrayList<>();
    for (SectionDraft s : sections) {
      built.add(buildSection(s));
    }

    Plan.Builder plan = Plan.builder().title(title).planKind(titleLine.kind);
    titleLine.organization.ifPresent(plan::organization);
    titleLine.year.ifPresent(y -> plan.period(Period.calendarYear(y)));
    List<String> pre = new ArrayList<>();
    for (Range r : preamble) {
      pre.add(r.text());
    }
    plan.preamble(pre);
    vision(pre).ifPresent(plan::vision);
    plan.sections(built);
    plan.units(units.values());
    Block last = blocks.get(blocks.size() - 1);
    int start = titleBlock != null ? titleBlock.blockStart : blocks.get(0).blockStart;
    plan.sourceSpan(source.span(start, Math.max(start, last.blockEnd)));
    plan.sourceNotes(sorted(planNotes));
    return plan;
  }

  /**
   * The goal level of the section starting before {@code from}: the highest level numbered in
   * that section below the section level, so each section may number its goals its own way.
   */
  private static int goalRankWithin(List<NumberingMark> marks, int from, int sectionRank) {
    int best = -1;
    for (int k = from; k < marks.size(); k++) {
      NumberingMark m = marks.get(k);
      if (m == null) {
        continue;
      }
      if (m.rank() == sectionRank) {
        break;
      }
      if (m.rank() > sectionRank && (best < 0 || m.rank() < best)) {
        best = m.rank();
      }
    }
    return best;
  }

  // ---- title and joins ---------------------------------------------------------------------

  private static boolean isTitle(Block b) {
    if (b.kind == Block.Kind.TABLE || Numberings.parse(b.text, 0).isPresent()) {
      return false;
    }
    if (b.kind == Block.Kind.HEADING) {
      return true;
    }
    String t = b.text.toString();
    if (t.codePointCount(0, t.length()) > 100) {
      return false;
    }
    for (int i = 0; i < t.length() - 1; i++) {
      if ("。！？；".indexOf(t.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Joins each paragraph that broke off in mid-sentence or inside a quotation with the next. */
  private List<Block> joinBroken(List<Block> in) {
    List<Block> out = new ArrayList<>(in.size());
    for (Block b : in) {
      if (!out.isEmpty()) {
        Block prev = out.get(out.size() - 1);
        if (prev.kind == Block.Kind.PARAGRAPH && b.kind == Block.Kind.PARAGRAPH
            && Numberings.parse(b.text, 0).isEmpty()) {
          String why = brokenOff(prev);
          if (why != null) {
            String detail = "合并了" + why + "断开的段落：「" + tail(prev.text) + "」与「" + head(b.text)
                + "」 (joined a paragraph broken " + (why.contains("引号") ? "inside a quotation" : "mid-sentence") + ")";
            int from = prev.endOffsetOf(prev.length()) - 1;
            int to = b.offsetOf(0) + 1;
            prev.join(b, detail);
            diagnostics.add(ImportDiagnostic.Kind.JOINED_BROKEN_PARAGRAPH, detail, from, to);
            continue;
          }
        }
      }
      out.add(b);
    }
    return out;
  }

  private static String brokenOff(Block b) {
    char last = b.charAt(b.length() - 1);
    if (last == '，' || last == '、' || last == ',') {
      return "在句中";
    }
    int[] balance = b.balance();
    int quotes = balance[0];
    int titles = balance[1];
    int parens = balance[2];
    if (quotes > 0 || titles > 0 || parens > 0) {
      return "在引号内";
    }
    return null;
  }

  private static String tail(CharSequence t) {
    int n = t.length();
    return (n > 12 ? "…" : "") + t.subSequence(Math.max(0, n - 12), n);
  }

  private static String head(CharSequence t) {
    int n = t.length();
    return t.subSequence(0, Math.min(12, n)) + (n > 12 ? "…" : "");
  }

  // ---- sections and goals ------------------------------------------------------------------

  private void section(Block b, NumberingMark m) {
    SectionDraft s = new SectionDraft();
    sections.add(s);
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
    keywords(s.title, s.keywords);
    int markupEnd = b.kind == Block.Kind.HEADING ? b.blockEnd : b.endOffsetOf(titleEnd);
    s.notes.add(note(SourceNote.Kind.HEADING_MARKUP, markup, b.blockStart, markupEnd));
    own(new Owner(b, 0, titleEnd, s.notes));
    if (titleEnd < b.length()) {
      Range rest = trimmed(b, titleEnd, b.length());
      if (rest != null) {
        s.introduction.add(rest);
        own(new Owner(b, rest.from, rest.to, s.notes));
      }
    }
  }

  private void goal(Block b, NumberingMark m) {
    GoalDraft g = new GoalDraft();
    section.goals.add(g);
    goal = g;
    g.start = b.blockStart;
    g.end = b.blockEnd;
    section.end = Math.max(section.end, b.blockEnd);
    if (m != null) {
      g.number = m.numbering();
    }
    int from = skipSpace(b, m == null ? 0 : m.end());
    int leadEnd;
    String markup;
    boolean heading = b.kind == Block.Kind.HEADING;
    if (heading) {
      markup = b.headingMarkup;
      leadEnd = b.length();
    } else {
      int[] bold = boldAt(b, 0);
      if (bold == null && from > 0) {
        bold = boldAt(b, from);
      }
      if (bold != null && bold[1] > from) {
        markup = "**…**";
        leadEnd = bold[1];
      } else {
        markup = "…";
        int t = terminator(b, from, b.length());
        leadEnd = t >= 0 ? t + 1 : b.length();
      }
    }
    String lead = b.text(from, leadEnd).strip();
    boolean fullStop = lead.endsWith("。");
    if (fullStop) {
      lead = lead.substring(0, lead.length() - 1).strip();
    }
    if (heading && fullStop) {
      g.notes.add(note(SourceNote.Kind.OTHER, NOTE_HEADING_WITH_FULL_STOP, b.blockStart, b.blockEnd));
    } else if (!heading && !fullStop) {
      g.notes.add(note(SourceNote.Kind.OTHER, NOTE_LEAD_IN_WITHOUT_FULL_STOP, b.offsetOf(from), b.endOffsetOf(leadEnd)));
    }
    int comma = comma(lead);
    String st = comma >= 0 ? lead.substring(comma + 1).strip() : "";
    if (!st.isEmpty()) {
      g.name = lead.substring(0, comma).strip();
      g.statement = st;
    } else {
      g.name = lead; // no statement: a trailing comma stays in the name, nothing is dropped
    }
    int markupEnd = heading ? b.blockEnd : b.endOffsetOf(leadEnd);
    g.notes.add(0, note(SourceNote.Kind.HEADING_MARKUP, markup, b.blockStart, markupEnd));
    own(new Owner(b, 0, leadEnd, g.notes));
    if (leadEnd < b.length()) {
      Range rest = trimmed(b, leadEnd, b.length());
      if (rest != null) {
        g.items.add(rest);
      }
    }
  }

  private void text(Range r) {
    if (goal != null) {
      goal.items.add(r);
      goal.end = Math.max(goal.end, r.block.blockEnd);
      section.end = Math.max(section.end, r.block.blockEnd);
    } else if (section != null) {
      section.introduction.add(r);
      section.end = Math.max(section.end, r.block.blockEnd);
      own(new Owner(r.block, r.from, r.to, section.notes));
    } else {
      preamble.add(r);
      own(new Owner(r.block, r.from, r.to, planNotes));
    }
  }

  private static void keywords(String title, List<String> out) {
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
      out.add(p.strip());
    }
  }

  /** The first ， or , outside quotes, or -1. */
  private static int comma(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isOpen(c)) {
        depth++;
      } else if (isClose(c)) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && (c == '，' || c == ',')) {
        return i;
      }
    }
    return -1;
  }

  /** The first sentence end (。！？) outside quotes in [from, to), or -1. */
  private static int terminator(Block b, int from, int to) {
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = b.charAt(i);
      if (!SENTENCE_MARKS[c]) {
        continue; // nearly every character: one table lookup
      }
      if (isOpen(c)) {
        depth++;
      } else if (isClose(c)) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && (c == '。' || c == '！' || c == '？')) {
        return i;
      }
    }
    return -1;
  }

  static boolean isOpen(char c) {
    return c == '“' || c == '‘' || c == '《' || c == '（' || c == '(' || c == '「';
  }

  static boolean isClose(char c) {
    return c == '”' || c == '’' || c == '》' || c == '）' || c == ')' || c == '」';
  }

  private static int[] boldAt(Block b, int at) {
    for (int[] r : b.strong) {
      if (r[0] == at && r[1] > at) {
        return r;
      }
    }
    return null;
  }

  private static int skipSpace(Block b, int i) {
    while (i < b.length() && Block.isSpace(b.charAt(i))) {
      i++;
    }
    return i;
  }

  private static Range trimmed(Block b, int from, int to) {
    int s = skipSpace(b, from);
    int e = to;
    while (e > s && Block.isSpace(b.charAt(e - 1))) {
      e--;
    }
    return e > s ? new Range(b, s, e) : null;
  }

  private SourceNote note(SourceNote.Kind kind, String detail, int start, int end) {
    return SourceNote.builder().kind(kind).detail(detail).span(source.span(start, end)).build();
  }

  // ---- tables ------------------------------------------------------------------------------

  private enum Column {
    SEQ,
    TASK,
    LEAD,
    SUPPORT,
    DUE,
    OTHER
  }

  private void table(Block t) {
    List<List<Block>> rows = t.rows;
    List<Block> header = rows.get(0);
    Column[] columns = new Column[header.size()];
    boolean hasTask = false;
    boolean hasLead = false;
    for (int c = 0; c < header.size(); c++) {
      String h = header.get(c).text.toString();
      Column col;
      if (h.contains("序号") || h.contains("编号")) {
        col = Column.SEQ;
      } else if (h.contains("牵头")) {
        col = Column.LEAD;
      } else if (h.contains("配合") || h.contains("协同") || h.contains("参与")) {
        col = Column.SUPPORT;
      } else if (h.contains("责任单位") || h.contains("责任部门")) {
        col = hasLead ? Column.SUPPORT : Column.LEAD;
      } else if (h.contains("时限") || h.contains("时间") || h.contains("节点") || h.contains("期限")) {
        col = Column.DUE;
      } else if (!hasTask && (h.contains("任务") || h.contains("事项") || h.contains("内容") || h.contains("举措") || h.contains("工作"))) {
        col = Column.TASK;
      } else {
        col = Column.OTHER;
      }
      hasTask |= col == Column.TASK;
      hasLead |= col == Column.LEAD;
      columns[c] = col;
    }
    if (!hasTask || (goal == null && section == null)) {
      diagnostics.add(ImportDiagnostic.Kind.UNPLACED_TEXT,
          "无法识别的表格按段落保留，每行一段 (a table that names no task column, or stands before the first section, was kept as paragraphs, one per row)",
          t.blockStart, t.blockEnd);
      for (List<Block> row : rows) {
        Block flat = new Block(Block.Kind.PARAGRAPH);
        flat.blockStart = row.isEmpty() ? t.blockStart : row.get(0).blockStart;
        flat.blockEnd = row.isEmpty() ? t.blockEnd : row.get(row.size() - 1).blockEnd;
        for (Block cell : row) {
          if (flat.length() > 0) {
            int at = flat.endOffsetOf(flat.length());
            for (char ch : " | ".toCharArray()) {
              flat.append(ch, at);
            }
          }
          for (int i = 0; i < cell.length(); i++) {
            flat.append(cell.charAt(i), cell.offsetOf(i));
          }
        }
        flat.trim();
        if (flat.length() > 0) {
          text(new Range(flat, 0, flat.length()));
        }
      }
      return;
    }
    if (goal == null) {
      diagnostics.add(ImportDiagnostic.Kind.UNPLACED_TEXT,
          "表格前没有目标，表中任务归入一个无编号的目标 (the table's tasks were put under a new unnumbered goal)", t.blockStart, t.blockEnd);
      GoalDraft g = new GoalDraft();
      g.start = t.blockStart;
      g.end = t.blockEnd;
      section.goals.add(g);
      goal = g;
    }
    for (int r = 1; r < rows.size(); r++) {
      List<Block> row = rows.get(r);
      RowDraft d = new RowDraft();
      Initiative.Builder ib = Initiative.builder();
      Map<String, ExtensionValue> extensions = new LinkedHashMap<>();
      for (int c = 0; c < row.size() && c < columns.length; c++) {
        Block cell = row.get(c);
        String v = cell.text.toString().strip();
        if (v.isEmpty()) {
          continue;
        }
        switch (columns[c]) {
          case TASK:
            d.task = cell;
            break;
          case LEAD: {
            List<String> ids = unitIds(cell);
            if (!ids.isEmpty()) {
              ib.leadUnit(ids.get(0));
              ib.addAllSupportingUnits(ids.subList(1, ids.size()));
            }
            break;
          }
          case SUPPORT:
            ib.addAllSupportingUnits(unitIds(cell));
            break;
          case DUE: {
            Optional<LocalDate> due = DueDates.parse(v, planYear);
            if (due.isPresent()) {
              ib.due(due.get());
            } else {
              extension(extensions, DUE_EXTENSION, v);
              diagnostics.add(ImportDiagnostic.Kind.UNRECOGNIZED_VALUE,
                  "完成时限“" + v + "”不是日期，按文字保留 (the deadline is not a date; kept as text in " + DUE_EXTENSION + ")",
                  cell.blockStart, cell.blockEnd);
            }
            break;
          }
          case OTHER:
            extension(extensions, COLUMN_EXTENSION + header.get(c).text.toString().strip(), v);
            break;
          default:
            break;
        }
      }
      ib.extensions(extensions);
      if (d.task == null) {
        diagnostics.add(ImportDiagnostic.Kind.UNPLACED_TEXT,
            "表格行没有任务，按空任务保留 (a table row without a task was kept with empty text)",
            row.isEmpty() ? t.blockStart : row.get(0).blockStart, row.isEmpty() ? t.blockEnd : row.get(row.size() - 1).blockEnd);
        ib.text("");
      }
      int start = row.isEmpty() ? t.blockStart : row.get(0).blockStart;
      int end = row.isEmpty() ? t.blockEnd : row.get(row.size() - 1).blockEnd;
      ib.sourceSpan(source.span(start, end));
      if (d.task != null) {
        String task = d.task.text.toString();
        ib.text(task);
        annotate(ib, task, d.task, 0);
      }
      d.builder = ib;
      goal.items.add(d);
    }
    goal.end = Math.max(goal.end, t.blockEnd);
    section.end = Math.max(section.end, t.blockEnd);
  }

  /** Adds an extension, numbering a key that is already taken (two columns with one header). */
  private static void extension(Map<String, ExtensionValue> extensions, String key, String value) {
    String k = key;
    for (int n = 2; extensions.containsKey(k); n++) {
      k = key + "#" + n;
    }
    extensions.put(k, ExtensionValue.string(value));
  }

  private List<String> unitIds(Block cell) {
    List<String> ids = new ArrayList<>();
    String v = cell.text.toString();
    int start = 0;
    for (int i = 0; i <= v.length(); i++) {
      if (i == v.length() || "、，,；;/ ".indexOf(v.charAt(i)) >= 0) {
        String name = v.substring(start, i).strip();
        if (!name.isEmpty()) {
          OrganizationalUnit u = units.get(name);
          if (u == null) {
            OrganizationalUnit.Builder ub = OrganizationalUnit.builder()
                .id("u" + (units.size() + 1))
                .name(name)
                .sourceSpan(source.span(cell.offsetOf(start), cell.endOffsetOf(i)));
            unitKind(name).ifPresent(ub::unitKind);
            u = ub.build();
            units.put(name, u);
          }
          if (!ids.contains(u.id())) {
            ids.add(u.id());
          }
        }
        start = i + 1;
      }
    }
    return ids;
  }

  private static Optional<UnitKind> unitKind(String name) {
    if (name.endsWith("党工委") || name.endsWith("党委") || name.endsWith("党组") || name.endsWith("组织部") || name.endsWith("统战部") || name.endsWith("宣传部")) {
      return Optional.of(UnitKind.PARTY_ORGANIZATION);
    }
    if (name.endsWith("办公室") || name.endsWith("办")) {
      return Optional.of(UnitKind.OFFICE);
    }
    if (name.endsWith("中心") || name.endsWith("服务站")) {
      return Optional.of(UnitKind.SERVICE_CENTRE);
    }
    if (name.endsWith("局") || name.endsWith("委") || name.endsWith("科") || name.endsWith("部") || name.endsWith("委员会")) {
      return Optional.of(UnitKind.DEPARTMENT);
    }
    if (name.endsWith("人民政府") || name.endsWith("街道") || name.endsWith("镇")) {
      return Optional.of(UnitKind.GOVERNMENT);
    }
    if (name.endsWith("居委会") || name.endsWith("居委") || name.endsWith("社区")) {
      return Optional.of(UnitKind.COMMUNITY);
    }
    return Optional.empty();
  }

  // ---- building ----------------------------------------------------------------------------

  /** An initiative being built; joins add notes to it before it is built. */
  private static final class InitiativeHolder {
    final Initiative.Builder builder;
    final List<SourceNote> notes;

    InitiativeHolder(Initiative.Builder builder, List<SourceNote> notes) {
      this.builder = builder;
      this.notes = notes;
    }
  }

  /** Splits every goal's narrative into initiatives, registering each as an owner of its text. */
  private void prepareInitiatives() {
    for (SectionDraft s : sections) {
      for (GoalDraft g : s.goals) {
        for (Object item : g.items) {
          if (item instanceof Range r) {
            for (int[] x : sentences(r.block, r.from, r.to)) {
              String text = r.block.text(x[0], x[1]);
              Initiative.Builder ib = Initiative.builder().text(text);
              ib.sourceSpan(source.span(r.block.offsetOf(x[0]), r.block.endOffsetOf(x[1])));
              annotate(ib, text, r.block, x[0]);
              InitiativeHolder h = new InitiativeHolder(ib, new ArrayList<>());
              own(new Owner(r.block, x[0], x[1], h.notes));
              g.initiatives.add(h);
            }
          } else {
            RowDraft d = (RowDraft) item;
            g.initiatives.add(new InitiativeHolder(d.builder, d.notes));
          }
        }
      }
    }
  }

  private Section buildSection(SectionDraft s) {
    Section.Builder b = Section.builder().title(s.title).keywords(s.keywords);
    if (s.number != null) {
      b.number(s.number);
    }
    for (Range r : s.introduction) {
      b.addIntroduction(r.text());
    }
    for (GoalDraft g : s.goals) {
      b.addGoal(buildGoal(g));
    }
    b.sourceSpan(source.span(s.start, Math.max(s.start, s.end)));
    return b.sourceNotes(sorted(s.notes)).build();
  }

  private Goal buildGoal(GoalDraft g) {
    Goal.Builder b = Goal.builder().name(g.name);
    if (g.number != null) {
      b.number(g.number);
    }
    if (g.statement != null) {
      b.statement(g.statement);
    }
    for (Object item : g.items) {
      if (item instanceof Range r) {
        b.addNarrative(r.text());
      }
    }
    for (InitiativeHolder h : g.initiatives) {
      b.addInitiative(h.builder.sourceNotes(sorted(h.notes)).build());
    }
    b.sourceSpan(source.span(g.start, Math.max(g.start, g.end)));
    return b.sourceNotes(sorted(g.notes)).build();
  }

  private static List<SourceNote> sorted(List<SourceNote> notes) {
    List<SourceNote> copy = new ArrayList<>(notes);
    copy.sort(Comparator.comparingInt(n -> n.span().map(x -> x.startOffset()).orElse(0)));
    return copy;
  }

  /** Adds the mentions and indicators of {@code text}, which stands in the block at {@code from}. */
  private void annotate(Initiative.Builder ib, String text, Block block, int from) {
    for (TextMatch<Mention> m : MentionGrammar.find(text)) {
      ib.addMention(Mention.builder().from(m.value())
          .span(source.span(block.offsetOf(from + m.start()), block.endOffsetOf(from + m.end()))).build());
    }
    IndicatorGrammar.Reading reading = IndicatorGrammar.read(text);
    for (TextMatch<Indicator> k : reading.indicators()) {
      ib.addIndicator(Indicator.builder().from(k.value())
          .sourceSpan(source.span(block.offsetOf(from + k.start()), block.endOffsetOf(from + k.end()))).build());
    }
    for (TextMatch<String> u : reading.unreadable()) {
      diagnostics.add(ImportDiagnostic.Kind.UNREADABLE_QUANTITY, u.value(),
          block.offsetOf(from + u.start()), block.endOffsetOf(from + u.end()));
    }
  }

  /** Sentence ranges of [from, to): ends after 。！？；; outside quotes, whitespace trimmed. */
  static List<int[]> sentences(Block b, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < to; i++) {
      char c = b.charAt(i);
      if (!SENTENCE_MARKS[c]) {
        continue; // nearly every character: one table lookup
      }
      if (isOpen(c)) {
        depth++;
      } else if (isClose(c)) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && "。！？；;!?".indexOf(c) >= 0) {
        add(out, b, start, i + 1);
        start = i + 1;
      }
    }
    add(out, b, start, to);
    return out;
  }

  /** The characters {@link #sentences} acts on: brackets and quotes, and sentence ends. */
  private static final boolean[] SENTENCE_MARKS = new boolean[Character.MAX_VALUE + 1];

  static {
    for (char c : "“‘《（(「”’》）)」。！？；;!?".toCharArray()) {
      SENTENCE_MARKS[c] = true;
    }
  }

  private static void add(List<int[]> out, Block b, int from, int to) {
    int s = from;
    while (s < to && Block.isSpace(b.charAt(s))) {
      s++;
    }
    int e = to;
    while (e > s && Block.isSpace(b.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new int[] {s, e});
    }
  }

  private void own(Owner o) {
    owners.computeIfAbsent(o.block, k -> new ArrayList<>()).add(o);
  }

  /** Puts each join's note on the element holding the joined text; linear in joins plus owners. */
  private void resolveJoins(List<Block> body) {
    for (Block b : body) {
      List<Owner> mine = owners.getOrDefault(b, new ArrayList<>());
      mine.sort(Comparator.comparingInt(Owner::from));
      int k = 0;
      List<Block.Join> joins = new ArrayList<>(b.joins);
      joins.sort(Comparator.comparingInt(Block.Join::at));
      for (Block.Join j : joins) {
        while (k + 1 < mine.size() && mine.get(k + 1).from() <= j.at()) {
          k++;
        }
        Owner best = mine.isEmpty() || mine.get(k).from() > j.at() ? null : mine.get(k);
        SourceNote note = note(SourceNote.Kind.JOINED_BROKEN_PARAGRAPH, j.detail(), j.fromOffset(), j.toOffset());
        (best == null ? planNotes : best.notes).add(note);
      }
    }
  }

  private Optional<String> vision(List<String> preamble) {
    String found = null;
    String[] after = {"新篇章", "新画卷", "新局面", "新征程", "新篇", "目标", "愿景"};
    for (String p : preamble) {
      int i = 0;
      while (i < p.length()) {
        int open = p.indexOf('“', i);
        if (open < 0) {
          break;
        }
        int close = p.indexOf('”', open + 1);
        if (close < 0) {
          break;
        }
        String inner = p.substring(open + 1, close);
        boolean followed = false;
        for (String a : after) {
          if (p.startsWith(a, close + 1)) {
            followed = true;
          }
        }
        if (followed && !inner.isBlank() && !hasNumeral(inner)) {
          found = inner;
        }
        i = close + 1;
      }
    }
    return Optional.ofNullable(found);
  }

  private static boolean hasNumeral(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '0' && c <= '9') || org.civicplan.model.chinese.ChineseNumerals.isNumeralChar(c)) {
        return true;
      }
    }
    return false;
  }
}
