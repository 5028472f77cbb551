package org.civicplan.rules;

import java.util.Set;
import org.civicplan.model.ElementKind;

/**
 * The finding the engine reports, instead of throwing, when a rule fails on a plan: a bug in the
 * rule, never silence. Not part of any catalogue.
 */
final class RuleFailure extends BundleRule {
  static final RuleFailure INSTANCE = new RuleFailure();

  private RuleFailure() {
    super("engine/rule-failed", Severity.ERROR, Profile.STRICT, Set.of(ElementKind.PLAN),
        "org.civicplan.rules.engine");
  }

  @Override
  public void check(RuleContext context) {
    // Never run as a rule; used only to word the failure of another rule.
  }
}
