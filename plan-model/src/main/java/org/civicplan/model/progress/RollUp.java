package org.civicplan.model.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A weighted mean of children's progress, Σ wᵢ·pᵢ / Σ wᵢ over the children that have one, kept
 * between the children's lowest and highest (which removes rounding, never a real difference).
 * Not thread-safe; one per parent.
 */
final class RollUp {
  private final List<Progress> known = new ArrayList<>();
  private final List<BigDecimal> weights = new ArrayList<>();
  private BigDecimal knownWeight = BigDecimal.ZERO;
  private BigDecimal allWeight = BigDecimal.ZERO;

  void add(Progress p, Optional<BigDecimal> weight) {
    BigDecimal w = weight.orElse(BigDecimal.ONE);
    if (w.signum() == 0) {
      return;
    }
    allWeight = allWeight.add(w, Fractions.MC);
    if (p.known()) {
      known.add(p);
      weights.add(w);
      knownWeight = knownWeight.add(w, Fractions.MC);
    }
  }

  Progress result() {
    if (known.isEmpty()) {
      return Progress.unknown();
    }
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal min = null;
    BigDecimal max = null;
    boolean exceeded = false;
    for (int i = 0; i < known.size(); i++) {
      BigDecimal f = known.get(i).fraction().get();
      BigDecimal share = Fractions.ratio(weights.get(i), knownWeight);
      sum = sum.add(share.multiply(f), Fractions.MC);
      min = min == null || f.compareTo(min) < 0 ? f : min;
      max = max == null || f.compareTo(max) > 0 ? f : max;
      exceeded |= known.get(i).exceeded();
    }
    BigDecimal mean = sum.compareTo(min) < 0 ? min : sum.compareTo(max) > 0 ? max : sum;
    return Progress.of(mean, ProgressBasis.CHILDREN, exceeded, Fractions.ratio(knownWeight, allWeight));
  }
}
