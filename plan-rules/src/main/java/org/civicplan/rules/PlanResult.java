package org.civicplan.rules;

import java.util.List;

/**
 * The findings for one plan (one file) of a {@link ValidationReport}, in document order and then
 * by rule id.
 *
 * <pre>{@code
 * for (PlanResult result : report.results()) {
 *   System.out.println(result.source() + ": " + result.findings().size() + " findings");
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PlanResult {
  private final String source;
  private final String planId;
  private final List<Finding> findings;

  PlanResult(String source, String planId, List<Finding> findings) {
    this.source = source;
    this.planId = planId;
    this.findings = List.copyOf(findings);
  }

  /** @return the name of the plan's source, such as the file path the caller passed */
  public String source() {
    return source;
  }

  /** @return the plan's id */
  public String planId() {
    return planId;
  }

  /** @return the findings, in document order and then by rule id */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * @param severity a severity
   * @return how many findings have it
   */
  public int count(Severity severity) {
    return (int) findings.stream().filter(f -> f.severity() == severity).count();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlanResult r
        && source.equals(r.source)
        && planId.equals(r.planId)
        && findings.equals(r.findings);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(source, planId, findings);
  }

  @Override
  public String toString() {
    return source + ": " + findings;
  }
}
