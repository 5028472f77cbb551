package org.civicplan.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.model.Actual;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.Numbering;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.Plan;
import org.civicplan.model.PlanElement;
import org.civicplan.model.Section;
import org.civicplan.model.chinese.ChineseNumerals;
import org.civicplan.tasks.Vocabulary.Column;

/**
 * A plan's tasks as the rows of a sheet, the same for XLSX and CSV: one row per initiative, or
 * one per indicator when it has several (the initiative's own cells then span those rows); and
 * one row per target of the plan itself (主要预期目标), of a section and of a goal, each where
 * the plan states it: the plan's first, then each section's before its goals, each goal's before
 * its initiatives.
 */
final class TaskTable {
  /** Extension key under which period notes without a value are kept (period code → text). */
  static final String NOTES_KEY = "org.civicplan:progressNotes";

  private TaskTable() {}

  /** One row of the sheet. */
  static final class Row {
    /** The initiative, or the plan, section or goal whose target the row is. */
    final PlanElement owner;
    final Indicator indicator;
    /** Rows of the owner this row starts (0 for continuation rows). */
    final int span;
    final Map<Column, String> text = new EnumMap<>(Column.class);
    LocalDate due;
    final List<String> notes = new ArrayList<>();
    final List<BigDecimal> values = new ArrayList<>();

    Row(PlanElement owner, Indicator indicator, int span) {
      this.owner = owner;
      this.indicator = indicator;
      this.span = span;
    }
  }

  static List<Row> rows(Plan plan, List<ReportingPeriod> periods, SheetLanguage language) {
    Map<String, OrganizationalUnit> units = new HashMap<>();
    for (OrganizationalUnit u : plan.units()) {
      units.put(u.id(), u);
    }
    List<Row> rows = new ArrayList<>();
    if (!plan.targets().isEmpty()) {
      add(rows, plan, plan.targets(), ownCells(plan, "", "", language), null, periods, language);
    }
    List<Section> sections = plan.sections();
    for (int si = 0; si < sections.size(); si++) {
      Section s = sections.get(si);
      String sectionLabel = label(s.number(), si);
      String sectionText = sectionLabel + "、" + s.title();
      if (!s.indicators().isEmpty()) {
        add(rows, s, s.indicators(), ownCells(s, sectionLabel, sectionText, language), null, periods, language);
      }
      List<Goal> goals = s.goals();
      for (int gi = 0; gi < goals.size(); gi++) {
        Goal g = goals.get(gi);
        String goalPlace = sectionLabel + "（" + label(g.number(), gi) + "）";
        if (!g.indicators().isEmpty()) {
          add(rows, g, g.indicators(), ownCells(g, goalPlace, sectionText, language), null, periods, language);
        }
        List<Initiative> initiatives = g.initiatives();
        for (int ii = 0; ii < initiatives.size(); ii++) {
          Initiative in = initiatives.get(ii);
          Map<Column, String> own = ownCells(in, goalPlace + (ii + 1), sectionText, language);
          own.put(Column.LEAD, in.leadUnit().map(id -> unitName(units, id)).orElse(""));
          own.put(Column.SUPPORTING, String.join("、",
              in.supportingUnits().stream().map(id -> unitName(units, id)).toList()));
          own.put(Column.STATUS, in.status().map(st -> Vocabulary.status(st, language)).orElse(""));
          own.put(Column.DUE, in.due().map(LocalDate::toString).orElse(""));
          add(rows, in, in.indicators(), own, in.due().orElse(null), periods, language);
        }
      }
    }
    return rows;
  }

  /** The owner's own cells, those an initiative's rows share: the others start empty. */
  private static Map<Column, String> ownCells(PlanElement owner, String place, String section,
      SheetLanguage language) {
    Map<Column, String> own = new EnumMap<>(Column.class);
    own.put(Column.PLACE, place);
    own.put(Column.SECTION, section);
    own.put(Column.LEVEL, Vocabulary.level(owner.kind(), language));
    own.put(Column.ID, owner.id());
    own.put(Column.TASK, text(owner));
    own.put(Column.LEAD, "");
    own.put(Column.SUPPORTING, "");
    own.put(Column.STATUS, "");
    own.put(Column.DUE, "");
    return own;
  }

  /** One row per indicator of the owner (one row if it has none), its own cells on each. */
  private static void add(List<Row> rows, PlanElement owner, List<Indicator> ks, Map<Column, String> own,
      LocalDate due, List<ReportingPeriod> periods, SheetLanguage language) {
    int span = Math.max(1, ks.size());
    for (int r = 0; r < span; r++) {
      Indicator k = ks.isEmpty() ? null : ks.get(r);
      Row row = new Row(owner, k, r == 0 ? span : 0);
      row.text.putAll(own);
      row.due = due;
      row.text.put(Column.INDICATOR_ID, k == null ? "" : k.id());
      row.text.put(Column.INDICATOR, k == null ? "" : k.name());
      row.text.put(Column.COMPARATOR,
          k == null ? "" : k.target().map(t -> Vocabulary.comparator(t.comparator(), language)).orElse(""));
      row.text.put(Column.TARGET,
          k == null ? "" : k.target().map(t -> Vocabulary.targetText(t, language)).orElse(""));
      row.text.put(Column.UNIT,
          k == null ? "" : k.unit().map(u -> u.written()).orElse(""));
      for (ReportingPeriod p : periods) {
        Optional<Actual> a = k == null ? Optional.empty() : actual(k, p);
        row.values.add(a.map(Actual::value).orElse(null));
        row.notes.add(a.isPresent() ? a.get().note().orElse("")
            : note(k != null ? k : owner, p).orElse(""));
      }
      rows.add(row);
    }
  }

  /**
   * The 工作任务 cell of a row's owner: an initiative's text, the plan's title, a section's
   * title, a goal's name with its statement ({@code 做实做细，提升宜居功能品质}).
   */
  static String text(PlanElement owner) {
    if (owner instanceof Initiative i) {
      return i.text();
    }
    if (owner instanceof Plan p) {
      return p.title();
    }
    if (owner instanceof Section s) {
      return s.title();
    }
    Goal g = (Goal) owner;
    return g.statement().map(st -> g.name().isEmpty() ? st : g.name() + "，" + st).orElse(g.name());
  }

  /** A section's or goal's number as written, or its position in Chinese numerals. */
  static String label(Optional<Numbering> number, int index) {
    return number.map(Numbering::label).filter(l -> !l.isBlank())
        .orElseGet(() -> ChineseNumerals.toChinese(index + 1));
  }

  static String unitName(Map<String, OrganizationalUnit> units, String id) {
    OrganizationalUnit u = units.get(id);
    return u == null || u.name().isBlank() ? id : u.name();
  }

  /** The last actual reported for exactly the period's days. */
  static Optional<Actual> actual(Indicator k, ReportingPeriod p) {
    Actual found = null;
    for (Actual a : k.actuals()) {
      if (p.sameDays(a.period())) {
        found = a;
      }
    }
    return Optional.ofNullable(found);
  }

  /** A note kept for a period without a value. */
  static Optional<String> note(PlanElement e, ReportingPeriod p) {
    ExtensionValue v = e.extensions().get(NOTES_KEY);
    if (v instanceof ExtensionValue.ObjectValue o
        && o.members().get(p.code()) instanceof ExtensionValue.StringValue s) {
      return Optional.of(s.value());
    }
    return Optional.empty();
  }
}
