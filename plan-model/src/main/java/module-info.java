/**
 * The CivicPlan domain model: the immutable tree of a work plan ({@code org.civicplan.model}) and
 * its progress ({@code org.civicplan.model.progress}). No run-time dependency.
 *
 * <pre>{@code
 * module com.example.district {
 *   requires org.civicplan.model;
 * }
 * }</pre>
 *
 * <p>The quantity lexicon ({@code org.civicplan.model.quantity}) and the Chinese numerals ({@code
 * org.civicplan.model.chinese}) are shared implementation, exported only to the CivicPlan modules
 * that read Chinese text.
 */
// "module": the qualified exports name modules compiled after this one; "requires-automatic":
// Immutables (compile time only) has no descriptor.
@SuppressWarnings({"module", "requires-automatic"})
module org.civicplan.model {
  // Compile time only: the annotations that drive Immutables (retention CLASS, never loaded).
  requires static org.immutables.value;

  exports org.civicplan.model;
  exports org.civicplan.model.progress;

  exports org.civicplan.model.quantity to
      org.civicplan.io,
      org.civicplan.rules;
  exports org.civicplan.model.chinese to
      org.civicplan.io,
      org.civicplan.docx,
      org.civicplan.rules,
      org.civicplan.tasks;
}
