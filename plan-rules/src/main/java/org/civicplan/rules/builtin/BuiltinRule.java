package org.civicplan.rules.builtin;

import java.util.Set;
import org.civicplan.model.ElementKind;
import org.civicplan.rules.BundleRule;
import org.civicplan.rules.Profile;
import org.civicplan.rules.Severity;

/** A built-in rule: texts from {@code org/civicplan/rules/builtin/messages*.properties}. */
abstract class BuiltinRule extends BundleRule {
  static final String BUNDLE = "org.civicplan.rules.builtin.messages";

  BuiltinRule(String id, Severity severity, Profile profile, ElementKind... kinds) {
    super(id, severity, profile, Set.of(kinds), BUNDLE);
  }
}
