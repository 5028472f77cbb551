package org.civicplan.model.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.InitiativeStatus;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;

/**
 * Computes a plan's progress (完成进度): each indicator's from its baseline, target and latest
 * actual; each initiative's from its indicators (weighted) or, when none has a progress, from its
 * status; each goal's, section's and the plan's as the weighted mean of its children's.
 *
 * <p>Weights are the elements' {@code weight()} (1 when absent), normalized over the children
 * that have a progress: Σ wᵢ·pᵢ / Σ wᵢ. So a parent's progress lies between its children's
 * lowest and highest and never exceeds 100% (unlike a raw Σ progress×weight). Children with no
 * progress are left out and lower the parent's {@link Progress#coverage() coverage} instead of
 * counting as 0; cancelled (已取消) initiatives and elements of weight 0 are left out entirely.
 * Over-achievement is capped at 100% and flagged ({@link Progress#exceeded()}).
 *
 * <p>By default an initiative's status alone counts as 100% when done (已完成) and 0% when not
 * started (未启动); in progress (推进中) and delayed (滞后) give no progress unless mapped:
 *
 * <pre>{@code
 * ProgressCalculator calculator = ProgressCalculator.builder()
 *     .statusProgress(InitiativeStatus.IN_PROGRESS, new BigDecimal("0.5"))
 *     .build();
 * PlanProgress progress = calculator.compute(plan, LocalDate.of(2024, 7, 1));
 * progress.plan().percent();       // Optional[47.5]
 * progress.overdue();              // due before 2024-07-01, neither done nor cancelled
 * }</pre>
 *
 * <p>Immutable and thread-safe: build once, share.
 */
public final class ProgressCalculator {
  private static final ProgressCalculator DEFAULT = builder().build();

  private final Map<InitiativeStatus, BigDecimal> statusProgress;

  private ProgressCalculator(Map<InitiativeStatus, BigDecimal> statusProgress) {
    this.statusProgress = new EnumMap<>(statusProgress);
  }

  /** @return the calculator with the default status mapping */
  public static ProgressCalculator create() {
    return DEFAULT;
  }

  /** @return a builder starting from the default status mapping */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgressCalculator}. Not thread-safe. */
  public static final class Builder {
    private final Map<InitiativeStatus, BigDecimal> statusProgress = new EnumMap<>(InitiativeStatus.class);

    private Builder() {
      statusProgress.put(InitiativeStatus.DONE, BigDecimal.ONE);
      statusProgress.put(InitiativeStatus.NOT_STARTED, BigDecimal.ZERO);
    }

    /**
     * Sets what a status alone counts for, for initiatives whose indicators give no progress.
     *
     * @param status a status other than {@link InitiativeStatus#CANCELLED}
     * @param fraction 0 to 1
     * @return this builder
     * @throws IllegalArgumentException for a cancelled status or a fraction outside 0..1
     */
    public Builder statusProgress(InitiativeStatus status, BigDecimal fraction) {
      Objects.requireNonNull(status);
      Objects.requireNonNull(fraction);
      if (status == InitiativeStatus.CANCELLED) {
        throw new IllegalArgumentException("cancelled initiatives are left out of progress");
      }
      if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("a status's progress must be between 0 and 1, not " + fraction);
      }
      statusProgress.put(status, fraction);
      return this;
    }

    /**
     * @param status a status
     * @return this builder, with the status giving no progress of its own
     */
    public Builder noStatusProgress(InitiativeStatus status) {
      statusProgress.remove(Objects.requireNonNull(status));
      return this;
    }

    /** @return the calculator */
    public ProgressCalculator build() {
      return new ProgressCalculator(statusProgress);
    }
  }

  /**
   * @param plan a plan
   * @param asOf the day to compute overdue items for (usually today, or a report's closing day)
   * @return the progress of each element and the overdue initiatives
   */
  public PlanProgress compute(Plan plan, LocalDate asOf) {
    Objects.requireNonNull(asOf);
    Map<String, Progress> byId = new HashMap<>();
    List<Overdue> overdue = new ArrayList<>();
    RollUp planRollUp = new RollUp();
    // Plan targets and section and goal indicators get their own progress; the roll-up of their
    // owners stays the weighted mean of the owners' children.
    plan.targets().forEach(k -> byId.put(k.id(), IndicatorProgress.of(k)));
    for (Section s : plan.sections()) {
      s.indicators().forEach(k -> byId.put(k.id(), IndicatorProgress.of(k)));
      RollUp sectionRollUp = new RollUp();
      for (Goal g : s.goals()) {
        g.indicators().forEach(k -> byId.put(k.id(), IndicatorProgress.of(k)));
        RollUp goalRollUp = new RollUp();
        for (Initiative i : g.initiatives()) {
          Progress p = initiative(i, byId);
          byId.put(i.id(), p);
          if (i.status().orElse(null) != InitiativeStatus.CANCELLED) {
            goalRollUp.add(p, i.weight());
          }
          overdue(i, asOf).ifPresent(overdue::add);
        }
        Progress gp = goalRollUp.result();
        byId.put(g.id(), gp);
        sectionRollUp.add(gp, g.weight());
      }
      Progress sp = sectionRollUp.result();
      byId.put(s.id(), sp);
      planRollUp.add(sp, s.weight());
    }
    byId.put(plan.id(), planRollUp.result());
    return new PlanProgress(plan, asOf, byId, overdue);
  }

  /**
   * @param initiative an initiative
   * @return its progress from its indicators or its status
   */
  public Progress initiative(Initiative initiative) {
    return initiative(initiative, new HashMap<>());
  }

  /**
   * @param indicator an indicator
   * @return its progress from its baseline, target and latest actual
   */
  public Progress indicator(Indicator indicator) {
    return IndicatorProgress.of(indicator);
  }

  private Progress initiative(Initiative i, Map<String, Progress> byId) {
    RollUp indicators = new RollUp();
    for (Indicator k : i.indicators()) {
      Progress p = IndicatorProgress.of(k);
      byId.put(k.id(), p);
      indicators.add(p, k.weight());
    }
    Progress fromIndicators = indicators.result();
    if (fromIndicators.known()) {
      return Progress.of(fromIndicators.fraction().get(), ProgressBasis.INDICATORS,
          fromIndicators.exceeded(), BigDecimal.ONE);
    }
    if (i.status().isPresent() && statusProgress.containsKey(i.status().get())) {
      return Progress.of(statusProgress.get(i.status().get()), ProgressBasis.STATUS, false, BigDecimal.ONE);
    }
    return Progress.unknown();
  }

  private static Optional<Overdue> overdue(Initiative i, LocalDate asOf) {
    if (i.due().isEmpty() || !i.due().get().isBefore(asOf)) {
      return Optional.empty();
    }
    InitiativeStatus status = i.status().orElse(null);
    if (status == InitiativeStatus.DONE || status == InitiativeStatus.CANCELLED) {
      return Optional.empty();
    }
    return Optional.of(new Overdue(i.id(), i.due().get(), i.status(),
        ChronoUnit.DAYS.between(i.due().get(), asOf)));
  }
}
