package org.civicplan.tasks;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.InitiativeStatus;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.Plan;
import org.civicplan.model.PlanElement;
import org.civicplan.model.Section;
import org.civicplan.tasks.Vocabulary.Column;

/**
 * Checks every row of a filled sheet against the plan and turns the rows into edits; any
 * problem in any row is collected, and the edits are used only if there is none.
 */
final class SheetMerger {
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");
  private static final Pattern DATE =
      Pattern.compile("(\\d{4})\\s*(?:[-/.年])\\s*(\\d{1,2})\\s*(?:[-/.月])\\s*(\\d{1,2})\\s*日?");
  private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern SERIAL = Pattern.compile("\\d{1,6}(\\.\\d+)?");
  private static final String SEPARATORS = "[、，,;；/\\n]+";

  /** What a row reports for one period. */
  record Report(BigDecimal value, String note) {}

  /** The changes to one existing initiative. */
  static final class Edit {
    final Initiative initiative;
    Optional<InitiativeStatus> status;
    Optional<LocalDate> due;
    Optional<String> lead;
    List<String> supporting;
    /** Indicator id ("" for the initiative itself) → period → report. */
    final Map<String, Map<ReportingPeriod, Report>> reports = new LinkedHashMap<>();

    Edit(Initiative initiative) {
      this.initiative = initiative;
      this.status = initiative.status();
      this.due = initiative.due();
      this.lead = initiative.leadUnit();
      this.supporting = initiative.supportingUnits();
    }
  }

  /** A row an office added, to become an initiative of a goal. */
  static final class Added {
    final String goalId;
    final Initiative.Builder initiative;
    final Map<ReportingPeriod, Report> notes = new LinkedHashMap<>();

    Added(String goalId, Initiative.Builder initiative) {
      this.goalId = goalId;
      this.initiative = initiative;
    }
  }

  private final Plan plan;
  private final RawSheet sheet;
  private final NewRows newRows;
  private final List<SheetProblem> problems = new ArrayList<>();
  private final Map<Column, Integer> columns = new HashMap<>();
  private final Map<ReportingPeriod, int[]> periods = new LinkedHashMap<>();
  private final Map<String, Initiative> initiatives = new HashMap<>();
  /** The plan, its sections and goals by id: the elements whose own targets get rows. */
  private final Map<String, PlanElement> targetOwners = new HashMap<>();
  private final Map<String, String> goalOf = new HashMap<>();
  private final Map<String, OrganizationalUnit> units = new HashMap<>();
  private final Map<String, List<String>> unitIdsByName = new HashMap<>();
  final Map<String, Edit> edits = new LinkedHashMap<>();
  /** Reports on the targets of the plan, its sections and goals: indicator id → period → report. */
  final Map<String, Map<ReportingPeriod, Report>> targetReports = new LinkedHashMap<>();
  final List<Added> added = new ArrayList<>();

  SheetMerger(Plan plan, RawSheet sheet, NewRows newRows) {
    this.plan = plan;
    this.sheet = sheet;
    this.newRows = newRows;
    targetOwners.put(plan.id(), plan);
    for (Section s : plan.sections()) {
      targetOwners.put(s.id(), s);
      for (Goal g : s.goals()) {
        targetOwners.put(g.id(), g);
        goalOf.put(g.id(), g.id());
        for (Initiative i : g.initiatives()) {
          initiatives.put(i.id(), i);
          goalOf.put(i.id(), g.id());
        }
      }
    }
    for (OrganizationalUnit u : plan.units()) {
      units.put(u.id(), u);
      for (String name : new String[] {u.id(), u.name(), u.shortName().orElse("")}) {
        String key = Vocabulary.normalize(name);
        if (!key.isEmpty()) {
          List<String> ids = unitIdsByName.computeIfAbsent(key, k -> new ArrayList<>());
          if (!ids.contains(u.id())) {
            ids.add(u.id());
          }
        }
      }
    }
  }

  /** @return the problems; when empty, {@link #edits} and {@link #added} hold the merge */
  List<SheetProblem> check() {
    headers();
    if (!problems.isEmpty()) {
      return problems;
    }
    Set<String> seenKeys = new HashSet<>();
    Map<String, RawSheet.Row> firstRowOf = new HashMap<>();
    String lastGoal = null;
    for (RawSheet.Row row : sheet.rows) {
      if (row.blank()) {
        continue;
      }
      String id = text(row, Column.ID);
      if (id.isEmpty()) {
        lastGoal = addedRow(row, lastGoal);
        continue;
      }
      Initiative in = initiatives.get(id);
      PlanElement owner = in != null ? in : targetOwners.get(id);
      if (owner == null) {
        problem(row, Column.ID, "no initiative, section or goal of the plan has the id \"" + id + "\"",
            "the id the sheet was exported with (rows added by hand leave it empty)");
        continue;
      }
      lastGoal = goalOf.get(id); // none below the plan's or a section's targets
      String indicatorId = text(row, Column.INDICATOR_ID);
      List<Indicator> own = indicators(owner);
      if (in == null && indicatorId.isEmpty()) {
        problem(row, Column.INDICATOR_ID, "a row of " + describe(owner) + " without an indicator id",
            "the id of one of its targets, as exported: one of " + own.stream().map(Indicator::id).toList());
        continue;
      }
      Indicator k = null;
      if (!indicatorId.isEmpty()) {
        k = own.stream().filter(x -> x.id().equals(indicatorId)).findFirst().orElse(null);
        if (k == null) {
          problem(row, Column.INDICATOR_ID, describe(owner) + " has no indicator \"" + indicatorId + "\"",
              own.isEmpty() ? "no indicator id: it has none" : "one of " + own.stream().map(Indicator::id).toList());
          continue;
        }
      }
      if (!seenKeys.add(id + "\u0000" + indicatorId)) {
        problem(row, Column.ID, "a second row for " + (k == null ? id : indicatorId),
            "each task (and each of its indicators) once");
        continue;
      }
      RawSheet.Row first = firstRowOf.putIfAbsent(id, row);
      if (first == null) {
        ownCells(row, owner);
        if (in != null) {
          initiativeCells(row, in);
        } else {
          noTaskCells(row, owner);
        }
      } else {
        sameAsFirst(row, first);
      }
      if (k != null) {
        indicatorCells(row, k);
      }
      reports(row, in != null ? edits.get(id).reports : targetReports, k);
    }
    return problems;
  }

  /** @return the element's own indicators: an initiative's, the plan's targets, a section's or goal's */
  static List<Indicator> indicators(PlanElement owner) {
    if (owner instanceof Initiative i) {
      return i.indicators();
    }
    if (owner instanceof Plan p) {
      return p.targets();
    }
    return owner instanceof Section s ? s.indicators() : ((Goal) owner).indicators();
  }

  /** @return the element as a message names it: {@code initiative s1.g1.i1}, {@code the plan} */
  private static String describe(PlanElement owner) {
    return owner instanceof Plan ? "the plan" : owner.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + owner.id();
  }

  // ---- headers ------------------------------------------------------------------------------

  private void headers() {
    Optional<Integer> year = plan.period().map(p -> p.start().getYear());
    for (int c = 0; c < sheet.headers.size(); c++) {
      String h = Vocabulary.normalize(sheet.headers.get(c));
      Optional<Column> column = Column.ofHeader(h);
      if (column.isPresent()) {
        if (columns.putIfAbsent(column.get(), c) != null) {
          problems.add(new SheetProblem(sheet.name, 1, RawSheet.letter(c), h, "a second " + h + " column",
              "each column once"));
        }
        continue;
      }
      int kind = h.endsWith(Vocabulary.NOTE_ZH) || h.toLowerCase().endsWith(" " + Vocabulary.NOTE_EN) ? 0
          : h.endsWith(Vocabulary.VALUE_ZH) || h.toLowerCase().endsWith(" " + Vocabulary.VALUE_EN) ? 1 : -1;
      if (kind < 0) {
        continue; // a column an office added for itself, such as 备注
      }
      String suffix = kind == 0
          ? (h.endsWith(Vocabulary.NOTE_ZH) ? Vocabulary.NOTE_ZH : Vocabulary.NOTE_EN)
          : (h.endsWith(Vocabulary.VALUE_ZH) ? Vocabulary.VALUE_ZH : Vocabulary.VALUE_EN);
      String name = h.substring(0, h.length() - suffix.length()).strip();
      Optional<ReportingPeriod> p;
      try {
        p = ReportingPeriod.fromName(name, year);
      } catch (IllegalArgumentException e) {
        p = Optional.empty();
      }
      if (p.isEmpty()) {
        problems.add(new SheetProblem(sheet.name, 1, RawSheet.letter(c), h,
            "\"" + name + "\" is not a reporting period" + (year.isEmpty() ? " (the plan has no year)" : ""),
            "一季度…四季度, 上半年, 下半年, 全年, 2024年二季度 or 2024Q2"));
        continue;
      }
      int[] pair = periods.computeIfAbsent(p.get(), x -> new int[] {-1, -1});
      pair[kind] = c;
    }
    for (Column required : new Column[] {Column.ID, Column.TASK}) {
      if (!columns.containsKey(required)) {
        problems.add(new SheetProblem(sheet.name, 1, "", "", "no " + required.chinese + " / "
            + required.english + " column", "the header row CivicPlan wrote, with the hidden id columns kept"));
      }
    }
  }

  // ---- rows ---------------------------------------------------------------------------------

  /** The cells every first row of an element has: its text, its level. */
  private void ownCells(RawSheet.Row row, PlanElement owner) {
    String task = text(row, Column.TASK);
    String exported = TaskTable.text(owner);
    if (!Vocabulary.normalize(task).equals(Vocabulary.normalize(exported))) {
      problem(row, Column.TASK, owner instanceof Initiative ? "the task text was changed"
              : "the text of " + describe(owner) + " was changed",
          "the text as exported: \"" + clip(exported) + "\"");
    }
    String level = text(row, Column.LEVEL);
    if (!level.isEmpty() && !Vocabulary.isLevel(level, owner.kind())) {
      problem(row, Column.LEVEL, "\"" + clip(level) + "\" is not the level of " + describe(owner),
          Vocabulary.level(owner.kind(), SheetLanguage.CHINESE) + " as exported, or the cell left empty");
    }
  }

  /** A target's row of the plan, a section or a goal: no status, units or due date to report. */
  private void noTaskCells(RawSheet.Row row, PlanElement owner) {
    for (Column c : new Column[] {Column.LEAD, Column.SUPPORTING, Column.DUE, Column.STATUS}) {
      if (!text(row, c).isEmpty()) {
        problem(row, c, "a target of " + describe(owner) + " has no " + c.english.toLowerCase(java.util.Locale.ROOT)
                + "; the column is for the tasks",
            "the cell left empty; report on the target in the period columns");
      }
    }
  }

  private void initiativeCells(RawSheet.Row row, Initiative in) {
    Edit edit = new Edit(in);
    edits.put(in.id(), edit);
    if (columns.containsKey(Column.STATUS)) {
      edit.status = status(row);
    }
    if (columns.containsKey(Column.DUE)) {
      edit.due = date(row, Column.DUE, in.due());
      if (edit.due.isPresent() && in.start().isPresent() && edit.due.get().isBefore(in.start().get())) {
        problem(row, Column.DUE, "due " + edit.due.get() + " before the task starts (" + in.start().get() + ")",
            "a day on or after " + in.start().get());
      }
    }
    if (columns.containsKey(Column.LEAD)) {
      List<String> lead = units(row, Column.LEAD, in.leadUnit().map(List::of).orElse(List.of()), false);
      edit.lead = lead.isEmpty() ? Optional.empty() : Optional.of(lead.get(0));
    }
    if (columns.containsKey(Column.SUPPORTING)) {
      edit.supporting = units(row, Column.SUPPORTING, in.supportingUnits(), true);
    }
  }

  private String addedRow(RawSheet.Row row, String lastGoal) {
    String task = text(row, Column.TASK);
    if (newRows == NewRows.REJECT) {
      problem(row, Column.ID, "a row added to the sheet" + (task.isEmpty() ? "" : " (\"" + clip(task) + "\")"),
          "only the exported rows; ask for new tasks to be appended, or add them to the plan");
      return lastGoal;
    }
    if (task.isEmpty()) {
      problem(row, Column.TASK, "an added row without a task", "the new task's text");
      return lastGoal;
    }
    if (lastGoal == null) {
      problem(row, Column.ID, "an added row with no task of a goal above it (the first row, or below the targets of "
          + "the plan or a section)", "added rows below a task (or a target) of the goal they belong to");
      return lastGoal;
    }
    Initiative.Builder b = Initiative.builder().text(task.strip());
    if (columns.containsKey(Column.STATUS)) {
      b.status(status(row));
    }
    if (columns.containsKey(Column.DUE)) {
      b.due(date(row, Column.DUE, Optional.empty()));
    }
    if (columns.containsKey(Column.LEAD)) {
      List<String> lead = units(row, Column.LEAD, List.of(), false);
      b.leadUnit(lead.isEmpty() ? Optional.empty() : Optional.of(lead.get(0)));
    }
    if (columns.containsKey(Column.SUPPORTING)) {
      b.supportingUnits(units(row, Column.SUPPORTING, List.of(), true));
    }
    Added a = new Added(lastGoal, b);
    for (Map.Entry<ReportingPeriod, int[]> e : periods.entrySet()) {
      String note = cell(row, e.getValue()[0]).text().strip();
      if (!cell(row, e.getValue()[1]).blank()) {
        problem(row, e.getValue()[1], "a figure for a task without an indicator",
            "the figure written into the " + Vocabulary.NOTE_ZH + " column");
      }
      if (!note.isEmpty()) {
        a.notes.put(e.getKey(), new Report(null, note));
      }
    }
    added.add(a);
    return lastGoal;
  }

  private void sameAsFirst(RawSheet.Row row, RawSheet.Row first) {
    for (Column c : new Column[] {Column.TASK, Column.LEVEL, Column.STATUS, Column.DUE, Column.LEAD,
        Column.SUPPORTING}) {
      Integer i = columns.get(c);
      if (i == null) {
        continue;
      }
      String here = Vocabulary.normalize(cell(row, i).text());
      if (!here.isEmpty() && !here.equals(Vocabulary.normalize(cell(first, i).text()))) {
        problem(row, c, "differs from the task's first row (" + first.number() + ")",
            "the same value as row " + first.number() + ", or the cell left empty");
      }
    }
  }

  private void indicatorCells(RawSheet.Row row, Indicator k) {
    if (columns.containsKey(Column.INDICATOR)
        && !Vocabulary.normalize(text(row, Column.INDICATOR)).equals(Vocabulary.normalize(k.name()))) {
      problem(row, Column.INDICATOR, "the indicator was changed", "\"" + clip(k.name()) + "\" as exported");
    }
    if (columns.containsKey(Column.TARGET) && k.target().isPresent()) {
      String t = Vocabulary.normalize(text(row, Column.TARGET));
      String zh = Vocabulary.normalize(Vocabulary.targetText(k.target().get(), SheetLanguage.CHINESE));
      String en = Vocabulary.normalize(Vocabulary.targetText(k.target().get(), SheetLanguage.ENGLISH));
      BigDecimal typed = cell(row, columns.get(Column.TARGET)).number();
      boolean same = t.equals(zh) || t.equals(en)
          || typed != null && k.target().get().upperValue().isEmpty()
              && typed.compareTo(k.target().get().value()) == 0;
      if (!same) {
        problem(row, Column.TARGET, "the target was changed; a sheet reports on targets, it does not set them",
            "\"" + zh + "\" as exported");
      }
    }
  }

  /** The row's period cells into {@code into}: indicator id ("" for the initiative) → period → report. */
  private void reports(RawSheet.Row row, Map<String, Map<ReportingPeriod, Report>> into, Indicator k) {
    for (Map.Entry<ReportingPeriod, int[]> e : periods.entrySet()) {
      int noteColumn = e.getValue()[0];
      int valueColumn = e.getValue()[1];
      String note = noteColumn < 0 ? "" : cell(row, noteColumn).text().strip();
      RawSheet.Cell valueCell = valueColumn < 0 ? RawSheet.Cell.EMPTY : cell(row, valueColumn);
      BigDecimal value = null;
      if (!valueCell.blank()) {
        if (k == null) {
          problem(row, valueColumn, "a figure for a task without an indicator",
              "the figure written into the " + sheet.headers.get(Math.max(0, noteColumn)) + " column");
          continue;
        }
        value = number(row, valueColumn, valueCell, k);
        if (value == null) {
          continue;
        }
      }
      if (value != null || !note.isEmpty()) {
        into.computeIfAbsent(k == null ? "" : k.id(), x -> new LinkedHashMap<>())
            .put(e.getKey(), new Report(value, note));
      }
    }
  }

  // ---- cells --------------------------------------------------------------------------------

  private Optional<InitiativeStatus> status(RawSheet.Row row) {
    String s = text(row, Column.STATUS);
    if (Vocabulary.normalize(s).isEmpty()) {
      return Optional.empty();
    }
    Optional<InitiativeStatus> status = Vocabulary.statusOf(s);
    if (status.isEmpty()) {
      problem(row, Column.STATUS, "\"" + clip(s) + "\" is not a status",
          "one of " + String.join(", ", Vocabulary.statusNames(SheetLanguage.CHINESE)) + " (or "
              + String.join(", ", Vocabulary.statusNames(SheetLanguage.ENGLISH)) + ")");
    }
    return status;
  }

  private Optional<LocalDate> date(RawSheet.Row row, Column column, Optional<LocalDate> current) {
    RawSheet.Cell c = cell(row, columns.get(column));
    if (c.date() != null) {
      return Optional.of(c.date());
    }
    if (c.number() != null) {
      return serial(row, column, c.number().doubleValue(), c.text());
    }
    String s = Vocabulary.normalize(c.text());
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (current.isPresent() && s.equals(current.get().toString())) {
      return current;
    }
    Matcher m = DATE.matcher(s);
    Matcher compact = COMPACT_DATE.matcher(s);
    try {
      if (m.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      }
      if (compact.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
            Integer.parseInt(compact.group(3))));
      }
      if (s.matches("[+-]?\\d{4,}-\\d{2}-\\d{2}")) {
        return Optional.of(LocalDate.parse(s));
      }
    } catch (DateTimeException e) {
      problem(row, column, "\"" + clip(s) + "\" is not a day of the calendar", "a date such as 2024-06-30");
      return current;
    }
    if (SERIAL.matcher(s).matches()) {
      return serial(row, column, Double.parseDouble(s), s);
    }
    problem(row, column, "\"" + clip(s) + "\" is not a date",
        "a date such as 2024-06-30, 2024/6/30 or 2024年6月30日");
    return current;
  }

  private Optional<LocalDate> serial(RawSheet.Row row, Column column, double serial, String text) {
    if (!DateUtil.isValidExcelDate(serial) || serial < 1 || serial > 2958465) {
      problem(row, column, "\"" + clip(text) + "\" is not a date", "a date such as 2024-06-30");
      return Optional.empty();
    }
    return Optional.of(DateUtil.getLocalDateTime(serial).toLocalDate());
  }

  private List<String> units(RawSheet.Row row, Column column, List<String> current, boolean many) {
    String s = Vocabulary.normalize(text(row, column));
    if (s.isEmpty()) {
      return List.of();
    }
    String shown = Vocabulary.normalize(String.join("、",
        current.stream().map(id -> TaskTable.unitName(units, id)).toList()));
    if (s.equals(shown)) {
      return current;
    }
    List<String> ids = new ArrayList<>();
    String[] parts = many ? s.split(SEPARATORS) : new String[] {s};
    for (String part : parts) {
      String name = part.strip();
      if (name.isEmpty()) {
        continue;
      }
      List<String> found = unitIdsByName.getOrDefault(name, List.of());
      if (found.size() == 1) {
        ids.add(found.get(0));
      } else {
        problem(row, column, found.isEmpty()
                ? "\"" + clip(name) + "\" is not one of the plan's units"
                : "\"" + clip(name) + "\" names " + found.size() + " of the plan's units",
            plan.units().isEmpty() ? "a unit declared in the plan"
                : "one of " + String.join("、", plan.units().stream().limit(12).map(OrganizationalUnit::name).toList())
                    + (plan.units().size() > 12 ? "…" : "") + (many ? ", separated by 、" : ""));
      }
    }
    return ids;
  }

  private BigDecimal number(RawSheet.Row row, int column, RawSheet.Cell c, Indicator k) {
    if (c.number() != null) {
      return c.number();
    }
    String s = Normalizer.normalize(c.text(), Normalizer.Form.NFKC).strip();
    String unit = k.unit().map(u -> Normalizer.normalize(u.written(), Normalizer.Form.NFKC).strip()).orElse("");
    if (!unit.isEmpty() && s.endsWith(unit)) {
      s = s.substring(0, s.length() - unit.length()).strip();
    }
    s = s.replace(",", "").replace(" ", "");
    if (NUMBER.matcher(s).matches()) {
      return new BigDecimal(s);
    }
    problem(row, column, "\"" + clip(c.text()) + "\" is not a number",
        "a number such as 5 or 12.5" + (unit.isEmpty() ? "" : ", optionally followed by " + unit));
    return null;
  }

  private String text(RawSheet.Row row, Column c) {
    Integer i = columns.get(c);
    return i == null ? "" : cell(row, i).text().strip();
  }

  private static RawSheet.Cell cell(RawSheet.Row row, int column) {
    return row.cell(column);
  }

  private void problem(RawSheet.Row row, Column c, String what, String expected) {
    problem(row, columns.getOrDefault(c, -1), what, expected);
  }

  private void problem(RawSheet.Row row, int column, String what, String expected) {
    problems.add(new SheetProblem(sheet.name, row.number(), column < 0 ? "" : RawSheet.letter(column),
        column < 0 || column >= sheet.headers.size() ? "" : sheet.headers.get(column), what, expected));
  }

  static String clip(String s) {
    return s.codePointCount(0, s.length()) <= 40 ? s : s.substring(0, s.offsetByCodePoints(0, 40)) + "…";
  }
}
