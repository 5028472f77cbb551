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
    if (Files.isDirectory(file)) {
      throw new RuleConfigException(name, 0, 0, "", "is a directory; name a configuration file (.json, .yaml)");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // A FIFO would block, /dev/zero would never end: only regular files are read.
      throw new RuleConfigException(name, 0, 0, "", "is not a regular file (a device or a pipe); name a configuration file");
    }
    if (Files.size(file) > MAX_BYTES) {
      throw new RuleConfigException(name, 0, 0, "", "the file is larger than 1 MiB (" + MAX_BYTES + " bytes)");
    }
    byte[] bytes;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new RuleConfigException(name, 0, 0, "", "the file is larger than 1 MiB (" + MAX_BYTES + " bytes)");
    }
    return parse(new java.io.StringReader(decode(bytes, name)), name, catalogue);
  }

  /** UTF-8 only: a byte order mark of another encoding, or bytes that are not UTF-8, are named. */
  static String decode(byte[] b, String name) throws RuleConfigException {
    String other = null;
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      other = "UTF-32BE";
    } else if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      other = "UTF-32LE";
    } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      other = "UTF-16BE";
    } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      other = "UTF-16LE";
    }
    if (other != null) {
      throw new RuleConfigException(name, 1, 1, "",
          "the file is " + other + " (byte order mark); save it as UTF-8");
    }
    int start = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(b, start, b.length - start);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length);
    java.nio.charset.CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      // Where the bad byte is: the line and column of the characters decoded before it.
      int line = 1;
      int column = 1;
      out.flip();
      for (int i = 0; i < out.limit(); i++) {
        char c = out.get(i);
        if (c == '\n') {
          line++;
          column = 1;
        } else if (!Character.isLowSurrogate(c)) {
          column++;
        }
      }
      throw new RuleConfigException(name, line, column, "",
          String.format("not UTF-8: byte 0x%02X at offset %d; save the file as UTF-8", b[in.position()] & 0xFF, in.position()));
    }
    out.flip();
    return out.toString();
  }

  /**
   * Reads configuration text: YAML if {@code sourceName} ends in {@code .yaml} or {@code .yml},
   * JSON otherwise. At most 1 Mi (1,048,576) characters.
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
