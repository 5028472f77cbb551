package org.civicplan.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.model.Actual;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.tasks.SheetMerger.Report;

/**
 * The one place that changes a plan for this module: rebuilds the plan with edited and added
 * initiatives through the model's public builders. (When the model offers {@code Plan.update},
 * only this class changes.) Elements that no edit touches are kept as they are, so a merge with
 * no changes gives back an equal plan.
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
    Plan updated = plan;
    for (Map.Entry<String, Map<ReportingPeriod, Report>> t : targetReports.entrySet()) {
      Plan before = updated;
      updated = updated.update(t.getKey(), Indicator.class, k -> indicator(k, t.getValue(), counts));
      if (updated != before) {
        counts.targetsChanged++;
      }
    }
    return apply(updated, edits, added, counts);
  }

  private static Plan apply(Plan plan, Map<String, SheetMerger.Edit> edits, List<SheetMerger.Added> added,
      Counts counts) {
    Map<String, List<Initiative>> addedByGoal = new LinkedHashMap<>();
    for (SheetMerger.Added a : added) {
      Initiative.Builder b = a.initiative;
      if (!a.notes.isEmpty()) {
        b.putExtension(TaskTable.NOTES_KEY, notes(Map.of(), a.notes));
      }
      addedByGoal.computeIfAbsent(a.goalId, g -> new ArrayList<>()).add(b.build());
      counts.appended++;
    }
    List<Section> sections = new ArrayList<>();
    boolean planChanged = false;
    for (Section s : plan.sections()) {
      List<Goal> goals = new ArrayList<>();
      boolean sectionChanged = false;
      for (Goal g : s.goals()) {
        List<Initiative> initiatives = new ArrayList<>();
        boolean goalChanged = false;
        for (Initiative i : g.initiatives()) {
          SheetMerger.Edit e = edits.get(i.id());
          Initiative j = e == null ? i : edit(i, e, counts);
          goalChanged |= j != i;
          initiatives.add(j);
        }
        List<Initiative> more = addedByGoal.getOrDefault(g.id(), List.of());
        if (!more.isEmpty()) {
          initiatives.addAll(more);
          goalChanged = true;
        }
        goals.add(goalChanged ? Goal.builder().from(g).initiatives(initiatives).build() : g);
        sectionChanged |= goalChanged;
      }
      sections.add(sectionChanged ? Section.builder().from(s).goals(goals).build() : s);
      planChanged |= sectionChanged;
    }
    return planChanged ? Plan.builder().from(plan).sections(sections).build() : plan;
  }

  private static Initiative edit(Initiative i, SheetMerger.Edit e, Counts counts) {
    List<Indicator> indicators = new ArrayList<>();
    boolean changed = !e.status.equals(i.status()) || !e.due.equals(i.due()) || !e.lead.equals(i.leadUnit())
        || !e.supporting.equals(i.supportingUnits());
    for (Indicator k : i.indicators()) {
      Map<ReportingPeriod, Report> reports = e.reports.get(k.id());
      Indicator m = reports == null ? k : indicator(k, reports, counts);
      changed |= m != k;
      indicators.add(m);
    }
    Map<ReportingPeriod, Report> own = e.reports.get("");
    Optional<ExtensionValue> notes = Optional.empty();
    if (own != null) {
      ExtensionValue before = i.extensions().get(TaskTable.NOTES_KEY);
      ExtensionValue after = notes(members(before), own);
      if (!after.equals(before)) {
        notes = Optional.of(after);
        changed = true;
      }
    }
    if (!changed) {
      return i;
    }
    counts.initiativesChanged++;
    Initiative.Builder b = Initiative.builder().from(i)
        .status(e.status).due(e.due).leadUnit(e.lead).supportingUnits(e.supporting).indicators(indicators);
    notes.ifPresent(n -> b.putExtension(TaskTable.NOTES_KEY, n));
    return b.build();
  }

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
          actuals.set(at, Actual.builder().from(existing).note(report.note()).build());
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
          .note(report.note().isEmpty() ? Optional.empty() : Optional.of(report.note()))
          .build();
      if (existing == null) {
        actuals.add(a);
      } else {
        actuals.set(at, a);
      }
      counts.actualsRecorded++;
      changed = true;
    }
    ExtensionValue before = k.extensions().get(TaskTable.NOTES_KEY);
    ExtensionValue after = notesOnly.isEmpty() ? before : notes(members(before), notesOnly);
    boolean notesChanged = after != null && !after.equals(before);
    if (!changed && !notesChanged) {
      return k;
    }
    Indicator.Builder b = Indicator.builder().from(k).actuals(actuals);
    if (notesChanged) {
      b.putExtension(TaskTable.NOTES_KEY, after);
    }
    return b.build();
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
