package org.civicplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.civicplan.model.Plan;
import org.civicplan.model.testing.PlanGenerators;
import org.civicplan.rules.report.ReportFormat;
import org.junit.jupiter.api.Test;

/** Laws that hold for every plan the model can hold. */
class ValidatorPropertiesTest {
  static final Validator STRICT =
      Validator.builder().catalogue(RuleCatalogue.builtin()).profile(Profile.STRICT).build();

  @Test
  void validatingNeverThrowsAndNoRuleFails() {
    assertThat(STRICT.activeRules()).hasSize(RuleCatalogue.builtin().rules().size());
    qt().withExamples(1000)
        .forAll(PlanGenerators.plans())
        .check(plan -> {
          ValidationReport report = STRICT.validate(plan);
          return report.findings().stream().noneMatch(f -> f.ruleId().equals("engine/rule-failed"));
        });
  }

  @Test
  void validationIsDeterministic() {
    qt().withExamples(300)
        .forAll(PlanGenerators.plans())
        .check(plan -> STRICT.validate(plan).findings().equals(STRICT.validate(plan).findings()));
  }

  @Test
  void findingsAreInDocumentOrderThenRuleId() {
    qt().withExamples(300)
        .forAll(PlanGenerators.plans())
        .check(plan -> {
          List<String> order = plan.nodes().map(n -> n.id()).toList();
          List<Finding> findings = STRICT.validate(plan).findings();
          for (int i = 1; i < findings.size(); i++) {
            Finding a = findings.get(i - 1);
            Finding b = findings.get(i);
            int ia = order.indexOf(a.elementId());
            int ib = order.indexOf(b.elementId());
            if (ia > ib || (ia == ib && a.ruleId().compareTo(b.ruleId()) > 0)) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void everyFindingPointsAtItsElement() {
    qt().withExamples(300)
        .forAll(PlanGenerators.plans())
        .check(plan -> STRICT.validate(plan).findings().stream()
            .allMatch(f -> plan.resolve(f.pointer()).map(n -> n.id().equals(f.elementId())).orElse(false)));
  }

  @Test
  void everyReportCanBeWrittenInEveryFormat() {
    ObjectMapper json = new ObjectMapper();
    qt().withExamples(300)
        .forAll(PlanGenerators.plans())
        .check(plan -> {
          ValidationReport report = STRICT.validate(plan);
          try {
            for (ReportFormat format : ReportFormat.values()) {
              StringWriter out = new StringWriter();
              format.writer().write(report, out);
              if (format == ReportFormat.TEXT) {
                // One line per finding (plus hints and the summary): no text breaks a line.
                long findingLines = out.toString().lines().filter(l -> !l.startsWith("    建议：")).count();
                if (findingLines != report.findings().size() + 1) {
                  return false;
                }
              } else {
                json.readTree(out.toString());
              }
            }
            return true;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void validatingSeveralPlansInParallelEqualsValidatingEachInTurn() {
    qt().withExamples(50)
        .forAll(PlanGenerators.plans(), PlanGenerators.plans(), PlanGenerators.plans())
        .check((a, b, c) -> {
          List<Plan> plans = List.of(a, b, c);
          ValidationReport all = STRICT.validateAll(List.of(
              new NamedPlan("a", a), new NamedPlan("b", b), new NamedPlan("c", c)));
          ValidationReport merged = ValidationReport.merge(List.of(
              STRICT.validate(a, "a"), STRICT.validate(b, "b"), STRICT.validate(c, "c")));
          return all.findings().equals(merged.findings())
              && all.results().stream().map(PlanResult::source).toList().equals(List.of("a", "b", "c"))
              && all.findings().size()
                  == plans.stream().mapToInt(p -> STRICT.validate(p).findings().size()).sum();
        });
  }
}
