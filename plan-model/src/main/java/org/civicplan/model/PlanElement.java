package org.civicplan.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every identified part of a plan has in common: an id, where it came from, and room for
 * data this version does not know.
 *
 * <p>Implemented by {@link Plan}, {@link Section}, {@link Goal}, {@link Initiative}, {@link
 * Indicator} and {@link OrganizationalUnit}; all are immutable and safe to share across threads.
 */
public interface PlanElement {

  /**
   * The element's id, unique in its plan.
   *
   * <p>An element built without an id has the empty string here until it becomes part of a
   * {@link Plan}; the plan then assigns a deterministic id from its position, such as {@code
   * s2.g1.i3.k1} (section 2, goal 1, initiative 3, indicator 1).
   *
   * @return the id, never blank once the element is part of a plan
   */
  String id();

  /**
   * What kind of element this is.
   *
   * @return the kind
   */
  ElementKind kind();

  /**
   * Where in the source document this element was read from, if it was read from one.
   *
   * @return the span, or empty for data that was not imported from a document
   */
  Optional<SourceSpan> sourceSpan();

  /**
   * Notes on how the element's text was obtained from its source, such as a paragraph that was
   * joined after a mid-sentence line break. Validation rules report them.
   *
   * @return the notes in source order, possibly empty
   */
  List<SourceNote> sourceNotes();

  /**
   * Extension data: namespaced keys (such as {@code org.example:budgetCode}) to JSON-like values.
   *
   * <p>Readers keep properties they do not know here, so data that a newer or foreign producer
   * adds survives a round trip through this version.
   *
   * @return the extensions, possibly empty
   */
  Map<String, ExtensionValue> extensions();
}
