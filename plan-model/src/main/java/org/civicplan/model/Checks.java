package org.civicplan.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Construction checks shared by the value types of this package. */
final class Checks {
  private Checks() {}

  static void require(boolean condition, String message, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(message, args));
    }
  }

  /** An id may be empty (to be assigned by the plan) but never blank. */
  static void checkId(String id, ElementKind kind) {
    if (!id.isEmpty() && id.isBlank()) {
      throw new IllegalArgumentException(
          "the id of a "
              + kind.name().toLowerCase(java.util.Locale.ROOT)
              + " is blank; leave it out to have one assigned");
    }
  }

  static void checkExtensions(Map<String, ExtensionValue> extensions) {
    for (String key : extensions.keySet()) {
      require(!key.isBlank(), "an extension key is blank");
    }
  }

  /** Up to this many siblings are checked pairwise; more go through a map. */
  private static final int SMALL = 12;

  /** Rejects two siblings with one declared (non-empty) id. */
  static void checkSiblingIds(List<? extends PlanElement> siblings, String where) {
    int n = siblings.size();
    if (n < 2) {
      return;
    }
    if (n <= SMALL) {
      // A handful of siblings, the usual case: compare pairs instead of filling a map.
      for (int i = 1; i < n; i++) {
        String id = siblings.get(i).id();
        for (int j = 0; !id.isEmpty() && j < i; j++) {
          if (id.equals(siblings.get(j).id())) {
            throw new IllegalArgumentException(
                String.format("%s %d and %d have the same id \"%s\"", where, j, i, id));
          }
        }
      }
      return;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < siblings.size(); i++) {
      String id = siblings.get(i).id();
      if (id.isEmpty()) {
        continue;
      }
      Integer first = seen.putIfAbsent(id, i);
      if (first != null) {
        throw new IllegalArgumentException(
            String.format("%s %d and %d have the same id \"%s\"", where, first, i, id));
      }
    }
  }

  static void checkWeight(java.util.Optional<java.math.BigDecimal> weight) {
    weight.ifPresent(w -> require(w.signum() >= 0, "a weight is negative (%s)", w));
  }

  static void checkElement(PlanElement element) {
    String id = element.id();
    checkId(id, element.kind());
    checkExtensions(element.extensions());
    // The plan checks that its ids are unique in one set of them all (IdAssigner), when the plan
    // is built, long after the element: the id's characters are out of the cache by then, on a
    // large plan. Its hash, computed here while they are at hand, is kept in the String.
    id.hashCode();
  }
}
