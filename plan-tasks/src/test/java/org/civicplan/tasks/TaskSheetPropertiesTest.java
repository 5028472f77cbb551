package org.civicplan.tasks;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.civicplan.model.Actual;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.InitiativeStatus;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.Period;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.testing.PlanGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Export then merge with no edits changes nothing, over generated plans, in XLSX and CSV. */
class TaskSheetPropertiesTest {
  static final TaskSheets SHEETS = TaskSheets.create();

  /** Document-shaped plans with units, assignments, statuses, due dates and quarterly actuals. */
  static Gen<Plan> trackedPlans() {
    return PlanGenerators.documentPlans().zip(longs().all(), (plan, seed) -> track(plan, new Random(seed)));
  }

  static Plan track(Plan plan, Random r) {
    List<OrganizationalUnit> units = List.of(
        OrganizationalUnit.builder().id("u-econ").name("营商环境办公室").shortName("营商办").build(),
        OrganizationalUnit.builder().id("u-house").name("房屋管理办公室").build(),
        OrganizationalUnit.builder().id("u-self").name("自治办公室").build());
    List<Section> sections = new ArrayList<>();
    for (Section s : plan.sections()) {
      List<Goal> goals = new ArrayList<>();
      for (Goal g : s.goals()) {
        List<Initiative> ins = new ArrayList<>();
        for (Initiative i : g.initiatives()) {
          List<Indicator> ks = new ArrayList<>();
          for (Indicator k : i.indicators()) {
            List<Actual> actuals = new ArrayList<>();
            for (ReportingPeriod p : ReportingPeriod.quarters(2024)) {
              if (r.nextInt(3) == 0) {
                actuals.add(Actual.builder().period(r.nextBoolean() ? p.period() : Period.of(p.period().start(), p.period().end()))
                    .value(new BigDecimal(java.math.BigInteger.valueOf(r.nextInt(100000) - 1000), r.nextInt(4)))
                    .note(r.nextBoolean() ? Optional.of("已完成第" + r.nextInt(9) + "批") : Optional.empty())
                    .build());
              }
            }
            ks.add(Indicator.builder().from(k).actuals(actuals).build());
          }
          Initiative.Builder b = Initiative.builder().from(i).indicators(ks);
          if (r.nextBoolean()) {
            b.status(InitiativeStatus.values()[r.nextInt(InitiativeStatus.values().length)]);
          }
          if (r.nextBoolean()) {
            b.leadUnit(units.get(r.nextInt(3)).id());
          }
          if (r.nextInt(3) == 0) {
            b.supportingUnits(List.of(units.get(r.nextInt(3)).id(), units.get(r.nextInt(3)).id()));
          }
          if (r.nextBoolean()) {
            b.due(LocalDate.of(2024, 1 + r.nextInt(12), 1 + r.nextInt(28)));
          }
          ins.add(b.build());
        }
        goals.add(Goal.builder().from(g).initiatives(ins).build());
      }
      sections.add(Section.builder().from(s).goals(goals).build());
    }
    return Plan.builder().from(plan).period(Period.calendarYear(2024)).units(units).sections(sections).build();
  }

  @Test
  void exportThenMergeWithNoEditsChangesNothingXlsx() {
    qt().withExamples(60).forAll(trackedPlans()).check(plan -> {
      try {
        MergeResult r = SHEETS.mergeXlsx(plan, new ByteArrayInputStream(Sheets.xlsx(SHEETS, plan)), "t.xlsx");
        return r.plan().equals(plan) && r.initiativesChanged() == 0 && r.actualsRecorded() == 0;
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void exportThenMergeWithNoEditsChangesNothingCsv() {
    qt().withExamples(200).forAll(trackedPlans()).check(plan -> {
      try {
        StringWriter out = new StringWriter();
        SHEETS.writeCsv(plan, out);
        MergeResult r = SHEETS.mergeCsv(plan, new StringReader(out.toString()), "t.csv");
        return r.plan().equals(plan) && r.initiativesChanged() == 0;
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }
}
