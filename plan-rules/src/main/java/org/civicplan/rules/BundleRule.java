package org.civicplan.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.civicplan.model.ElementKind;

/**
 * A convenient base for rules whose texts live in a resource bundle of {@code .properties} files
 * (UTF-8): key {@code <rule id>.<key>}, such as {@code custom/plan-title.title}. The bundle for
 * {@link Language#ZH} is looked up with locale zh_CN (file {@code <base>_zh.properties}); English
 * uses the base file {@code <base>.properties}; a key missing from {@code _zh} is taken from the
 * base file. There is no fallback to the JVM's default locale.
 *
 * <p>The files are read as resources of the subclass's module (its class loader on the class
 * path). On the module path a package is encapsulated: a named module that holds the files in one
 * of its packages opens that package to this library, {@code opens com.example to
 * org.civicplan.rules;}, or the constructor fails with an {@link IllegalStateException} saying
 * so.
 *
 * <pre>{@code
 * # com/example/messages.properties
 * custom/plan-title.title=Plan has no title
 * custom/plan-title.message=The plan "{0}" has no title.
 * # com/example/messages_zh.properties
 * custom/plan-title.title=计划缺少标题
 * custom/plan-title.message=计划“{0}”缺少标题。
 * }</pre>
 *
 * <p>Subclasses must stay stateless; this class itself is immutable and thread-safe.
 */
public abstract class BundleRule implements Rule {
  private final String id;
  private final Severity severity;
  private final Profile profile;
  private final Set<ElementKind> kinds;
  private final String bundleBaseName;
  private final Map<Language, Map<String, String>> bundles = new EnumMap<>(Language.class);

  /**
   * @param id the rule id, {@code category/name}
   * @param severity the default severity
   * @param profile the narrowest profile the rule belongs to
   * @param kinds the element kinds the rule looks at
   * @param bundleBaseName the resource bundle's base name, such as {@code com.example.messages},
   *     loaded from the subclass's module (on the class path: its class loader)
   * @throws IllegalStateException if a file exists but cannot be read, or lies in a package of a
   *     named module that is not open to {@code org.civicplan.rules}
   */
  protected BundleRule(
      String id, Severity severity, Profile profile, Set<ElementKind> kinds, String bundleBaseName) {
    this.id = Objects.requireNonNull(id);
    this.severity = Objects.requireNonNull(severity);
    this.profile = Objects.requireNonNull(profile);
    this.kinds = Set.copyOf(kinds);
    this.bundleBaseName = Objects.requireNonNull(bundleBaseName);
    for (Language language : Language.values()) {
      Map<String, String> texts = Bundles.texts(getClass(), bundleBaseName, language);
      if (texts != null) {
        bundles.put(language, texts);
      }
      // else: no texts in this language; text() answers empty and callers fall back to the id.
    }
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  @Override
  public final Profile profile() {
    return profile;
  }

  @Override
  public final Set<ElementKind> elementKinds() {
    return kinds;
  }

  @Override
  public Optional<String> text(Language language, String key) {
    Map<String, String> bundle = bundles.get(language);
    return bundle == null ? Optional.empty() : Optional.ofNullable(bundle.get(id + "." + key));
  }

  @Override
  public String toString() {
    return id + " (" + bundleBaseName + ")";
  }
}
