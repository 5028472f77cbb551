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
 * one per indicator when it has several (the initiative's own cells then span those rows).
 */
final class TaskTable {
  /** Extension key under which period notes without a value are kept (period code → text). */
  static final String NOTES_KEY = "org.civicplan:progressNotes";

  private TaskTable() {}

  /** One row of the sheet. */
  static final class Row {
    final Initiative initiative;
    final Indicator indicator;
    /** Rows of the initiative this row starts (0 for continuation rows). */
    final int span;
    final Map<Column, String> text = new EnumMap<>(Column.class);
    LocalDate due;
    final List<String> notes = new ArrayList<>();
    final List<BigDecimal> values = new ArrayList<>();

    Row(Initiative initiative, Indicator indicator, int span) {
      this.initiative = initiative;
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
    List<Section> sections = plan.sections();
    for (int si = 0; si < sections.size(); si++) {
      Section s = sections.get(si);
      String sectionLabel = label(s.number(), si);
      String sectionText = sectionLabel + "、" + s.title();
      List<Goal> goals = s.goals();
      for (int gi = 0; gi < goals.size(); gi++) {
        Goal g = goals.get(gi);
        String goalLabel = "（" + label(g.number(), gi) + "）";
        List<Initiative> initiatives = g.initiatives();
        for (int ii = 0; ii < initiatives.size(); ii++) {
          Initiative in = initiatives.get(ii);
          List<Indicator> ks = in.indicators();
          int span = Math.max(1, ks.size());
          for (int r = 0; r < span; r++) {
            Indicator k = ks.isEmpty() ? null : ks.get(r);
            Row row = new Row(in, k, r == 0 ? span : 0);
            row.text.put(Column.PLACE, sectionLabel + goalLabel + (ii + 1));
            row.text.put(Column.SECTION, sectionText);
            row.text.put(Column.ID, in.id());
            row.text.put(Column.INDICATOR_ID, k == null ? "" : k.id());
            row.text.put(Column.TASK, in.text());
            row.text.put(Column.LEAD, in.leadUnit().map(id -> unitName(units, id)).orElse(""));
            row.text.put(Column.SUPPORTING, String.join("、",
                in.supportingUnits().stream().map(id -> unitName(units, id)).toList()));
            row.text.put(Column.STATUS, in.status().map(st -> Vocabulary.status(st, language)).orElse(""));
            row.due = in.due().orElse(null);
            row.text.put(Column.DUE, row.due == null ? "" : row.due.toString());
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
                  : note(k != null ? k : in, p).orElse(""));
            }
            rows.add(row);
          }
        }
      }
    }
    return rows;
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
