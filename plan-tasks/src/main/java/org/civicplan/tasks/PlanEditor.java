package org.civicplan.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicplan.model.Actual;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.tasks.SheetMerger.Report;

/**
 * The one place that changes a plan for this module, through the model's own API: each section
 * that the merge changes is replaced once with {@link Plan#update}, which rebuilds the plan
 * around it and checks it; inside it, goals, initiatives, indicators and actuals are changed
 * with their {@code with…} methods (and the plan's own targets with {@link Plan#withTargets}).
 * One update per changed section rather than per changed initiative or goal: an update costs a
 * walk of the whole plan, and a quarterly sheet changes most initiatives (10,000 initiatives
 * in 1,000 goals: 1,000 updates took ten times as long as the reading and checking of the sheet). Elements
 * that no edit touches are kept as they are (the very same objects), so a merge with no changes
 * gives back the plan it was given.
 */
final class PlanEditor {
  private PlanEditor() {}

  /** Counts of what changed, for the merge's summary. */
  static final class Counts {
    int initiativesChanged;
    int targetsChanged;
    int actualsRecorded;
    int appended;
  }

  static Plan apply(Plan plan, Map<String, SheetMerger.Edit> edits,
      Map<String, Map<ReportingPeriod, Report>> targetReports, List<SheetMerger.Added> added, Counts counts) {
    Map<String, List<Initiative>> addedByGoal = new LinkedHashMap<>();
    for (SheetMerger.Added a : added) {
      Initiative.Builder b = a.initiative;
      if (!a.notes.isEmpty()) {
        b.putExtension(TaskTable.NOTES_KEY, notes(Map.of(), a.notes));
      }
      addedByGoal.computeIfAbsent(a.goalId, g -> new ArrayList<>()).add(b.build());
      counts.appended++;
    }
    Plan updated = changedOr(plan, plan.targets(), indicators(plan.targets(), targetReports, counts),
        plan::withTargets);
    for (Section s : plan.sections()) {
      boolean touched = s.indicators().stream().anyMatch(k -> targetReports.containsKey(k.id()))
          || s.goals().stream().anyMatch(g -> addedByGoal.containsKey(g.id())
              || g.indicators().stream().anyMatch(k -> targetReports.containsKey(k.id()))
              || g.initiatives().stream().anyMatch(i -> edits.containsKey(i.id())));
      if (touched) {
        updated = updated.update(s.id(), Section.class, x -> section(x, edits, targetReports, addedByGoal, counts));
      }
    }
    return updated;
  }

  /** The section with its targets' reports and its goals' changes. */
  private static Section section(Section s, Map<String, SheetMerger.Edit> edits,
      Map<String, Map<ReportingPeriod, Report>> targetReports, Map<String, List<Initiative>> addedByGoal,
      Counts counts) {
    Section t = changedOr(s, s.indicators(), indicators(s.indicators(), targetReports, counts), s::withIndicators);
    List<Goal> goals = new ArrayList<>(s.goals().size());
    boolean changed = false;
    for (Goal g : s.goals()) {
      Goal h = goal(g, edits, targetReports, addedByGoal.getOrDefault(g.id(), List.of()), counts);
      changed |= h != g;
      goals.add(h);
    }
    return changed ? t.withGoals(goals) : t;
  }

  /** The goal with its targets' reports, its initiatives' edits and the rows added to it. */
  private static Goal goal(Goal g, Map<String, SheetMerger.Edit> edits,
      Map<String, Map<ReportingPeriod, Report>> targetReports, List<Initiative> more, Counts counts) {
    Goal h = changedOr(g, g.indicators(), indicators(g.indicators(), targetReports, counts), g::withIndicators);
    List<Initiative> initiatives = new ArrayList<>();
    boolean changed = !more.isEmpty();
    for (Initiative i : g.initiatives()) {
      SheetMerger.Edit e = edits.get(i.id());
      Initiative j = e == null ? i : edit(i, e, counts);
      if (j != i) {
        counts.initiativesChanged++;
        changed = true;
      }
      initiatives.add(j);
    }
    initiatives.addAll(more);
    return changed ? h.withInitiatives(initiatives) : h;
  }

  /** The indicators with their reports recorded; counts the targets that changed. */
  private static List<Indicator> indicators(List<Indicator> ks, Map<String, Map<ReportingPeriod, Report>> reports,
      Counts counts) {
    List<Indicator> out = new ArrayList<>(ks.size());
    for (Indicator k : ks) {
      Map<ReportingPeriod, Report> r = reports.get(k.id());
      Indicator m = r == null ? k : indicator(k, r, counts);
      if (m != k) {
        counts.targetsChanged++;
      }
      out.add(m);
    }
    return out;
  }

  /** {@code element} itself when no item of {@code after} is new, else {@code with.apply(after)}. */
  private static <E> E changedOr(E element, List<Indicator> before, List<Indicator> after,
      java.util.function.Function<List<Indicator>, E> with) {
    for (int x = 0; x < before.size(); x++) {
      if (before.get(x) != after.get(x)) {
        return with.apply(after);
      }
    }
    return element;
  }

  /** The initiative with the edit's fields, indicators' reports and notes; itself if none changes. */
  private static Initiative edit(Initiative i, SheetMerger.Edit e, Counts counts) {
    Initiative j = i;
    if (!e.status.equals(i.status())) {
      j = j.withStatus(e.status);
    }
    if (!e.due.equals(i.due())) {
      j = j.withDue(e.due);
    }
    if (!e.lead.equals(i.leadUnit())) {
      j = j.withLeadUnit(e.lead);
    }
    if (!e.supporting.equals(i.supportingUnits())) {
      j = j.withSupportingUnits(e.supporting);
    }
    List<Indicator> indicators = new ArrayList<>();
    boolean indicatorsChanged = false;
    for (Indicator k : i.indicators()) {
      Map<ReportingPeriod, Report> reports = e.reports.get(k.id());
      Indicator m = reports == null ? k : indicator(k, reports, counts);
      indicatorsChanged |= m != k;
      indicators.add(m);
    }
    if (indicatorsChanged) {
      j = j.withIndicators(indicators);
    }
    Map<ReportingPeriod, Report> own = e.reports.get("");
    if (own != null) {
      ExtensionValue before = i.extensions().get(TaskTable.NOTES_KEY);
      ExtensionValue after = notes(members(before), own);
      if (!after.equals(before)) {
        j = j.withExtensions(withNotes(i.extensions(), after));
      }
    }
    return j;
  }

  /** The indicator with a period's figures and notes recorded; itself if none changes. */
  private static Indicator indicator(Indicator k, Map<ReportingPeriod, Report> reports, Counts counts) {
    List<Actual> actuals = new ArrayList<>(k.actuals());
    Map<ReportingPeriod, Report> notesOnly = new LinkedHashMap<>();
    boolean changed = false;
    for (Map.Entry<ReportingPeriod, Report> r : reports.entrySet()) {
      ReportingPeriod p = r.getKey();
      Report report = r.getValue();
      int at = -1;
      for (int x = 0; x < actuals.size(); x++) {
        if (p.sameDays(actuals.get(x).period())) {
          at = x;
        }
      }
      Actual existing = at < 0 ? null : actuals.get(at);
      if (report.value() == null) {
        if (existing == null) {
          notesOnly.put(p, report);
        } else if (!existing.note().orElse("").equals(report.note())) {
          actuals.set(at, existing.withNote(report.note()));
          changed = true;
        }
        continue;
      }
      boolean same = existing != null && existing.value().compareTo(report.value()) == 0
          && existing.note().orElse("").equals(report.note());
      if (same) {
        continue;
      }
      Actual a = Actual.builder().period(existing == null ? p.period() : existing.period())
          .value(report.value())
          .note(report.note().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(report.note()))
          .build();
      if (existing == null) {
        actuals.add(a);
      } else {
        actuals.set(at, a);
      }
      counts.actualsRecorded++;
      changed = true;
    }
    Indicator m = changed ? k.withActuals(actuals) : k;
    ExtensionValue before = k.extensions().get(TaskTable.NOTES_KEY);
    if (!notesOnly.isEmpty()) {
      ExtensionValue after = notes(members(before), notesOnly);
      if (!after.equals(before)) {
        m = m.withExtensions(withNotes(k.extensions(), after));
      }
    }
    return m;
  }

  private static Map<String, ExtensionValue> withNotes(Map<String, ExtensionValue> extensions, ExtensionValue notes) {
    Map<String, ExtensionValue> m = new LinkedHashMap<>(extensions);
    m.put(TaskTable.NOTES_KEY, notes);
    return m;
  }

  private static Map<String, ExtensionValue> members(ExtensionValue v) {
    return v instanceof ExtensionValue.ObjectValue o ? o.members() : Map.of();
  }

  private static ExtensionValue notes(Map<String, ExtensionValue> before, Map<ReportingPeriod, Report> reports) {
    Map<String, ExtensionValue> m = new LinkedHashMap<>(before);
    for (Map.Entry<ReportingPeriod, Report> r : reports.entrySet()) {
      m.put(r.getKey().code(), ExtensionValue.string(r.getValue().note()));
    }
    return ExtensionValue.object(m);
  }
}
