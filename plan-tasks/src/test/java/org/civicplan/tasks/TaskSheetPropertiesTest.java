package org.civicplan.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicplan.model.Actual;
import org.civicplan.model.Comparator;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.InitiativeStatus;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.MeasureUnit;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.Period;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.Target;
import org.civicplan.model.testing.PlanGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Export then merge with no edits changes nothing, over generated plans (with targets of the plan,
 * sections and goals as well as initiatives), in XLSX and CSV.
 */
class TaskSheetPropertiesTest {
  static final TaskSheets SHEETS = TaskSheets.create();

  /**
   * Document-shaped plans with units, assignments, statuses, due dates and quarterly actuals, and
   * targets of the plan, its sections and goals (those the generator states, and more added here
   * so that most plans have some), with actuals and notes of their own.
   */
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
          Initiative.Builder b = Initiative.builder().from(i).indicators(tracked(i.indicators(), r, false));
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
        goals.add(Goal.builder().from(g).indicators(tracked(g.indicators(), r, true)).initiatives(ins).build());
      }
      sections.add(Section.builder().from(s).indicators(tracked(s.indicators(), r, true)).goals(goals).build());
    }
    return Plan.builder().from(plan).period(Period.calendarYear(2024)).units(units)
        .targets(tracked(plan.targets(), r, true)).sections(sections).build();
  }

  /** The indicators with random actuals; for an element's own targets, sometimes one more, and notes. */
  static List<Indicator> tracked(List<Indicator> indicators, Random r, boolean targets) {
    List<Indicator> all = new ArrayList<>(indicators);
    if (targets && r.nextInt(3) == 0) {
      all.add(Indicator.builder().name("新增就业岗位").measureKind(MeasureKind.COUNT)
          .target(Target.builder().comparator(Comparator.AT_LEAST)
              .value(BigDecimal.valueOf(1 + r.nextInt(900))).unit(MeasureUnit.of("个")).build())
          .build());
    }
    List<Indicator> ks = new ArrayList<>();
    for (Indicator k : all) {
      List<Actual> actuals = new ArrayList<>();
      Map<String, ExtensionValue> notes = new LinkedHashMap<>();
      for (ReportingPeriod p : ReportingPeriod.quarters(2024)) {
        if (r.nextInt(3) == 0) {
          actuals.add(Actual.builder().period(r.nextBoolean() ? p.period() : Period.of(p.period().start(), p.period().end()))
              .value(new BigDecimal(java.math.BigInteger.valueOf(r.nextInt(100000) - 1000), r.nextInt(4)))
              .note(r.nextBoolean() ? Optional.of("已完成第" + r.nextInt(9) + "批") : Optional.empty())
              .build());
        } else if (targets && r.nextInt(4) == 0) {
          notes.put(p.code(), ExtensionValue.string("正在推进第" + r.nextInt(9) + "批"));
        }
      }
      Indicator.Builder b = Indicator.builder().from(k).actuals(actuals);
      if (!notes.isEmpty()) {
        b.putExtension(TaskTable.NOTES_KEY, ExtensionValue.object(notes));
      }
      ks.add(b.build());
    }
    return ks;
  }

  static boolean hasTargetRows(Plan plan) {
    return !plan.targets().isEmpty() || plan.sections().stream().anyMatch(s -> !s.indicators().isEmpty()
        || s.goals().stream().anyMatch(g -> !g.indicators().isEmpty()));
  }

  @Test
  void exportThenMergeWithNoEditsChangesNothingXlsx() {
    AtomicInteger withTargets = new AtomicInteger();
    qt().withExamples(60).forAll(trackedPlans()).check(plan -> {
      try {
        if (hasTargetRows(plan)) {
          withTargets.incrementAndGet();
        }
        MergeResult r = SHEETS.mergeXlsx(plan, new ByteArrayInputStream(Sheets.xlsx(SHEETS, plan)), "t.xlsx");
        return r.plan().equals(plan) && r.initiativesChanged() == 0 && r.actualsRecorded() == 0
            && r.targetsChanged() == 0;
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    assertThat(withTargets.get()).as("plans with targets of the plan, a section or a goal").isGreaterThan(20);
  }

  @Test
  void exportThenMergeWithNoEditsChangesNothingCsv() {
    qt().withExamples(200).forAll(trackedPlans()).check(plan -> {
      try {
        StringWriter out = new StringWriter();
        SHEETS.writeCsv(plan, out);
        MergeResult r = SHEETS.mergeCsv(plan, new StringReader(out.toString()), "t.csv");
        return r.plan().equals(plan) && r.initiativesChanged() == 0 && r.targetsChanged() == 0;
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void figuresFilledIntoTargetRowsAreMergedExactlyThere() {
    qt().withExamples(100).forAll(trackedPlans().assuming(TaskSheetPropertiesTest::hasTargetRows), longs().all())
        .check((plan, seed) -> {
          try {
            StringWriter out = new StringWriter();
            SHEETS.writeCsv(plan, out);
            CsvMapper csv = new CsvMapper();
            List<List<String>> rows = new ArrayList<>();
            try (MappingIterator<List<String>> it = csv.readerForListOf(String.class)
                .with(CsvSchema.emptySchema()).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(out.toString().substring(1))) {
              it.forEachRemaining(r -> rows.add(new ArrayList<>(r)));
            }
            List<String> head = rows.get(0);
            int level = head.indexOf("层级");
            int k = head.indexOf("指标编号");
            int q4 = head.indexOf("四季度 完成值");
            Random r = new Random(seed);
            Map<String, BigDecimal> filled = new LinkedHashMap<>();
            for (List<String> row : rows.subList(1, rows.size())) {
              if (!row.get(level).equals("举措")) {
                BigDecimal v = BigDecimal.valueOf(r.nextInt(2000) - 100);
                row.set(q4, v.toPlainString());
                filled.put(row.get(k), v);
              }
            }
            StringWriter edited = new StringWriter();
            csv.writer(CsvSchema.emptySchema()).writeValues(edited).writeAll(rows).close();
            Plan merged = SHEETS.mergeCsv(plan, new StringReader(edited.toString()), "t.csv").plan();
            ReportingPeriod fourth = ReportingPeriod.parse("2024Q4");
            return filled.size() == targets(plan).size()
                && filled.entrySet().stream().allMatch(e -> TaskTable.actual(
                        merged.find(e.getKey()).orElseThrow().as(Indicator.class), fourth)
                    .map(a -> a.value().compareTo(e.getValue()) == 0).orElse(false))
                && merged.initiatives().toList().equals(plan.initiatives().toList())
                && merged.sections().size() == plan.sections().size();
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  /** The indicators of the plan itself, its sections and its goals. */
  static List<Indicator> targets(Plan plan) {
    List<Indicator> all = new ArrayList<>(plan.targets());
    for (Section s : plan.sections()) {
      all.addAll(s.indicators());
      s.goals().forEach(g -> all.addAll(g.indicators()));
    }
    return all;
  }
}
