package org.civicplan.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads a {@link RuleConfig} from JSON or YAML with a streaming parser, keeping locations. */
final class ConfigParser {
  private static final StreamReadConstraints LIMITS = limits();

  /**
   * The parser's limits. Jackson 2.15, the oldest supported, has no name-length limit (2.16
   * added it): there a name is bounded by the string and document checks only.
   */
  private static StreamReadConstraints limits() {
    StreamReadConstraints.Builder b =
        StreamReadConstraints.builder()
            .maxNestingDepth(16)
            .maxStringLength(10_000)
            .maxNumberLength(50);
    try {
      StreamReadConstraints.Builder.class.getMethod("maxNameLength", int.class);
      b.maxNameLength(1_000); // linked only where it exists
    } catch (NoSuchMethodException e) {
      // Jackson 2.15
    }
    return b.build();
  }

  private final String source;
  private final boolean yaml;
  private final RuleCatalogue catalogue;
  private JsonParser parser;

  ConfigParser(String source, boolean yaml, RuleCatalogue catalogue) {
    this.source = source;
    this.yaml = yaml;
    this.catalogue = catalogue;
  }

  RuleConfig parse(Reader reader) throws IOException {
    String text = readBounded(reader);
    JsonFactory factory;
    if (yaml) {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(10);
      options.setNestingDepthLimit(16);
      options.setCodePointLimit(RuleConfig.MAX_BYTES);
      factory = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(LIMITS).build();
    } else {
      factory = JsonFactory.builder().streamReadConstraints(LIMITS).build();
    }
    try (JsonParser p = factory.createParser(text)) {
      this.parser = p;
      p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      RuleConfig config = root();
      if (next() != null) {
        throw error("", yaml
            ? "a second YAML document (after ---) is not read; keep the configuration in one document"
            : "more content after the configuration object");
      }
      return config;
    } catch (RuleConfigException e) {
      throw e;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String message = e.getOriginalMessage();
      throw new RuleConfigException(
          source,
          at == null ? 0 : Math.max(0, at.getLineNr()),
          at == null ? 0 : Math.max(0, at.getColumnNr()),
          "",
          (yaml ? "not valid YAML: " : "not valid JSON: ") + firstLine(message));
    } catch (RuntimeException e) {
      // SnakeYAML reports some limits (aliases, code points) with unchecked exceptions.
      throw new RuleConfigException(source, 0, 0, "", "cannot read: " + firstLine(e.getMessage()));
    }
  }

  private static String clip(String s) {
    return s == null ? "" : s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  /** A parser's message without Java class names, which mean nothing to the person fixing the file. */
  private static String firstLine(String s) {
    if (s != null) {
      s = s.replaceAll("(java|com\\.fasterxml|org\\.yaml)(\\.[A-Za-z_$][\\w$]*)+: ?", "");
    }
    return firstLineRaw(s);
  }

  private static String firstLineRaw(String s) {
    if (s == null) {
      return "malformed";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private String readBounded(Reader reader) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while ((n = reader.read(buffer)) > 0) {
      sb.append(buffer, 0, n);
      if (sb.length() > RuleConfig.MAX_BYTES) {
        throw new RuleConfigException(
            source, 0, 0, "", "the configuration is longer than " + RuleConfig.MAX_BYTES + " characters");
      }
    }
    return sb.toString();
  }

  /**
   * The next token; in YAML, refuses tags ({@code !!python/object}, global {@code !<tag:…>}) and
   * anchors and aliases (so no alias bomb can be written): a rule configuration needs none.
   */
  private JsonToken next() throws IOException {
    JsonToken t = parser.nextToken();
    if (yaml && t != null && parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y) {
      if (y.isCurrentAlias()) {
        throw error("", "YAML aliases (*" + y.getText() + ") are not allowed in a configuration");
      }
      if (y.getObjectId() != null) {
        throw error("", "YAML anchors (&" + y.getObjectId() + ") are not allowed in a configuration");
      }
      if (y.getTypeId() != null) {
        throw error("", "YAML tags (" + y.getTypeId() + ") are not allowed in a configuration");
      }
    }
    return t;
  }

  private RuleConfigException error(String pointer, String problem) {
    JsonLocation at = parser.currentTokenLocation();
    return new RuleConfigException(
        source, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), pointer, problem);
  }

  private RuleConfig root() throws IOException {
    JsonToken first = next();
    if (first == null || first == JsonToken.VALUE_NULL) {
      return RuleConfig.empty();
    }
    if (first != JsonToken.START_OBJECT) {
      throw error("", "expected an object with \"profile\" and \"rules\"");
    }
    Profile profile = null;
    Map<String, RuleConfig.Setting> settings = new LinkedHashMap<>();
    while (next() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      JsonToken value = next();
      switch (key) {
        case "profile":
          if (value != JsonToken.VALUE_STRING) {
            throw error("/profile", "the profile must be a string: " + Profile.names());
          }
          try {
            profile = Profile.parse(parser.getText());
          } catch (IllegalArgumentException e) {
            throw error("/profile", e.getMessage());
          }
          break;
        case "rules":
          if (value != JsonToken.START_OBJECT) {
            throw error("/rules", "\"rules\" must be an object from rule id to setting");
          }
          rules(settings);
          break;
        default:
          throw error(
              "/" + escape(key), "unknown key \"" + key + "\"; expected \"profile\" or \"rules\"");
      }
    }
    return new RuleConfig(profile, settings);
  }

  private void rules(Map<String, RuleConfig.Setting> settings) throws IOException {
    while (next() == JsonToken.FIELD_NAME) {
      String id = parser.currentName();
      String pointer = "/rules/" + escape(id);
      Rule rule = catalogue.find(id).orElse(null);
      if (rule == null) {
        String hint =
            catalogue
                .nearest(id)
                .map(n -> "; did you mean \"" + n + "\"?")
                .orElse("; run `civicplan rules` to list the rules");
        throw error(pointer, "unknown rule \"" + id + "\"" + hint);
      }
      JsonToken value = next();
      settings.put(id, setting(rule, pointer, value));
    }
  }

  private RuleConfig.Setting setting(Rule rule, String pointer, JsonToken value)
      throws IOException {
    switch (value) {
      case VALUE_TRUE:
        return new RuleConfig.Setting(true, null, Map.of());
      case VALUE_FALSE:
        return new RuleConfig.Setting(false, null, Map.of());
      case VALUE_STRING:
        return shorthand(pointer, parser.getText());
      case START_OBJECT:
        return object(rule, pointer);
      default:
        throw error(
            pointer,
            "a rule's setting is \"off\", \"on\", a severity, true, false or an object with"
                + " \"enabled\", \"severity\""
                + thresholdNames(rule));
    }
  }

  private RuleConfig.Setting shorthand(String pointer, String text) throws RuleConfigException {
    String t = text.trim();
    if (t.equalsIgnoreCase("off")) {
      return new RuleConfig.Setting(false, null, Map.of());
    }
    if (t.equalsIgnoreCase("on")) {
      return new RuleConfig.Setting(true, null, Map.of());
    }
    try {
      return new RuleConfig.Setting(true, Severity.parse(t), Map.of());
    } catch (IllegalArgumentException e) {
      throw error(pointer, "unknown setting \"" + text + "\"; expected off, on, error, warning or info");
    }
  }

  private RuleConfig.Setting object(Rule rule, String pointer) throws IOException {
    Boolean enabled = null;
    Severity severity = null;
    Map<String, Double> thresholds = new LinkedHashMap<>();
    Map<String, Threshold> declared =
        rule.thresholds().stream().collect(Collectors.toMap(Threshold::name, t -> t, (a, b) -> a));
    while (next() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      String at = pointer + "/" + escape(key);
      JsonToken value = next();
      if (key.equals("enabled")) {
        if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
          throw error(at, "\"enabled\" must be true or false");
        }
        enabled = value == JsonToken.VALUE_TRUE;
      } else if (key.equals("severity")) {
        if (value != JsonToken.VALUE_STRING) {
          throw error(at, "\"severity\" must be error, warning or info");
        }
        try {
          severity = Severity.parse(parser.getText());
        } catch (IllegalArgumentException e) {
          throw error(at, e.getMessage());
        }
      } else if (declared.containsKey(key)) {
        Threshold t = declared.get(key);
        if (!value.isNumeric()) {
          throw error(at, "threshold \"" + key + "\" must be a number");
        }
        double v;
        try {
          v = parser.getDoubleValue();
        } catch (IOException | NumberFormatException e) {
          throw error(at, "threshold \"" + key + "\" is not a number this reader can hold: " + clip(parser.getText()));
        }
        if (!(v >= t.min() && v <= t.max())) {
          throw error(
              at,
              "threshold \"" + key + "\" is " + v + ", outside " + t.min() + ".." + t.max());
        }
        thresholds.put(key, v);
      } else {
        throw error(
            at,
            "unknown key \"" + key + "\" for rule " + rule.id() + "; expected \"enabled\", \"severity\""
                + thresholdNames(rule));
      }
    }
    return new RuleConfig.Setting(enabled, severity, Map.copyOf(thresholds));
  }

  private static String thresholdNames(Rule rule) {
    return rule.thresholds().stream().map(t -> ", \"" + t.name() + "\"").collect(Collectors.joining());
  }

  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
