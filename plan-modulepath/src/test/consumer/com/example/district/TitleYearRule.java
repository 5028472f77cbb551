package com.example.district;

import java.util.Set;
import org.civicplan.model.ElementKind;
import org.civicplan.rules.BundleRule;
import org.civicplan.rules.Profile;
import org.civicplan.rules.RuleContext;
import org.civicplan.rules.Severity;

/** A district's own rule: the title names a year. Texts in messages*.properties beside it. */
public final class TitleYearRule extends BundleRule {
  public TitleYearRule() {
    super("district/title-year", Severity.ERROR, Profile.DEFAULT, Set.of(ElementKind.PLAN),
        "com.example.district.messages");
  }

  @Override
  public void check(RuleContext context) {
    if (!context.plan().title().contains("年")) {
      context.report(context.root(), "message", context.plan().title());
    }
  }
}
