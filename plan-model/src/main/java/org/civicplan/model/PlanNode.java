package org.civicplan.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An element of a {@link Plan} together with where it stands: its JSON-Pointer path and its
 * parent. Obtained from {@link Plan#nodes()}, {@link Plan#find(String)} and {@link
 * Plan#resolve(String)}.
 *
 * <pre>{@code
 * plan.nodes()
 *     .filter(node -> node.kind() == ElementKind.INITIATIVE)
 *     .forEach(node -> System.out.println(node.pointer() + ": " + node.as(Initiative.class).text()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PlanNode {
  private final PlanElement element;
  private final PlanNode parent;
  /** The list of the parent the element is in, such as {@code goals}; null for the plan. */
  private final String list;
  private final int index;
  /**
   * Built from the parent's at first use, since most nodes are never asked for theirs. A benign
   * race, like {@link String#hashCode()}: threads that find it unset each build the same string,
   * and a String is safe to publish without synchronization.
   */
  private String pointer;

  /** The plan's own node. */
  PlanNode(PlanElement plan) {
    this.element = plan;
    this.parent = null;
    this.list = null;
    this.index = 0;
    this.pointer = "";
  }

  /** The node of the element at {@code index} in the parent's {@code list}. */
  PlanNode(PlanElement element, PlanNode parent, String list, int index) {
    this.element = element;
    this.parent = parent;
    this.list = list;
    this.index = index;
  }

  /** @return the list of the parent the element is in, such as {@code goals}; null for the plan */
  String list() {
    return list;
  }

  /** @return the element's position in its parent's list */
  int index() {
    return index;
  }

  /** @return the element */
  public PlanElement element() {
    return element;
  }

  /** @return the element's kind */
  public ElementKind kind() {
    return element.kind();
  }

  /** @return the element's id */
  public String id() {
    return element.id();
  }

  /**
   * The element's path in the plan's JSON form, as a JSON Pointer (RFC 6901).
   *
   * @return for example {@code /sections/1/goals/0/initiatives/2}; the empty string for the plan
   */
  public String pointer() {
    String p = pointer;
    if (p == null) {
      p = parent.pointer() + "/" + list + "/" + index;
      pointer = p;
    }
    return p;
  }

  /** @return the node of the containing element; empty for the plan itself */
  public Optional<PlanNode> parent() {
    return Optional.ofNullable(parent);
  }

  /**
   * The element as a given type.
   *
   * @param type the expected element type, such as {@code Initiative.class}
   * @param <T> the element type
   * @return the element
   * @throws ClassCastException if the element is not of that type
   */
  public <T extends PlanElement> T as(Class<T> type) {
    return type.cast(element);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlanNode other
        && pointer().equals(other.pointer())
        && element.equals(other.element);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer(), element.id());
  }

  @Override
  public String toString() {
    return kind() + " " + element.id() + " at \"" + pointer() + "\"";
  }
}
