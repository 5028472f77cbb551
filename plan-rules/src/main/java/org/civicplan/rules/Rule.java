package org.civicplan.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicplan.model.ElementKind;

/**
 * One check of a plan, with a stable id such as {@code structure/numbering-gap}.
 *
 * <p>A rule is stateless and thread-safe: one instance checks many plans at once. It reads the
 * plan through its {@link RuleContext} and reports what it finds there; it never throws on a plan
 * the model can hold (a rule that does is reported as a finding against itself).
 *
 * <p>Texts (title, description, messages, fix hints) come from {@link #text(Language, String)};
 * {@link BundleRule} reads them from a resource bundle. Custom rules are found with {@link
 * java.util.ServiceLoader}: list the class in {@code META-INF/services/org.civicplan.rules.Rule}
 * (or a {@link RuleProvider} in {@code META-INF/services/org.civicplan.rules.RuleProvider}).
 *
 * <pre>{@code
 * public final class NoTitleRule extends BundleRule {
 *   public NoTitleRule() {
 *     super("custom/plan-title", Severity.ERROR, Profile.DEFAULT,
 *         Set.of(ElementKind.PLAN), "com.example.messages");
 *   }
 *   public void check(RuleContext context) {
 *     if (context.plan().title().isBlank()) {
 *       context.report(context.root(), "message");
 *     }
 *   }
 * }
 * }</pre>
 */
public interface Rule {

  /**
   * The stable id: a category, a slash and a name in lower-case words joined by hyphens, such as
   * {@code text/unbalanced-brackets}. Used in configuration, reports and SARIF.
   *
   * @return the id
   */
  String id();

  /** @return the category: the part of the id before the slash, such as {@code structure} */
  default String category() {
    int slash = id().indexOf('/');
    return slash < 0 ? "" : id().substring(0, slash);
  }

  /** @return the severity of the rule's findings unless configuration overrides it */
  Severity defaultSeverity();

  /** @return the narrowest profile the rule belongs to; {@link Profile#DEFAULT} unless overridden */
  default Profile profile() {
    return Profile.DEFAULT;
  }

  /** @return the kinds of element the rule looks at, for documentation and tools */
  Set<ElementKind> elementKinds();

  /** @return the numbers that tune the rule, with their defaults; empty unless overridden */
  default List<Threshold> thresholds() {
    return List.of();
  }

  /**
   * A text of the rule in a language: {@code title}, {@code description}, {@code example}, a
   * message key the rule reports with, or the fix hint {@code <message key>.fix} / {@code fix}.
   * Message texts are {@link java.text.MessageFormat} patterns whose arguments the rule fills in.
   *
   * @param language the language
   * @param key the key, relative to the rule
   * @return the text, or empty if the rule has none for that key
   */
  Optional<String> text(Language language, String key);

  /**
   * @param language the language
   * @return the short title, such as 编号不连续 / Numbering has a gap
   */
  default String title(Language language) {
    return text(language, "title").orElse(id());
  }

  /**
   * @param language the language
   * @return what the rule checks and why it matters
   */
  default String description(Language language) {
    return text(language, "description").orElse("");
  }

  /**
   * Checks the plan of {@code context} and reports findings through it.
   *
   * @param context the plan, its nodes, the rule's thresholds and the reporting methods
   */
  void check(RuleContext context);
}
