package org.civicplan.rules;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Per-rule settings: enable or disable, override the severity, set thresholds; optionally the
 * profile. Loaded from a JSON or YAML file (checked against a {@link RuleCatalogue}, so an unknown
 * rule id or key is an error with its location) or built in code.
 *
 * <p>File format (JSON; YAML has the same structure):
 *
 * <pre>{@code
 * {
 *   "profile": "strict",
 *   "rules": {
 *     "text/near-duplicate-initiative": {"severity": "error", "similarity": 0.9},
 *     "structure/heading-emphasis-mixed": "off",
 *     "target/quantity-without-indicator": "warning",
 *     "assignment/lead-unit-missing": {"enabled": true}
 *   }
 * }
 * }</pre>
 *
 * A rule's value is an object with {@code enabled}, {@code severity} and the names of its
 * thresholds, or the shorthand {@code "off"}, {@code "on"}, {@code true}, {@code false} or a
 * severity (which also enables the rule).
 *
 * <pre>{@code
 * RuleConfig fromFile = RuleConfig.load(Path.of("civicplan-rules.yaml"), RuleCatalogue.standard());
 * RuleConfig inCode = RuleConfig.builder()
 *     .disable("text/mixed-punctuation-width")
 *     .severity("target/due-date-outside-period", Severity.ERROR)
 *     .threshold("text/near-duplicate-initiative", "similarity", 0.9)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleConfig {
  /** Files larger than this are refused. */
  static final int MAX_BYTES = 1 << 20;

  private static final RuleConfig EMPTY = new RuleConfig(null, Map.of());

  private final Profile profile;
  private final Map<String, Setting> settings;

  record Setting(Boolean enabled, Severity severity, Map<String, Double> thresholds) {}

  RuleConfig(Profile profile, Map<String, Setting> settings) {
    this.profile = profile;
    this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  /** @return a configuration that changes nothing */
  public static RuleConfig empty() {
    return EMPTY;
  }

  /** @return a builder for configuration made in code */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a configuration file: YAML if its name ends in {@code .yaml} or {@code .yml}, JSON
   * otherwise. At most 1 MiB.
   *
   * @param file the file the caller named
   * @param catalogue the rules the file may refer to
   * @return the configuration
   * @throws RuleConfigException if the file is malformed or names an unknown rule, key or value
   * @throws IOException if the file cannot be read
   */
  public static RuleConfig load(Path file, RuleCatalogue catalogue) throws IOException {
    String name = file.toString();
    if (Files.size(file) > MAX_BYTES) {
      throw new RuleConfigException(name, 0, 0, "", "the file is larger than 1 MiB");
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, name, catalogue);
    }
  }

  /**
   * Reads configuration text: YAML if {@code sourceName} ends in {@code .yaml} or {@code .yml},
   * JSON otherwise. At most 1 MiB of characters.
   *
   * @param reader the text; not closed
   * @param sourceName the name to report errors with, such as the file name
   * @param catalogue the rules the text may refer to
   * @return the configuration
   * @throws RuleConfigException if the text is malformed or names an unknown rule, key or value
   * @throws IOException if the reader fails
   */
  public static RuleConfig parse(Reader reader, String sourceName, RuleCatalogue catalogue)
      throws IOException {
    String lower = sourceName.toLowerCase(Locale.ROOT);
    boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
    return new ConfigParser(sourceName, yaml, catalogue).parse(reader);
  }

  /** @return the profile the file asks for, if any */
  public Optional<Profile> profile() {
    return Optional.ofNullable(profile);
  }

  /** @return the ids of the rules this configuration sets something for */
  public Set<String> ruleIds() {
    return settings.keySet();
  }

  /**
   * @param ruleId a rule id
   * @return whether the configuration turns the rule on or off, if it says
   */
  public Optional<Boolean> enabled(String ruleId) {
    return Optional.ofNullable(settings.get(ruleId)).map(Setting::enabled);
  }

  /**
   * @param ruleId a rule id
   * @return the severity the configuration gives the rule, if it sets one
   */
  public Optional<Severity> severity(String ruleId) {
    return Optional.ofNullable(settings.get(ruleId)).map(Setting::severity);
  }

  /**
   * @param ruleId a rule id
   * @return the thresholds the configuration sets for the rule
   */
  public Map<String, Double> thresholds(String ruleId) {
    Setting s = settings.get(ruleId);
    return s == null ? Map.of() : s.thresholds();
  }

  @Override
  public String toString() {
    return "RuleConfig{profile=" + profile + ", rules=" + settings + "}";
  }

  /** Builds a {@link RuleConfig} in code. Not thread-safe. */
  public static final class Builder {
    private Profile profile;
    private final Map<String, Boolean> enabled = new LinkedHashMap<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> thresholds = new LinkedHashMap<>();

    private Builder() {}

    /**
     * @param profile the profile to run
     * @return this builder
     */
    public Builder profile(Profile profile) {
      this.profile = profile;
      return this;
    }

    /**
     * @param ruleId a rule to run whatever the profile
     * @return this builder
     */
    public Builder enable(String ruleId) {
      enabled.put(ruleId, true);
      return this;
    }

    /**
     * @param ruleId a rule not to run
     * @return this builder
     */
    public Builder disable(String ruleId) {
      enabled.put(ruleId, false);
      return this;
    }

    /**
     * @param ruleId a rule
     * @param severity the severity its findings get
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(ruleId, severity);
      return this;
    }

    /**
     * @param ruleId a rule
     * @param name the name of one of its thresholds
     * @param value the value
     * @return this builder
     */
    public Builder threshold(String ruleId, String name, double value) {
      thresholds.computeIfAbsent(ruleId, k -> new LinkedHashMap<>()).put(name, value);
      return this;
    }

    /** @return the configuration; checked against the rules when a {@link Validator} is built */
    public RuleConfig build() {
      Map<String, Setting> settings = new LinkedHashMap<>();
      java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
      ids.addAll(enabled.keySet());
      ids.addAll(severities.keySet());
      ids.addAll(thresholds.keySet());
      for (String id : ids) {
        settings.put(
            id,
            new Setting(
                enabled.get(id),
                severities.get(id),
                Map.copyOf(thresholds.getOrDefault(id, Map.of()))));
      }
      return new RuleConfig(profile, settings);
    }
  }
}
