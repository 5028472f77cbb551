package com.example.district.closed;

import java.util.Set;
import org.civicplan.model.ElementKind;
import org.civicplan.rules.BundleRule;
import org.civicplan.rules.Profile;
import org.civicplan.rules.RuleContext;
import org.civicplan.rules.Severity;

/** A rule whose texts lie in a package this module does not open. */
public final class ClosedRule extends BundleRule {
  public ClosedRule() {
    super("district/closed", Severity.INFO, Profile.STRICT, Set.of(ElementKind.PLAN),
        "com.example.district.closed.messages");
  }

  @Override
  public void check(RuleContext context) {}
}
