package org.civicplan.tasks;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
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
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.Plan;

/**
 * Reads a quarterly progress report (执行情况 / 进展情况) against its plan and records its figures
 * as actuals for the period. The report is read with plan-io's {@link PlanDocuments} (Markdown or
 * plain text), in either of the styles offices write:
 *
 * <ul>
 *   <li>a table {@code 重点工作 | 责任单位 | 攻坚目标任务 | 第二季度完成情况}: each row is an entry,
 *       its text the task cells and its completion text the 完成情况 / 进展情况 column;
 *   <li>prose under the plan's headings: each sentence the importer splits out is an entry.
 * </ul>
 *
 * <p>Each entry is matched to an initiative by id when it names one (such as {@code s2.g1.i1}),
 * else by text similarity (character-bigram Dice coefficient of the normalized texts, at least
 * {@link #MIN_SCORE}); entries below it are listed as unmatched. A figure is recorded when the
 * completion text states one after a completion word (完成, 完工, 建成, 累计, 实现, 达到…) in the unit
 * of one of the initiative's indicators, such as 已完工5处; it becomes that indicator's actual for
 * the period, with the completion text as its note, replacing an actual for the same days.
 *
 * <pre>{@code
 * ReportReading r = ProgressReports.create().read(plan, Path.of("2024-q2.md"), ReportingPeriod.parse("2024Q2"));
 * r.matches().forEach(m -> System.out.println(m.initiativeId() + " " + m.score() + " " + m.value()));
 * r.unmatched();        // entries the plan has no initiative for
 * Plan updated = r.plan();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgressReports {
  /** The least text similarity that counts as a match. */
  public static final double MIN_SCORE = 0.45;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*\\.i\\d+");
  private static final String DONE_WORDS = "(?:完成|完工|建成|累计|实现|达到|达|新增|已有|共)";
  private static final PlanDocuments DOCUMENTS = PlanDocuments.create();

  private ProgressReports() {}

  /** @return the reader */
  public static ProgressReports create() {
    return new ProgressReports();
  }

  /**
   * @param plan the plan the report is about
   * @param report the report document (.md or .txt)
   * @param period the period it reports on
   * @return the plan with the figures recorded, the matches and the unmatched entries
   * @throws IOException if the document cannot be read
   */
  public ReportReading read(Plan plan, Path report, ReportingPeriod period) throws IOException {
    return read(plan, DOCUMENTS.read(report).plan(), period);
  }

  /**
   * @param plan the plan the report is about
   * @param report the report as PlanDocuments read it
   * @param period the period it reports on
   * @return the plan with the figures recorded, the matches and the unmatched entries
   */
  public ReportReading read(Plan plan, Plan report, ReportingPeriod period) {
    List<Initiative> candidates = plan.initiatives().toList();
    Map<String, Initiative> byId = new HashMap<>();
    candidates.forEach(i -> byId.put(i.id(), i));
    List<ReportMatch> matches = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    Map<String, Map<ReportingPeriod, SheetMerger.Report>> reports = new LinkedHashMap<>();
    Map<String, SheetMerger.Edit> edits = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (Initiative entry : (Iterable<Initiative>) report.initiatives()::iterator) {
      String task = entry.text();
      String completion = "";
      for (Map.Entry<String, ExtensionValue> e : entry.extensions().entrySet()) {
        if (e.getValue() instanceof ExtensionValue.StringValue s) {
          if (e.getKey().contains("完成情况") || e.getKey().contains("进展情况") || e.getKey().contains("进度")) {
            completion = s.value();
          } else if (e.getKey().startsWith("org.civicplan.io:column:")) {
            task = task + " " + s.value();
          }
        }
      }
      boolean table = !completion.isEmpty();
      String all = table ? task + " " + completion : task;
      Initiative match = null;
      boolean named = false;
      double best = 0;
      Matcher id = ID.matcher(all);
      while (id.find()) {
        if (byId.containsKey(id.group())) {
          match = byId.get(id.group());
          named = true;
          best = 1;
          break;
        }
      }
      if (match == null) {
        String a = Vocabulary.normalize(task);
        for (Initiative c : candidates) {
          double score = dice(a, Vocabulary.normalize(c.text()));
          if (score > best) {
            best = score;
            match = c;
          }
        }
        if (best < MIN_SCORE) {
          unmatched.add(all.strip());
          continue;
        }
      }
      String figureText = table ? completion : task;
      Optional<String> indicator = Optional.empty();
      Optional<BigDecimal> value = Optional.empty();
      for (Indicator k : match.indicators()) {
        Optional<BigDecimal> v = k.unit().flatMap(u -> figure(figureText, u.written()));
        if (v.isPresent()) {
          indicator = Optional.of(k.id());
          value = v;
          break;
        }
      }
      double rounded = Math.round(best * 1000) / 1000.0;
      matches.add(new ReportMatch(all.strip(), match.id(), named, rounded, indicator, value));
      if (value.isPresent() && used.add(indicator.get())) {
        SheetMerger.Edit edit = edits.computeIfAbsent(match.id(), x -> new SheetMerger.Edit(byId.get(x)));
        edit.reports.computeIfAbsent(indicator.get(), x -> new LinkedHashMap<>())
            .put(period, new SheetMerger.Report(value.get(), figureText.strip()));
      }
    }
    Plan updated = PlanEditor.apply(plan, edits, Map.of(), List.of(), new PlanEditor.Counts());
    return new ReportReading(updated, period, matches, unmatched);
  }

  /** The first figure in the unit after a completion word: 已完工5处 → 5. */
  static Optional<BigDecimal> figure(String text, String unit) {
    String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
    Matcher m = Pattern.compile(DONE_WORDS + "[^，。；;,\\d]{0,6}?(\\d+(?:\\.\\d+)?)\\s*" + Pattern.quote(unit)).matcher(t);
    return m.find() ? Optional.of(new BigDecimal(m.group(1))) : Optional.empty();
  }

  /** Dice coefficient of the two texts' character bigrams (code points), 0 to 1. */
  static double dice(String a, String b) {
    Map<Long, Integer> grams = new HashMap<>();
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    if (x.length < 2 || y.length < 2) {
      return a.equals(b) ? 1 : 0;
    }
    for (int i = 1; i < x.length; i++) {
      grams.merge(((long) x[i - 1] << 32) | x[i], 1, Integer::sum);
    }
    int common = 0;
    for (int i = 1; i < y.length; i++) {
      long g = ((long) y[i - 1] << 32) | y[i];
      Integer n = grams.get(g);
      if (n != null && n > 0) {
        common++;
        grams.put(g, n - 1);
      }
    }
    return 2.0 * common / (x.length - 1 + y.length - 1);
  }
}
