package org.civicplan.rules.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicplan.model.SourceSpan;
import org.civicplan.rules.ActiveRule;
import org.civicplan.rules.Finding;
import org.civicplan.rules.Language;
import org.civicplan.rules.PlanResult;
import org.civicplan.rules.Rule;
import org.civicplan.rules.Severity;
import org.civicplan.rules.ValidationReport;

/**
 * Writes a report as SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), so findings
 * show up in code-scanning tools when plans live in a repository.
 *
 * <p>One run: {@code tool.driver} lists the rules that ran (id, title, description, default
 * level, category and profile); each result has {@code ruleId}, {@code ruleIndex}, {@code level}
 * (error, warning, note), the message in the report's language, a physical location (the file as
 * a relative URI; a region with start and end line and column where the finding has a span;
 * columns count Unicode code points, declared with {@code columnKind}) and a logical location
 * whose {@code name} is the element's JSON Pointer and whose {@code fullyQualifiedName} is its id.
 * A fix hint goes to {@code properties.fix}.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("civicplan.sarif"))) {
 *   new SarifReportWriter().write(report, out);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SarifReportWriter implements ReportWriter {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  @Override
  public void write(ValidationReport report, Writer out) throws IOException {
    Language lang = report.language();
    List<ActiveRule> rules = report.rules();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      index.put(rules.get(i).rule().id(), i);
    }
    try (JsonGenerator g = JsonOutput.open(out)) {
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      driver(g, rules, lang);
      g.writeStringField("language", lang.tag());
      g.writeStringField("columnKind", "unicodeCodePoints");
      g.writeArrayFieldStart("results");
      for (PlanResult result : report.results()) {
        String uri = uri(result.source());
        for (Finding f : result.findings()) {
          result(g, f, uri, index.get(f.ruleId()), lang);
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void driver(JsonGenerator g, List<ActiveRule> rules, Language lang)
      throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "civicplan");
    g.writeStringField("fullName", "CivicPlan work plan validator");
    g.writeStringField("version", JsonOutput.version());
    g.writeStringField("language", lang.tag());
    g.writeArrayFieldStart("rules");
    for (ActiveRule active : rules) {
      Rule rule = active.rule();
      g.writeStartObject();
      g.writeStringField("id", rule.id());
      g.writeStringField("name", name(rule.id()));
      g.writeObjectFieldStart("shortDescription");
      g.writeStringField("text", rule.title(lang));
      g.writeEndObject();
      String description = rule.description(lang);
      g.writeObjectFieldStart("fullDescription");
      g.writeStringField("text", description.isEmpty() ? rule.title(lang) : description);
      g.writeEndObject();
      g.writeObjectFieldStart("defaultConfiguration");
      g.writeStringField("level", level(active.severity()));
      g.writeEndObject();
      g.writeObjectFieldStart("properties");
      g.writeStringField("category", rule.category());
      g.writeStringField("profile", rule.profile().id());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void result(JsonGenerator g, Finding f, String uri, Integer ruleIndex, Language lang)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    if (ruleIndex != null) {
      g.writeNumberField("ruleIndex", ruleIndex);
    }
    g.writeStringField("level", level(f.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", f.message(lang));
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri);
    g.writeEndObject();
    if (f.span().isPresent()) {
      SourceSpan s = f.span().get();
      JsonOutput.span(g, "region", s);
    }
    g.writeEndObject();
    g.writeArrayFieldStart("logicalLocations");
    g.writeStartObject();
    g.writeStringField("name", f.pointer().isEmpty() ? "/" : f.pointer());
    g.writeStringField("fullyQualifiedName", f.elementId());
    g.writeStringField("kind", f.elementKind().name().toLowerCase(Locale.ROOT));
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    if (f.fixHint(lang).isPresent()) {
      g.writeObjectFieldStart("properties");
      g.writeStringField("fix", f.fixHint(lang).get());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  static String level(Severity s) {
    switch (s) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  /** {@code structure/numbering-gap} → {@code StructureNumberingGap}, SARIF's suggested form. */
  static String name(String id) {
    StringBuilder sb = new StringBuilder();
    boolean upper = true;
    for (char c : id.toCharArray()) {
      if (c == '/' || c == '-') {
        upper = true;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return sb.toString();
  }

  /**
   * The file name as a URI reference: a relative path stays relative with {@code /} separators; an
   * absolute path becomes a {@code file:} URI; anything outside the unreserved ASCII characters is
   * percent-encoded as UTF-8.
   */
  static String uri(String source) {
    String path = source.replace('\\', '/');
    boolean windowsDrive =
        path.length() >= 3
            && path.charAt(1) == ':'
            && path.charAt(2) == '/'
            && Character.isLetter(path.charAt(0));
    String prefix = "";
    if (windowsDrive) {
      prefix = "file:///";
    } else if (path.startsWith("/")) {
      prefix = "file://";
    } else if (hasScheme(path)) {
      return encode(path, true);
    }
    return prefix + encode(path, windowsDrive);
  }

  private static boolean hasScheme(String s) {
    int colon = s.indexOf(':');
    if (colon <= 1) {
      return false;
    }
    for (int i = 0; i < colon; i++) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) && c < 128) && c != '+' && c != '-' && c != '.') {
        return false;
      }
    }
    return s.startsWith("//", colon + 1);
  }

  private static String encode(String s, boolean keepColon) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean keep =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
              || c == '-' || c == '.' || c == '_' || c == '~' || c == '/'
              || (keepColon && c == ':');
      if (keep) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return sb.toString();
  }
}
