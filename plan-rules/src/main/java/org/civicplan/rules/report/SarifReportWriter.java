package org.civicplan.rules.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import org.civicplan.rules.UnreadableInput;
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
 * A fix hint goes to {@code properties.fix}; in a PDF, whose region lines count text lines from
 * page 1, {@code properties.page} and {@code properties.lineOnPage} tell the place on paper.
 *
 * <p>What code-scanning consumers (GitHub, Microsoft's SARIF Multitool with its SARIF and GitHub
 * rule sets) require is there too: every rule has {@code help} (text and Markdown, from the rule
 * catalogue) and a {@code helpUri} into the catalogue page; the tool has an {@code informationUri};
 * each result has {@code partialFingerprints} ({@value #FINGERPRINT}: a SHA-256 of the rule id,
 * the element id and the English message, so stable across line moves and report languages); the
 * run has one {@code invocation} whose {@code executionSuccessful} is false when an input could not
 * be read, with one error notification per such input; every artifact URI is relative to a
 * {@code uriBaseId}: {@code SRCROOT} (the working directory) for relative paths and for absolute
 * paths inside it, {@code ROOT} ({@code file:///}) for other absolute paths, both declared in
 * {@code originalUriBaseIds}.
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

  /** The project's home page (the root pom's {@code <url>}), SARIF's {@code informationUri}. */
  static final String INFORMATION_URI = JsonOutput.projectUrl();

  /** The rule catalogue page; a rule's {@code helpUri} is this with the rule's anchor. */
  static final String CATALOGUE_URI = INFORMATION_URI + "/blob/main/docs/rules.md";

  /** The name of the fingerprint in {@code partialFingerprints}. */
  static final String FINGERPRINT = "civicplanFinding/v1";

  static final String SRCROOT = "SRCROOT";
  static final String ROOT = "ROOT";

  private final Path base;

  /** A writer whose relative URIs are against the working directory. */
  public SarifReportWriter() {
    this(Path.of("").toAbsolutePath());
  }

  /**
   * @param baseDirectory the directory relative paths are relative to ({@code SRCROOT}), usually
   *     the working directory or the repository's root
   */
  public SarifReportWriter(Path baseDirectory) {
    this.base = baseDirectory.toAbsolutePath().normalize();
  }

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
      g.writeObjectFieldStart("originalUriBaseIds");
      g.writeObjectFieldStart(SRCROOT);
      g.writeStringField("uri", directoryUri(base));
      g.writeEndObject();
      g.writeObjectFieldStart(ROOT);
      g.writeStringField("uri", "file:///");
      g.writeEndObject();
      g.writeEndObject();
      invocation(g, report, lang);
      g.writeArrayFieldStart("results");
      for (PlanResult result : report.results()) {
        String[] location = location(result.source());
        for (Finding f : result.findings()) {
          result(g, f, location, index.get(f.ruleId()), lang);
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
    g.writeStringField("informationUri", INFORMATION_URI);
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
      String helpUri = CATALOGUE_URI + "#" + CatalogueWriter.anchor(rule.id());
      g.writeStringField("helpUri", helpUri);
      g.writeObjectFieldStart("help");
      g.writeStringField("text", helpText(rule, lang, helpUri));
      g.writeStringField("markdown", helpMarkdown(rule, lang, helpUri));
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

  private static String helpText(Rule rule, Language lang, String helpUri) {
    StringBuilder sb = new StringBuilder(rule.title(lang));
    String description = rule.description(lang);
    if (!description.isEmpty()) {
      sb.append(lang == Language.ZH ? "：" : ": ").append(description);
    }
    rule.text(lang, "example")
        .ifPresent(e -> sb.append(lang == Language.ZH ? "\n反例：" : "\nFailing example: ").append(e));
    return sb.append('\n').append(helpUri).toString();
  }

  private static String helpMarkdown(Rule rule, Language lang, String helpUri) {
    StringBuilder sb = new StringBuilder("**").append(markdown(rule.title(lang))).append("**");
    String description = rule.description(lang);
    if (!description.isEmpty()) {
      sb.append(" — ").append(markdown(description));
    }
    rule.text(lang, "example")
        .ifPresent(e -> sb.append(lang == Language.ZH ? "\n\n反例：" : "\n\nFailing example: ")
            .append(markdown(e)));
    return sb.append("\n\n[").append(rule.id()).append("](").append(helpUri).append(')').toString();
  }

  /** Escapes the characters Markdown would read as markup. */
  private static String markdown(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private void invocation(JsonGenerator g, ValidationReport report, Language lang)
      throws IOException {
    g.writeArrayFieldStart("invocations");
    g.writeStartObject();
    g.writeBooleanField("executionSuccessful", report.unreadable().isEmpty());
    g.writeArrayFieldStart("toolExecutionNotifications");
    for (UnreadableInput u : report.unreadable()) {
      String[] location = location(u.source());
      g.writeStartObject();
      g.writeStringField("level", "error");
      g.writeObjectFieldStart("descriptor");
      g.writeStringField("id", "civicplan/unreadable-input");
      g.writeEndObject();
      g.writeObjectFieldStart("message");
      g.writeStringField("text",
          (lang == Language.ZH ? "无法读取，未校验：" : "Not validated, cannot read: ") + u.message());
      g.writeEndObject();
      g.writeArrayFieldStart("locations");
      g.writeStartObject();
      g.writeObjectFieldStart("physicalLocation");
      artifactLocation(g, location);
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
  }

  private static void artifactLocation(JsonGenerator g, String[] location) throws IOException {
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", location[0]);
    if (location[1] != null) {
      g.writeStringField("uriBaseId", location[1]);
    }
    g.writeEndObject();
  }

  private void result(
      JsonGenerator g, Finding f, String[] location, Integer ruleIndex, Language lang)
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
    artifactLocation(g, location);
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
    if (f.originalSpan().isPresent() && f.originalDocument().isPresent()) {
      g.writeArrayFieldStart("relatedLocations");
      g.writeStartObject();
      g.writeNumberField("id", 1);
      g.writeObjectFieldStart("physicalLocation");
      artifactLocation(g, location(f.originalDocument().get()));
      JsonOutput.span(g, "region", f.originalSpan().get());
      g.writeEndObject();
      g.writeObjectFieldStart("message");
      g.writeStringField("text", lang == Language.ZH ? "导入前的原文位置" : "Where it was in the document the plan was imported from");
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField(FINGERPRINT, fingerprint(f));
    g.writeEndObject();
    if (f.fixHint(lang).isPresent() || f.page().isPresent()) {
      g.writeObjectFieldStart("properties");
      if (f.fixHint(lang).isPresent()) {
        g.writeStringField("fix", f.fixHint(lang).get());
      }
      if (f.page().isPresent()) {
        g.writeNumberField("page", f.page().getAsInt());
        g.writeNumberField("lineOnPage", f.lineOnPage().getAsInt());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /**
   * The stable fingerprint of a finding: SHA-256 over the rule id, the element id and the English
   * message (which quotes the element's text), hexadecimal.
   */
  static String fingerprint(Finding f) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(f.ruleId().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(f.elementId().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(f.message(Language.EN).getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(64);
      for (byte b : sha.digest()) {
        hex.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Where a source is: its URI and the {@code uriBaseId} it is relative to (null for a URI that
   * names its own scheme).
   */
  String[] location(String source) {
    String path = source.replace('\\', '/');
    if (hasScheme(path)) {
      return new String[] {encode(path, true), null};
    }
    boolean windowsDrive =
        path.length() >= 3 && path.charAt(1) == ':' && path.charAt(2) == '/'
            && Character.isLetter(path.charAt(0));
    if (windowsDrive || path.startsWith("/")) {
      Path absolute;
      try {
        absolute = Path.of(source).toAbsolutePath().normalize();
      } catch (java.nio.file.InvalidPathException e) {
        absolute = null;
      }
      if (absolute != null && absolute.startsWith(base) && !absolute.equals(base)) {
        return new String[] {relative(base.relativize(absolute)), SRCROOT};
      }
      String rooted = windowsDrive ? path : path.substring(1);
      while (rooted.startsWith("/")) {
        rooted = rooted.substring(1);
      }
      return new String[] {encode(rooted, windowsDrive), ROOT};
    }
    return new String[] {encode(path, false), SRCROOT};
  }

  private static String relative(Path relative) {
    StringBuilder sb = new StringBuilder();
    for (Path part : relative) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(part);
    }
    return encode(sb.toString(), false);
  }

  private static String directoryUri(Path dir) {
    String uri = dir.toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
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
