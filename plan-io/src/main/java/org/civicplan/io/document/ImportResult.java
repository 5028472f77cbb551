package org.civicplan.io.document;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.civicplan.model.Plan;
import org.civicplan.model.SourceSpan;

/**
 * What reading a document gives: the plan, and the diagnostics of the import (repairs made, text
 * that fit nowhere, markup skipped), in document order.
 *
 * <pre>{@code
 * ImportResult result = PlanDocuments.create().read(Path.of("plan.md"));
 * Plan plan = result.plan();
 * result.diagnostics().forEach(System.err::println);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ImportResult {
  private final Plan plan;
  private final List<ImportDiagnostic> diagnostics;
  private final Map<String, SourceSpan> locations;

  /**
   * @param plan the plan read
   * @param diagnostics the diagnostics, in document order
   */
  public ImportResult(Plan plan, List<ImportDiagnostic> diagnostics) {
    this(plan, diagnostics, Map.of());
  }

  /**
   * @param plan the plan read
   * @param diagnostics the diagnostics, in document order
   * @param locations for a JSON plan, where each element starts in the JSON text, by JSON Pointer
   */
  public ImportResult(
      Plan plan, List<ImportDiagnostic> diagnostics, Map<String, SourceSpan> locations) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.diagnostics = List.copyOf(diagnostics);
    this.locations = Map.copyOf(locations);
  }

  /**
   * Where the elements are in the file that was read, when that is not what their own source
   * spans describe: for a JSON plan, the line and column of each element's object in the JSON,
   * by JSON Pointer (its source spans, if any, point into the document it was imported from).
   *
   * @return the locations; empty for Markdown and text, whose elements' spans are in the file
   */
  public Map<String, SourceSpan> locations() {
    return locations;
  }

  /** @return the plan read from the document */
  public Plan plan() {
    return plan;
  }

  /** @return every diagnostic, in document order */
  public List<ImportDiagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * @param kind a kind of diagnostic
   * @return the diagnostics of that kind, in document order
   */
  public List<ImportDiagnostic> diagnostics(ImportDiagnostic.Kind kind) {
    return diagnostics.stream().filter(d -> d.kind() == kind).toList();
  }
}
