package org.civicplan.io.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.Mention;
import org.civicplan.model.Numbering;
import org.civicplan.model.PlanKind;
import org.civicplan.model.SourceNote;

/**
 * What the passes of one import share: the source, the blocks still to place, the plan's
 * metadata, and the drafts of its sections, goals and initiatives. Each pass reads what earlier
 * passes left here and adds its own part; one assembly per read, not thread-safe.
 */
final class Assembly {
  final SourceText source;
  final Diagnostics diagnostics;
  final String sourceName;
  /** Every block the reader gave, in document order; for the plan's span. */
  final List<Block> all;
  /** The blocks still to place: the page chrome and the title taken out, broken paragraphs joined. */
  List<Block> blocks;

  Block titleBlock;
  String title = "";
  TitleLine titleLine;
  Integer planYear;
  PlanKind planKind = PlanKind.ANNUAL_WORK_PLAN;
  /** The issuer a notice names before 关于, used when the plan's own title names none. */
  String issuer;
  String documentNumber;
  final Map<String, ExtensionValue> planExtensions = new LinkedHashMap<>();
  /** Blocks that belong to the preamble whatever their numbering: a notice before its annex. */
  final Set<Block> preambleOnly = Collections.newSetFromMap(new IdentityHashMap<>());

  final List<Range> preamble = new ArrayList<>();
  final List<SourceNote> planNotes = new ArrayList<>();
  final List<SectionDraft> sections = new ArrayList<>();
  final Map<Block, List<Owner>> owners = new IdentityHashMap<>();
  final Units units;
  final List<Indicator> targets = new ArrayList<>();

  Assembly(SourceText source, List<Block> blocks, Diagnostics diagnostics, String sourceName) {
    this.source = source;
    for (Block b : blocks) { // the readers compact theirs; a block made some other way too
      b.compact();
      if (b.rows != null) {
        for (List<Block> row : b.rows) {
          row.forEach(Block::compact);
        }
      }
    }
    this.all = List.copyOf(blocks);
    this.blocks = new ArrayList<>(blocks);
    this.diagnostics = diagnostics;
    this.sourceName = sourceName;
    this.units = new Units(source);
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
    /** Where the title stands, for its indicators; null for an implicit section. */
    Range titleRange;
    /** A part that reports results (工作回顾, 成绩单): its numbers are not targets. */
    boolean review;
    final List<String> keywords = new ArrayList<>();
    final List<Range> introduction = new ArrayList<>();
    final List<GoalDraft> goals = new ArrayList<>();
    final List<SourceNote> notes = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();
    int start;
    int end;
  }

  static final class GoalDraft {
    Numbering number;
    String name = "";
    String statement;
    /** Where the lead-in stands, for its indicators; null for an implicit goal. */
    Range leadRange;
    /** Narrative ranges and table rows, in document order. */
    final List<Object> items = new ArrayList<>();
    final List<InitiativeDraft> initiatives = new ArrayList<>();
    final List<SourceNote> notes = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();
    int start;
    int end;
  }

  /** A table row, read into an initiative's fields. */
  static final class RowDraft {
    Block task;
    Initiative.Builder builder;
    final List<SourceNote> notes = new ArrayList<>();
    int start;
    int end;
  }

  /**
   * An initiative being built; later passes add units, dates, notes and sort its indicators. A
   * draft is kept for every initiative until the plan is built, so it holds no more than its
   * fields: its lists start as one shared empty list and are made on first use (through the
   * {@code add…} methods), and a sentence gets its {@link Initiative.Builder} only when it is built.
   */
  static final class InitiativeDraft {
    /** The builder a table row's cells filled; null for a sentence. */
    final Initiative.Builder builder;
    final List<SourceNote> notes;
    /** The initiative's text, and where it stands: block and [from, to) (the task cell for a row). */
    String text;
    Block block;
    int from;
    int to;
    int start;
    int end;
    /** Read-only here; add with {@link #addMention}. */
    List<Mention> mentions = List.of();
    /** Read-only here; add with {@link #addIndicator}, replace with {@link #setIndicators}. */
    List<Indicator> indicators = List.of();
    /**
     * Where the quantity of each indicator starts in {@link #text} (its number, or 约/百分之 before
     * it), in step with {@link #indicators}: where the target pass looks for cues before it.
     */
    List<Integer> indicatorAt = List.of();
    /** Lead unit, supporting units and due date read from the text (rows set theirs on the builder). */
    String lead;
    /** Read-only here; add with {@link #addSupport}. */
    List<String> support = List.of();
    java.time.LocalDate due;
    /** Extensions read from the text (责任领导, an unreadable deadline); null until there is one. */
    Map<String, ExtensionValue> extensions;
    /** Set when a later pass merged this draft into another (a responsibility line after a task). */
    InitiativeDraft mergedInto;
    /** The drafts merged into this one, whose notes it takes over; add with {@link #absorb}. */
    List<InitiativeDraft> absorbed = List.of();
    final boolean row;

    void putExtension(String key, ExtensionValue value) {
      if (extensions == null) {
        extensions = new LinkedHashMap<>();
      }
      extensions.put(key, value);
    }

    void addMention(Mention m) {
      if (mentions.isEmpty()) {
        mentions = new ArrayList<>(2);
      }
      mentions.add(m);
    }

    /** Adds an indicator whose quantity starts at {@code at} in {@link #text}. */
    void addIndicator(Indicator k, int at) {
      if (indicators.isEmpty()) {
        indicators = new ArrayList<>(2);
        indicatorAt = new ArrayList<>(2);
      }
      indicators.add(k);
      indicatorAt.add(at);
    }

    /** Replaces the indicators by some of them, in the same order, with their places. */
    void setIndicators(List<Indicator> kept, List<Integer> at) {
      indicators = kept;
      indicatorAt = at;
    }

    void addSupport(String unit) {
      if (support.isEmpty()) {
        support = new ArrayList<>(2);
      }
      support.add(unit);
    }

    /** Records that {@code d} was merged into this draft. */
    void absorb(InitiativeDraft d) {
      if (absorbed.isEmpty()) {
        absorbed = new ArrayList<>(1);
      }
      absorbed.add(d);
      d.mergedInto = this;
    }

    InitiativeDraft(Initiative.Builder builder, List<SourceNote> notes, boolean row) {
      this.builder = builder;
      this.notes = notes;
      this.row = row;
    }
  }

  /**
   * Records that an element holds a range of a block's text, so that a join inside it notes on
   * the element. Only blocks with joins need owners (joins are made by the join pass, before any
   * element is placed), so for the others nothing is kept.
   */
  void own(Owner o) {
    if (!o.block().joins.isEmpty()) {
      owners.computeIfAbsent(o.block(), k -> new ArrayList<>()).add(o);
    }
  }

  SourceNote note(SourceNote.Kind kind, String detail, int start, int end) {
    return SourceNote.builder().kind(kind).detail(detail).span(source.span(start, end)).build();
  }

  static List<SourceNote> sorted(List<SourceNote> notes) {
    List<SourceNote> copy = new ArrayList<>(notes);
    copy.sort(Comparator.comparingInt(n -> n.span().map(x -> x.startOffset()).orElse(0)));
    return copy;
  }

  /** Every initiative draft of the plan, in document order. */
  List<InitiativeDraft> initiatives() {
    List<InitiativeDraft> out = new ArrayList<>();
    for (SectionDraft s : sections) {
      for (GoalDraft g : s.goals) {
        out.addAll(g.initiatives);
      }
    }
    return out;
  }
}
