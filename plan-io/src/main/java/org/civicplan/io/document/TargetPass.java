package org.civicplan.io.document;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.io.chinese.DocumentParts;
import org.civicplan.io.chinese.IndicatorGrammar;
import org.civicplan.io.chinese.TextMatch;
import org.civicplan.model.Actual;
import org.civicplan.model.Indicator;
import org.civicplan.model.Period;
import org.civicplan.model.PlanKind;
import org.civicplan.model.quantity.QuantityContext;
import org.civicplan.model.quantity.TargetCues;

/**
 * Decides which quantities are targets and which element states them. What a quantity is comes
 * from the model's {@link QuantityContext}, the same the rule {@code
 * target/quantity-without-indicator} asks, with the cue words of {@link TargetCues}:
 *
 * <ul>
 *   <li>Preamble: a quantity is a plan target ({@code Plan.targets()}) only when the last cue
 *       before it in its paragraph is a target cue (主要预期目标, 力争, 确保, 今年, the plan's year…);
 *       the text of a notice that issues the plan states none.
 *   <li>A section's title and introduction, a goal's lead-in: the element's own indicators.
 *   <li>Initiatives: their indicators, unless the last cue before the quantity in the sentence is
 *       a result cue (已, 累计, 预计, 1-4月, a past year; in a progress report also 一季度, 上半年).
 *   <li>Review sections and goals (回顾, 成绩单, 完成情况…) and review documents (…工作总结) state
 *       results only.
 * </ul>
 *
 * In a progress report (执行情况, 进展情况, 完成情况) a result becomes an {@link Actual} of the
 * document's target of the same kind and unit that it names (its name, the cues and period left
 * out, shares or is contained in the target's), for the period it names; a result with no such
 * target is reported as {@link ImportDiagnostic.Kind#RESULT_NOT_TARGET}. Elsewhere results (a
 * review section's) stay text.
 */
final class TargetPass implements Pass {

  private record Result(Indicator indicator, Period period, int start, int end) {}

  @Override
  public void run(Assembly a) {
    boolean progress = a.planKind == PlanKind.PROGRESS_REPORT;
    boolean reviewDocument = TargetCues.isReviewTitle(a.title);
    QuantityContext body = new QuantityContext(a.planYear, reviewDocument ? QuantityContext.Part.REVIEW : QuantityContext.Part.BODY, progress);
    QuantityContext review = new QuantityContext(a.planYear, QuantityContext.Part.REVIEW, progress);
    QuantityContext preamble = new QuantityContext(a.planYear, QuantityContext.Part.PREAMBLE, progress);
    List<Result> results = new ArrayList<>();
    for (Assembly.Range r : a.preamble) {
      if (a.preambleOnly.contains(r.block())) {
        continue; // the notice that issues the plan: its own requests (每月调度1次) are no targets of the plan
      }
      String text = r.text();
      IndicatorGrammar.Reading reading = IndicatorGrammar.read(text);
      QuantityContext.Statements statements = reading.indicators().isEmpty() ? null : preamble.statements(text);
      for (int j = 0; j < reading.indicators().size(); j++) {
        if (!statements.statesResult(reading.quantities().get(j).start())) {
          a.targets.add(located(a, r, reading.indicators().get(j)));
        }
      }
    }
    for (Assembly.SectionDraft s : a.sections) {
      s.review |= TargetCues.isReviewHeading(s.title);
      QuantityContext section = s.review ? review : body;
      if (s.titleRange != null) {
        collect(a, s.titleRange, section, s.indicators, results);
      }
      for (Assembly.Range r : s.introduction) {
        collect(a, r, section, s.indicators, results);
      }
      for (Assembly.GoalDraft g : s.goals) {
        QuantityContext goal = TargetCues.isReviewHeading(g.name) ? review : section;
        if (g.leadRange != null) {
          collect(a, g.leadRange, goal, g.indicators, results);
        }
        for (Assembly.InitiativeDraft d : g.initiatives) {
          if (d.indicators.isEmpty()) {
            continue;
          }
          List<Indicator> kept = new ArrayList<>(d.indicators.size());
          List<Integer> keptAt = new ArrayList<>(d.indicators.size());
          QuantityContext.Statements statements = goal.statements(d.text);
          TargetCues.Periods periods = null;
          for (int k = 0; k < d.indicators.size(); k++) {
            Indicator ind = d.indicators.get(k);
            int at = d.indicatorAt.get(k);
            if (statements.statesResult(at)) {
              if (periods == null) {
                periods = TargetCues.periods(d.text, a.planYear);
              }
              results.add(new Result(ind, periods.before(at).orElse(null), d.start, d.end));
            } else {
              kept.add(ind);
              keptAt.add(d.indicatorAt.get(k));
            }
          }
          if (kept.size() < d.indicators.size()) {
            d.setIndicators(kept, keptAt);
          }
        }
      }
    }
    if ((progress || progressPart(a)) && !results.isEmpty()) {
      actuals(a, results);
    }
  }

  /**
   * Whether a section or goal of a plan reports progress ({@code 二、一季度工作进展情况}): its
   * results are actuals of the plan's targets as in a progress report.
   */
  private static boolean progressPart(Assembly a) {
    for (Assembly.SectionDraft s : a.sections) {
      if (DocumentParts.isProgressHeading(s.title)) {
        return true;
      }
      for (Assembly.GoalDraft g : s.goals) {
        if (g.name != null && DocumentParts.isProgressHeading(g.name)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The indicators of one range of text: the owner's, or results. */
  private static void collect(Assembly a, Assembly.Range r, QuantityContext context, List<Indicator> owner, List<Result> results) {
    String text = r.text();
    IndicatorGrammar.Reading reading = IndicatorGrammar.read(text);
    QuantityContext.Statements statements = reading.indicators().isEmpty() ? null : context.statements(text);
    TargetCues.Periods periods = null; // one left-to-right read for all the results of a long paragraph
    for (int j = 0; j < reading.indicators().size(); j++) {
      Indicator ind = located(a, r, reading.indicators().get(j));
      int at = reading.quantities().get(j).start();
      if (statements.statesResult(at)) {
        if (periods == null) {
          periods = TargetCues.periods(text, a.planYear);
        }
        results.add(new Result(ind, periods.before(at).orElse(null),
            r.block().offsetOf(r.from()), r.block().endOffsetOf(r.to())));
      } else {
        owner.add(ind);
      }
    }
  }

  private static Indicator located(Assembly a, Assembly.Range r, TextMatch<Indicator> k) {
    Block b = r.block();
    return Indicator.builder().from(k.value())
        .sourceSpan(a.source.span(b.offsetOf(r.from() + k.start()), b.endOffsetOf(r.from() + k.end()))).build();
  }

  /** Records each result as an actual of its target in the document, or reports it. */
  private static void actuals(Assembly a, List<Result> results) {
    List<List<Indicator>> owners = new ArrayList<>();
    owners.add(a.targets);
    for (Assembly.SectionDraft s : a.sections) {
      owners.add(s.indicators);
      for (Assembly.GoalDraft g : s.goals) {
        owners.add(g.indicators);
        for (Assembly.InitiativeDraft d : g.initiatives) {
          owners.add(d.indicators);
        }
      }
    }
    Map<Indicator, List<Actual>> found = new IdentityHashMap<>();
    Targets index = new Targets(owners);
    for (Result r : results) {
      Optional<Indicator> target = Optional.empty();
      Indicator k = r.indicator();
      if (r.period() != null && k.target().isPresent()) {
        target = Optional.ofNullable(index.firstReportedOn(k));
      }
      if (target.isPresent()) {
        found.computeIfAbsent(target.get(), x -> new ArrayList<>())
            .add(Actual.builder().period(r.period()).value(k.target().get().value()).build());
      } else {
        String written = k.sourceSpan().map(x -> a.source.text.substring(x.startOffset(), x.endOffset())).orElse(k.name());
        a.diagnostics.add(ImportDiagnostic.Kind.RESULT_NOT_TARGET,
            "“" + written + "”是已完成或预计的数字，不作为目标 (a result or estimate, not a target; no target of this document to report it on)",
            k.sourceSpan().map(x -> x.startOffset()).orElse(r.start()), k.sourceSpan().map(x -> x.endOffset()).orElse(r.end()));
      }
    }
    for (List<Indicator> list : owners) {
      for (int i = 0; i < list.size(); i++) {
        List<Actual> actuals = found.get(list.get(i));
        if (actuals != null) {
          list.set(i, Indicator.builder().from(list.get(i)).addAllActuals(actuals).build());
        }
      }
    }
  }

  /**
   * The document's targets, in document order, indexed so that finding the first one a result
   * reports on ({@link #reportsOn}) costs the result's name, not the number of targets: grouped by
   * kind and unit, and within a group by name and by every part (two characters or more) of a name.
   * A group is indexed when a result first asks it; names are short, so the parts of a name are few.
   */
  private static final class Targets {
    /** A group: same kind and unit; targets in document order. */
    private static final class Group {
      final List<Indicator> targets = new ArrayList<>();
      /** Name → position of the first target with that name. */
      Map<String, Integer> byName;
      /** Part of a name (2+ characters) → position of the first target whose name holds it. */
      Map<String, Integer> byPart;

      void index() {
        byName = new java.util.HashMap<>();
        byPart = new java.util.HashMap<>();
        for (int p = 0; p < targets.size(); p++) {
          String b = targets.get(p).name();
          if (b.isEmpty()) {
            continue; // reportsOn never matches an empty name
          }
          byName.putIfAbsent(b, p);
          for (int i = 0; i + 2 <= b.length(); i++) {
            for (int j = i + 2; j <= b.length(); j++) {
              byPart.putIfAbsent(b.substring(i, j), p);
            }
          }
        }
      }
    }

    /** A group's key: what {@link #reportsOn} asks to be equal before it compares names. */
    private record Key(Object kind, String unit) {}

    private final Map<Key, Group> groups = new java.util.HashMap<>();

    Targets(List<List<Indicator>> owners) {
      for (List<Indicator> list : owners) {
        for (Indicator t : list) {
          groups.computeIfAbsent(key(t), x -> new Group()).targets.add(t);
        }
      }
    }

    private static Key key(Indicator k) {
      return new Key(k.measureKind(), k.unit().map(u -> u.normalized()).orElse(""));
    }

    /** The first target (document order) that {@code result} reports on, or null. */
    Indicator firstReportedOn(Indicator result) {
      Group g = groups.get(key(result));
      if (g == null) {
        return null;
      }
      String a = TargetCues.withoutCues(result.name());
      if (a.length() < 2) {
        return null;
      }
      if (g.byName == null) {
        g.index();
      }
      int best = g.byPart.getOrDefault(a, Integer.MAX_VALUE); // a target's name holds a (or is a)
      for (int i = 0; i < a.length(); i++) { // a holds a target's name
        for (int j = i + 1; j <= a.length(); j++) {
          Integer p = g.byName.get(a.substring(i, j));
          if (p != null && p < best) {
            best = p;
          }
        }
      }
      if (best == Integer.MAX_VALUE) {
        return null;
      }
      Indicator t = g.targets.get(best);
      assert reportsOn(result, t);
      return t;
    }
  }

  /** A result reports on a target of the same kind and unit whose name it shares or contains. */
  private static boolean reportsOn(Indicator result, Indicator target) {
    if (result.measureKind() != target.measureKind()) {
      return false;
    }
    String rn = result.unit().map(u -> u.normalized()).orElse("");
    String tn = target.unit().map(u -> u.normalized()).orElse("");
    if (!rn.equals(tn)) {
      return false;
    }
    String a = TargetCues.withoutCues(result.name());
    String b = target.name();
    return a.length() >= 2 && !b.isEmpty() && (a.equals(b) || a.contains(b) || b.contains(a));
  }
}
