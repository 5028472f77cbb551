package org.civicplan.io.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.chinese.DocumentParts;
import org.civicplan.model.Goal;
import org.civicplan.model.Initiative;
import org.civicplan.model.IssuingOrganization;
import org.civicplan.model.Period;
import org.civicplan.model.Indicator;
import org.civicplan.model.Plan;
import org.civicplan.model.PlanIds;
import org.civicplan.model.Section;
import org.civicplan.model.SourceNote;

/**
 * Builds a plan from the blocks of a document by running a pipeline of passes over them, each
 * with one job, then building the model from what they drafted:
 *
 * <ol>
 *   <li>{@link ChromePass}: the page around the plan (breadcrumbs, publication lines, tools,
 *       document number) out of the blocks, into metadata and notes;
 *   <li>{@link TitlePass}: the title, a notice that issues the plan, its annex;
 *   <li>{@link FlatTablePass}: tables flattened to text rebuilt as tables;
 *   <li>{@link JoinPass}: paragraphs broken in mid-sentence joined;
 *   <li>{@link OutlinePass}: sections, goals and text, at any depth or with no numbering;
 *   <li>{@link InitiativePass}: sentences and table rows into initiatives, with their mentions
 *       and quantities;
 *   <li>{@link ResponsibilityPass}: lead and supporting units and deadlines stated in the text;
 *   <li>{@link TargetPass}: which quantities are targets, of which element; results as actuals.
 * </ol>
 *
 * A document is refused only when it has neither structure nor a sentence. One assembler per read; not
 * thread-safe.
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

  /** The passes, in order. */
  private static final List<Pass> PASSES = List.of(
      new RedHeaderPass(), new ChromePass(), new TitlePass(), new FlatTablePass(), new JoinPass(), new ClosingPass(),
      new OutlinePass(),
      new InitiativePass(), new ResponsibilityPass(), new TargetPass());

  private final Assembly a;

  Assembler(SourceText source, List<Block> blocks, Diagnostics diagnostics, String sourceName) {
    this.a = new Assembly(source, blocks, diagnostics, sourceName);
  }

  Plan.Builder assemble() throws PlanFormatException {
    if (a.blocks.isEmpty()) {
      throw new PlanFormatException(
          "空文档：没有可读的文字 (empty document: no text to read)", a.sourceName, Math.max(1, a.source.line(a.source.length())), 0, null, null);
    }
    for (Pass pass : PASSES) {
      if (pass instanceof OutlinePass) {
        refuseWithoutSentences(); // the page chrome and the title are out by now
      }
      pass.run(a);
    }
    if (a.sections.isEmpty()) {
      Block at = a.all.get(a.all.size() - 1);
      throw new PlanFormatException(
          "无法识别计划结构：标题之后没有正文 (no recognizable structure: no text after the title)", a.sourceName,
          a.source.line(at.blockStart), a.source.column(at.blockStart), null, null);
    }
    return build();
  }

  /**
   * A document with neither structure (a numbered block, a heading, a table) nor a sentence in
   * it (a list of links, numbers or names) is no plan.
   */
  private void refuseWithoutSentences() throws PlanFormatException {
    if (a.blocks.isEmpty()) {
      return; // a title alone: refused below, after the passes, as having no text after the title
    }
    for (Block b : a.blocks) {
      if (b.kind == Block.Kind.HEADING || b.kind == Block.Kind.TABLE
          || (!a.preambleOnly.contains(b) && org.civicplan.io.chinese.Numberings.parse(b.text, 0).isPresent())) {
        return;
      }
    }
    for (Block b : a.blocks) {
      if (b.kind == Block.Kind.TABLE) {
        for (List<Block> row : b.rows) {
          for (Block cell : row) {
            if (DocumentParts.hasSentence(cell.text)) {
              return;
            }
          }
        }
      } else if (DocumentParts.hasSentence(b.text)) {
        return;
      }
    }
    Block at = a.blocks.get(0);
    throw new PlanFormatException(
        "无法识别计划结构：文中没有句子 (no recognizable structure: the text holds no sentence, only names, numbers or links)",
        a.sourceName, a.source.line(at.blockStart), a.source.column(at.blockStart), null, null);
  }

  /** Builds the plan; the drafts are used up (each is let go once its element is built). */
  private Plan.Builder build() {
    resolveJoins();
    a.owners.clear();
    // Ids are given here as the plan would give them (PlanIds), so that building the plan copies
    // no element to assign them.
    List<Section> built = new ArrayList<>();
    for (Assembly.SectionDraft s : a.sections) {
      built.add(buildSection(s, PlanIds.section(built.size() + 1)));
    }
    Plan.Builder plan = Plan.builder().title(a.title).planKind(a.planKind);
    Optional<IssuingOrganization> org = a.titleLine.organization;
    if (org.isEmpty() && a.issuer != null) {
      org = Optional.of(TitleLine.organizationNamed(a.issuer));
    }
    org.ifPresent(plan::organization);
    a.titleLine.year.ifPresent(y -> plan.period(Period.calendarYear(y)));
    List<String> pre = new ArrayList<>();
    for (Assembly.Range r : a.preamble) {
      pre.add(r.text());
    }
    plan.preamble(pre);
    vision(pre).ifPresent(plan::vision);
    plan.targets(withIds(a.targets, null));
    if (a.documentNumber != null) {
      plan.documentNumber(a.documentNumber);
    }
    plan.sections(built);
    plan.units(a.units.declared());
    plan.extensions(a.planExtensions);
    Block first = a.all.get(0);
    Block last = a.all.get(a.all.size() - 1);
    int start = a.titleBlock != null ? Math.min(a.titleBlock.blockStart, first.blockStart) : first.blockStart;
    plan.sourceSpan(a.source.span(start, Math.max(start, last.blockEnd)));
    plan.sourceNotes(Assembly.sorted(a.planNotes));
    return plan;
  }

  private Section buildSection(Assembly.SectionDraft s, String id) {
    Section.Builder b = Section.builder().id(id).title(s.title).keywords(s.keywords);
    if (s.number != null) {
      b.number(s.number);
    }
    for (Assembly.Range r : s.introduction) {
      b.addIntroduction(r.text());
    }
    b.indicators(withIds(s.indicators, id));
    int position = 0;
    for (Assembly.GoalDraft g : s.goals) {
      b.addGoal(buildGoal(g, PlanIds.goal(id, ++position)));
    }
    b.sourceSpan(a.source.span(s.start, Math.max(s.start, s.end)));
    return b.sourceNotes(Assembly.sorted(s.notes)).build();
  }

  private Goal buildGoal(Assembly.GoalDraft g, String id) {
    Goal.Builder b = Goal.builder().id(id).name(g.name);
    if (g.number != null) {
      b.number(g.number);
    }
    if (g.statement != null) {
      b.statement(g.statement);
    }
    for (Object item : g.items) {
      if (item instanceof Assembly.Range r) {
        b.addNarrative(r.text());
      }
    }
    b.indicators(withIds(g.indicators, id));
    List<Assembly.InitiativeDraft> drafts = g.initiatives;
    for (int i = 0; i < drafts.size(); i++) {
      b.addInitiative(buildInitiative(drafts.get(i), PlanIds.initiative(id, i + 1)));
      drafts.set(i, null); // built: the plan holds what it needs, the draft can go now, not after the whole plan
    }
    b.sourceSpan(a.source.span(g.start, Math.max(g.start, g.end)));
    return b.sourceNotes(Assembly.sorted(g.notes)).build();
  }

  private Initiative buildInitiative(Assembly.InitiativeDraft d, String id) {
    Initiative.Builder ib = (d.builder != null ? d.builder : Initiative.builder()).id(id).text(d.text);
    ib.sourceSpan(a.source.span(d.start, Math.max(d.start, d.end)));
    ib.mentions(d.mentions).indicators(withIds(d.indicators, id));
    if (!d.row) {
      if (d.lead != null) {
        ib.leadUnit(d.lead);
      }
      if (!d.support.isEmpty()) {
        ib.supportingUnits(d.support);
      }
      if (d.due != null) {
        ib.due(d.due);
      }
      if (d.extensions != null) {
        ib.extensions(d.extensions);
      }
    }
    List<SourceNote> notes = d.notes;
    if (!d.absorbed.isEmpty()) {
      notes = new ArrayList<>(d.notes);
      for (Assembly.InitiativeDraft m : d.absorbed) {
        notes.addAll(m.notes);
      }
    }
    return ib.sourceNotes(notes.size() < 2 ? notes : Assembly.sorted(notes)).build();
  }

  /**
   * The indicators, each without an id given the one the plan would give it ({@link
   * PlanIds#target} for the plan's own when {@code owner} is null, else {@link
   * PlanIds#indicator}); the list itself when none lacks one.
   */
  private static List<Indicator> withIds(List<Indicator> indicators, String owner) {
    boolean missing = false;
    for (Indicator k : indicators) {
      missing |= k.id().isEmpty();
    }
    if (!missing) {
      return indicators;
    }
    List<Indicator> out = new ArrayList<>(indicators.size());
    for (int k = 0; k < indicators.size(); k++) {
      Indicator i = indicators.get(k);
      out.add(i.id().isEmpty()
          ? i.withId(owner == null ? PlanIds.target(k + 1) : PlanIds.indicator(owner, k + 1))
          : i);
    }
    return out;
  }

  /** Puts each join's note on the element holding the joined text; linear in joins plus owners. */
  private void resolveJoins() {
    for (Block b : a.blocks) {
      if (b.joins.isEmpty()) {
        continue; // no owners are kept for it either (see Assembly.own)
      }
      List<Assembly.Owner> mine = a.owners.getOrDefault(b, new ArrayList<>());
      mine.sort(Comparator.comparingInt(Assembly.Owner::from));
      int k = 0;
      List<Block.Join> joins = new ArrayList<>(b.joins);
      joins.sort(Comparator.comparingInt(Block.Join::at));
      for (Block.Join j : joins) {
        while (k + 1 < mine.size() && mine.get(k + 1).from() <= j.at()) {
          k++;
        }
        Assembly.Owner best = mine.isEmpty() || mine.get(k).from() > j.at() ? null : mine.get(k);
        SourceNote note = a.note(SourceNote.Kind.JOINED_BROKEN_PARAGRAPH, j.detail(), j.fromOffset(), j.toOffset());
        (best == null ? a.planNotes : best.notes()).add(note);
      }
    }
  }

  private static Optional<String> vision(List<String> preamble) {
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
        for (String x : after) {
          if (p.startsWith(x, close + 1)) {
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
