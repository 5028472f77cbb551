package org.civicplan.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.civicplan.rules.builtin.BuiltinRules;

/**
 * Every rule a {@link Validator} can run, by id: the built-in catalogue, rules found with {@link
 * ServiceLoader} ({@link Rule} and {@link RuleProvider} services) and rules added in code.
 *
 * <pre>{@code
 * RuleCatalogue catalogue = RuleCatalogue.standard();          // built-ins + ServiceLoader
 * catalogue.rules().forEach(r -> System.out.println(r.id() + "  " + r.title(Language.ZH)));
 *
 * RuleCatalogue mine = RuleCatalogue.builder()
 *     .addBuiltins()
 *     .add(new MyDistrictRule())
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleCatalogue {
  private final List<Rule> rules;
  private final Map<String, Rule> byId;

  private RuleCatalogue(Map<String, Rule> byId) {
    this.byId = Collections.unmodifiableMap(new TreeMap<>(byId));
    this.rules = List.copyOf(this.byId.values());
  }

  /**
   * The built-in rules and every rule the thread's context class loader (or else this library's
   * class loader) finds with {@link ServiceLoader}.
   *
   * @return the catalogue
   * @throws IllegalStateException if a service cannot be loaded or two rules share an id
   */
  public static RuleCatalogue standard() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return builder()
        .addBuiltins()
        .discover(loader != null ? loader : RuleCatalogue.class.getClassLoader())
        .build();
  }

  /** @return the built-in rules only */
  public static RuleCatalogue builtin() {
    return builder().addBuiltins().build();
  }

  /** @return a builder of an empty catalogue */
  public static Builder builder() {
    return new Builder();
  }

  /** @return every rule, sorted by id */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * @param id a rule id
   * @return the rule with that id, if the catalogue has one
   */
  public Optional<Rule> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The rule ids of this catalogue nearest to an unknown id, for "did you mean" messages.
   *
   * @param id an id that is not in the catalogue
   * @return the nearest id within a small edit distance, if any
   */
  Optional<String> nearest(String id) {
    // A shortened id, such as text/near-duplicate for text/near-duplicate-initiative.
    Optional<String> extended =
        byId.keySet().stream()
            .filter(k -> id.length() >= 4 && k.startsWith(id))
            .min(java.util.Comparator.comparingInt(String::length));
    if (extended.isPresent()) {
      return extended;
    }
    String best = null;
    int bestDistance = Math.max(3, id.length() / 4) + 1;
    for (String known : byId.keySet()) {
      int d = distance(id, known, bestDistance);
      if (d < bestDistance) {
        best = known;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance, giving up (returning {@code limit}) once it exceeds the limit. */
  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit || a.length() > 200 || b.length() > 200) {
      return limit;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[b.length()], limit);
  }

  /** Collects rules for a {@link RuleCatalogue}. Not thread-safe. */
  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>();

    private Builder() {}

    /** @return this builder, with the built-in catalogue added */
    public Builder addBuiltins() {
      rules.addAll(BuiltinRules.all());
      return this;
    }

    /**
     * Adds every {@link Rule} and every {@link RuleProvider}'s rules that {@link ServiceLoader}
     * finds with a class loader.
     *
     * @param loader the class loader to search
     * @return this builder
     * @throws IllegalStateException naming the service if one cannot be instantiated
     */
    public Builder discover(ClassLoader loader) {
      try {
        for (Rule rule : ServiceLoader.load(Rule.class, loader)) {
          rules.add(rule);
        }
        for (RuleProvider provider : ServiceLoader.load(RuleProvider.class, loader)) {
          rules.addAll(provider.rules());
        }
      } catch (ServiceConfigurationError e) {
        throw new IllegalStateException("cannot load a custom rule: " + e.getMessage(), e);
      }
      return this;
    }

    /**
     * @param rule a rule to add
     * @return this builder
     */
    public Builder add(Rule rule) {
      rules.add(rule);
      return this;
    }

    /**
     * @param more rules to add
     * @return this builder
     */
    public Builder addAll(Collection<? extends Rule> more) {
      rules.addAll(more);
      return this;
    }

    /**
     * @return the catalogue
     * @throws IllegalStateException if a rule's id is malformed or two rules share an id
     */
    public RuleCatalogue build() {
      Map<String, Rule> byId = new TreeMap<>();
      for (Rule rule : rules) {
        String id = rule.id();
        if (!wellFormed(id)) {
          throw new IllegalStateException(
              "rule id \"" + id + "\" of " + rule.getClass().getName()
                  + " is not of the form category/name (lower-case letters, digits and hyphens)");
        }
        Rule previous = byId.putIfAbsent(id, rule);
        if (previous != null && previous != rule) {
          throw new IllegalStateException(
              "two rules have the id \"" + id + "\": " + previous.getClass().getName() + " and "
                  + rule.getClass().getName());
        }
      }
      return new RuleCatalogue(byId);
    }

    static boolean wellFormed(String id) {
      int slash = id.indexOf('/');
      if (slash <= 0 || slash == id.length() - 1 || id.indexOf('/', slash + 1) >= 0) {
        return false;
      }
      for (int i = 0; i < id.length(); i++) {
        char c = id.charAt(i);
        boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '/';
        if (!ok) {
          return false;
        }
      }
      return true;
    }
  }
}
