package org.civicplan.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of validating one or more plans: per plan (file) its findings in document order and
 * then by rule id, counts per severity, and the rules that ran (for SARIF's rule metadata).
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(plan);
 * if (report.hasErrors()) {
 *   ReportFormat.TEXT.writer().write(report, new PrintWriter(System.err));
 * }
 * report.count(Severity.WARNING);
 * }</pre>
 *
 * <p>Immutable and thread-safe. The same plans and rules always give an equal report.
 */
public final class ValidationReport {
  private final Language language;
  private final Profile profile;
  private final List<ActiveRule> rules;
  private final List<PlanResult> results;
  private final List<Finding> findings;
  private final Map<Severity, Integer> counts;
  private final List<UnreadableInput> unreadable;

  ValidationReport(
      Language language, Profile profile, List<ActiveRule> rules, List<PlanResult> results) {
    this(language, profile, rules, results, List.of());
  }

  private ValidationReport(
      Language language,
      Profile profile,
      List<ActiveRule> rules,
      List<PlanResult> results,
      List<UnreadableInput> unreadable) {
    this.unreadable = List.copyOf(unreadable);
    this.language = language;
    this.profile = profile;
    this.rules = List.copyOf(rules);
    this.results = List.copyOf(results);
    List<Finding> all = new ArrayList<>();
    Map<Severity, Integer> c = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      c.put(s, 0);
    }
    for (PlanResult r : results) {
      all.addAll(r.findings());
      for (Finding f : r.findings()) {
        c.merge(f.severity(), 1, Integer::sum);
      }
    }
    this.findings = List.copyOf(all);
    this.counts = Collections.unmodifiableMap(c);
  }

  /**
   * Combines reports, such as reports of plans validated separately, into one; results keep the
   * order of the arguments. The rule lists are merged by id.
   *
   * @param reports reports made with one language
   * @return the combined report; empty if there are none
   */
  public static ValidationReport merge(List<ValidationReport> reports) {
    if (reports.isEmpty()) {
      return new ValidationReport(Language.ZH, Profile.DEFAULT, List.of(), List.of());
    }
    Map<String, ActiveRule> rules = new LinkedHashMap<>();
    List<PlanResult> results = new ArrayList<>();
    List<UnreadableInput> unreadable = new ArrayList<>();
    for (ValidationReport r : reports) {
      r.rules.forEach(a -> rules.putIfAbsent(a.rule().id(), a));
      results.addAll(r.results);
      unreadable.addAll(r.unreadable);
    }
    List<ActiveRule> sorted = new ArrayList<>(rules.values());
    sorted.sort(java.util.Comparator.comparing(a -> a.rule().id()));
    ValidationReport first = reports.get(0);
    return new ValidationReport(first.language, first.profile, sorted, results, unreadable);
  }

  /**
   * The same report, also recording inputs that could not be read (and so were not validated).
   *
   * @param inputs the unreadable inputs, in the order they were given
   * @return a report with {@link #unreadable()} holding this report's and {@code inputs}
   */
  public ValidationReport withUnreadable(List<UnreadableInput> inputs) {
    List<UnreadableInput> all = new ArrayList<>(unreadable);
    all.addAll(inputs);
    return new ValidationReport(language, profile, rules, results, all);
  }

  /** @return the inputs that could not be read and were not validated; usually empty */
  public List<UnreadableInput> unreadable() {
    return unreadable;
  }

  /** @return the language messages are shown in */
  public Language language() {
    return language;
  }

  /** @return the profile that chose the rules */
  public Profile profile() {
    return profile;
  }

  /** @return the rules that ran, sorted by id, with their effective severity */
  public List<ActiveRule> rules() {
    return rules;
  }

  /** @return one result per plan, in the order the plans were given */
  public List<PlanResult> results() {
    return results;
  }

  /** @return every finding: plan by plan, each in document order and then by rule id */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * @param severity a severity
   * @return how many findings have it
   */
  public int count(Severity severity) {
    return counts.get(severity);
  }

  /** @return the number of findings of each severity, zero included */
  public Map<Severity, Integer> counts() {
    return counts;
  }

  /** @return whether any finding is an {@link Severity#ERROR} */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /**
   * Equal when language, profile, rules, results and unreadable inputs are equal: a report read
   * back by {@link ReportReader} equals the one written.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport r
        && language == r.language
        && profile == r.profile
        && rules.equals(r.rules)
        && results.equals(r.results)
        && unreadable.equals(r.unreadable);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(language, profile, rules, results, unreadable);
  }

  @Override
  public String toString() {
    return "ValidationReport" + counts + " " + results;
  }
}
