package org.civicplan.io.document;

import java.util.List;
import java.util.Objects;
import org.civicplan.model.Plan;

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

  /**
   * @param plan the plan read
   * @param diagnostics the diagnostics, in document order
   */
  public ImportResult(Plan plan, List<ImportDiagnostic> diagnostics) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.diagnostics = List.copyOf(diagnostics);
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
