package org.civicplan.rules.report;

import java.util.Locale;

/**
 * The formats a report can be written in, each with its default writer.
 *
 * <pre>{@code
 * ReportFormat.parse("json").writer().write(report, out);
 * }</pre>
 */
public enum ReportFormat {
  /** Compiler style: {@code file:line:col: error [rule-id] message}. */
  TEXT("text"),
  /** CivicPlan's own JSON report. */
  JSON("json"),
  /** SARIF 2.1.0, for code-scanning tools. */
  SARIF("sarif");

  private final String id;

  ReportFormat(String id) {
    this.id = id;
  }

  /** @return the name used on the command line: text, json or sarif */
  public String id() {
    return id;
  }

  /** @return the default writer for this format */
  public ReportWriter writer() {
    switch (this) {
      case JSON:
        return new JsonReportWriter();
      case SARIF:
        return new SarifReportWriter();
      default:
        return new TextReportWriter();
    }
  }

  /**
   * @param id text, json or sarif, ignoring case
   * @return the format
   * @throws IllegalArgumentException naming the accepted values if {@code id} is none of them
   */
  public static ReportFormat parse(String id) {
    for (ReportFormat f : values()) {
      if (f.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format \"" + id + "\"; expected text, json or sarif");
  }
}
