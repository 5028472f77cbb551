package org.civicplan.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicplan.model.SourceDocument;
import org.civicplan.model.ElementKind;
import org.civicplan.model.SourceSpan;

/**
 * Reads a validation report back from the JSON that {@code JsonReportWriter} (and so {@code
 * ReportFormat.JSON} and {@code ReportJsonModule}) writes: a report a service returned, or one
 * kept on disk, becomes an equal {@link ValidationReport} again, from which any other format
 * (text, SARIF) can be written.
 *
 * <pre>{@code
 * ReportReader reader = ReportReader.create();              // the standard rule catalogue
 * ValidationReport report = reader.read(Files.readString(path), path.toString());
 * new SarifReportWriter().write(report, out);               // the same SARIF as at validation
 * Finding f = reader.readFinding(tree.get("findings").get(0));
 * }</pre>
 *
 * <p>The rules a report lists are looked up by id in the reader's {@link RuleCatalogue}: a report
 * of custom rules needs a catalogue that has them ({@link #of(RuleCatalogue)}). The reader refuses,
 * with a {@link ReportFormatException} giving the JSON Pointer (and, read from text, the line and
 * column), anything it cannot read exactly: an unknown key, a missing one, a value of the wrong
 * kind, an unknown rule, severity, language, profile or element kind, a span that ends before it
 * starts, a {@code message} that is not the report language's entry of {@code messages}, a
 * finding of a rule the report does not list, and a summary whose counts are not the findings'.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportReader {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  private static final Set<String> REPORT_KEYS =
      Set.of("tool", "version", "language", "profile", "rules", "summary", "unreadable", "files");
  private static final Set<String> RULE_KEYS = Set.of("id", "severity", "thresholds");
  private static final Set<String> UNREADABLE_KEYS = Set.of("source", "message");
  private static final Set<String> FILE_KEYS = Set.of("source", "planId", "summary", "findings");
  private static final Set<String> FINDING_KEYS =
      Set.of("ruleId", "severity", "message", "messages", "elementId", "elementKind", "pointer",
          "span", "page", "lineOnPage", "original", "fix", "fixes");
  private static final Set<String> SPAN_KEYS =
      Set.of("startLine", "startColumn", "endLine", "endColumn", "startOffset", "endOffset");
  private static final Set<String> ORIGINAL_KEYS = Set.of("document", "span", "page", "lineOnPage");
  private static final Set<String> LANGUAGE_KEYS = Set.of(Language.ZH.tag(), Language.EN.tag());

  private final RuleCatalogue catalogue;

  private ReportReader(RuleCatalogue catalogue) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  /** @return a reader whose rules come from {@link RuleCatalogue#standard()} */
  public static ReportReader create() {
    return new ReportReader(RuleCatalogue.standard());
  }

  /**
   * @param catalogue the rules a report may list, such as a catalogue with custom rules
   * @return a reader that looks rules up there
   */
  public static ReportReader of(RuleCatalogue catalogue) {
    return new ReportReader(catalogue);
  }

  /**
   * Reads a report from JSON text.
   *
   * @param json the report, as {@code JsonReportWriter} wrote it
   * @param sourceName the name to put in messages, such as a file name
   * @return the report, equal to the one written
   * @throws ReportFormatException with line, column and pointer if it is not such a report
   */
  public ValidationReport read(String json, String sourceName) throws ReportFormatException {
    JsonNode tree = parse(json, sourceName);
    try {
      return report(new At(tree, ""));
    } catch (Bad e) {
      throw located(json, sourceName, e);
    }
  }

  /**
   * Reads a report from characters.
   *
   * @param in the report; not closed
   * @param sourceName the name to put in messages
   * @return the report
   * @throws ReportFormatException if it is not a report
   * @throws IOException if reading fails
   */
  public ValidationReport read(Reader in, String sourceName) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] chunk = new char[1 << 14];
    for (int r; (r = in.read(chunk)) != -1; ) {
      sb.append(chunk, 0, r);
    }
    return read(sb.toString(), sourceName);
  }

  /**
   * Reads a report from a JSON tree, such as a part of a larger response.
   *
   * @param tree the report's object
   * @return the report
   * @throws ReportFormatException with the JSON Pointer (no line: a tree has none)
   */
  public ValidationReport read(JsonNode tree) throws ReportFormatException {
    try {
      return report(new At(tree, ""));
    } catch (Bad e) {
      throw new ReportFormatException("report", 0, 0, e.pointer, e.problem);
    }
  }

  /**
   * Reads one finding, as a report's {@code findings} hold them; its {@code message} and {@code
   * fix} must be the Chinese ones (as {@code ReportJsonModule} writes a finding on its own).
   *
   * @param tree the finding's object
   * @return the finding
   * @throws ReportFormatException with the JSON Pointer if it is not a finding
   */
  public Finding readFinding(JsonNode tree) throws ReportFormatException {
    try {
      return finding(new At(tree, ""), Language.ZH, 0);
    } catch (Bad e) {
      throw new ReportFormatException("finding", 0, 0, e.pointer, e.problem);
    }
  }

  /**
   * Reads one finding from JSON text.
   *
   * @param json the finding's object
   * @param sourceName the name to put in messages
   * @return the finding
   * @throws ReportFormatException with line, column and pointer if it is not a finding
   */
  public Finding readFinding(String json, String sourceName) throws ReportFormatException {
    JsonNode tree = parse(json, sourceName);
    try {
      return finding(new At(tree, ""), Language.ZH, 0);
    } catch (Bad e) {
      throw located(json, sourceName, e);
    }
  }

  // ---- the report ---------------------------------------------------------------------------

  private ValidationReport report(At r) {
    r.object(REPORT_KEYS, Set.of());
    String tool = r.string("tool");
    if (!tool.equals("civicplan")) {
      throw r.at("tool").bad("not a CivicPlan report: \"tool\" is \"" + tool + "\", not \"civicplan\"");
    }
    r.string("version");
    Language language = r.at("language").parse(Language::parse);
    Profile profile = r.at("profile").parse(Profile::parse);
    List<ActiveRule> rules = new ArrayList<>();
    Map<String, ActiveRule> byId = new LinkedHashMap<>();
    for (At a : r.array("rules")) {
      ActiveRule rule = rule(a);
      if (byId.put(rule.rule().id(), rule) != null) {
        throw a.at("id").bad("rule \"" + rule.rule().id() + "\" is listed twice");
      }
      rules.add(rule);
    }
    List<UnreadableInput> unreadable = new ArrayList<>();
    for (At u : r.array("unreadable")) {
      u.object(UNREADABLE_KEYS, Set.of());
      unreadable.add(new UnreadableInput(u.string("source"), u.string("message")));
    }
    List<PlanResult> results = new ArrayList<>();
    for (At f : r.array("files")) {
      f.object(FILE_KEYS, Set.of());
      List<Finding> findings = new ArrayList<>();
      int i = 0;
      for (At x : f.array("findings")) {
        Finding finding = finding(x, language, i++);
        if (!byId.containsKey(finding.ruleId())
            && !finding.ruleId().equals(RuleFailure.INSTANCE.id())) {
          throw x.at("ruleId").bad(
              "a finding of rule \"" + finding.ruleId() + "\", which the report's \"rules\" do not list");
        }
        findings.add(finding);
      }
      PlanResult result = new PlanResult(f.string("source"), f.string("planId"), findings);
      summary(f.at("summary"), Set.of(), s -> result.count(s), Map.of());
      results.add(result);
    }
    ValidationReport report =
        new ValidationReport(language, profile, rules, results).withUnreadable(unreadable);
    summary(r.at("summary"), Set.of("files", "unreadable"), report::count,
        Map.of("files", results.size(), "unreadable", unreadable.size()));
    return report;
  }

  /** Checks a summary's counts against what the report holds: a wrong count is refused. */
  private static void summary(
      At s, Set<String> extra, java.util.function.ToIntFunction<Severity> count, Map<String, Integer> more) {
    Set<String> keys = new java.util.HashSet<>(extra);
    for (Severity severity : Severity.values()) {
      keys.add(severity.label());
    }
    s.object(keys, Set.of());
    for (Severity severity : Severity.values()) {
      s.at(severity.label()).count(count.applyAsInt(severity), severity.label() + " findings");
    }
    for (String k : extra) {
      s.at(k).count(more.get(k), k);
    }
  }

  private ActiveRule rule(At a) {
    a.object(RULE_KEYS, Set.of("thresholds"));
    String id = a.string("id");
    Rule rule =
        catalogue
            .find(id)
            .orElseThrow(
                () ->
                    a.at("id").bad(
                        "rule \"" + id + "\" is not in the reader's catalogue"
                            + catalogue.nearest(id).map(n -> "; did you mean \"" + n + "\"?")
                                .orElse("; a custom rule? read with ReportReader.of(a catalogue that has it)")));
    Severity severity = a.at("severity").parse(Severity::parse);
    Map<String, Double> thresholds = new LinkedHashMap<>();
    if (a.has("thresholds")) {
      At t = a.at("thresholds");
      Set<String> declared = rule.thresholds().stream().map(Threshold::name).collect(Collectors.toSet());
      t.object(declared, declared);
      for (Iterator<String> names = t.node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        thresholds.put(name, t.at(name).number());
      }
    }
    return new ActiveRule(rule, severity, thresholds);
  }

  private static Finding finding(At f, Language language, int order) {
    f.object(FINDING_KEYS, Set.of("span", "page", "lineOnPage", "original", "fix", "fixes"));
    Map<Language, String> messages = f.at("messages").inBothLanguages();
    f.at("message").same(messages.get(language), "messages/" + language.tag());
    Map<Language, String> fixes = new java.util.EnumMap<>(Language.class);
    if (f.has("fixes")) {
      At x = f.at("fixes");
      x.object(LANGUAGE_KEYS, LANGUAGE_KEYS);
      for (Language l : Language.values()) {
        if (x.has(l.tag())) {
          fixes.put(l, x.string(l.tag()));
        }
      }
    }
    if (f.has("fix")) {
      if (!fixes.containsKey(language)) {
        throw f.at("fix").bad("\"fix\" without its entry in \"fixes\" (the hint in each language)");
      }
      f.at("fix").same(fixes.get(language), "fixes/" + language.tag());
    } else if (fixes.containsKey(language)) {
      throw f.bad("missing \"fix\", the report language's entry of \"fixes\"");
    }
    ElementKind kind =
        f.at("elementKind")
            .parse(k -> ElementKind.valueOf(k.toUpperCase(Locale.ROOT)), "plan, section, goal, initiative, indicator, unit");
    SourceSpan span = f.has("span") ? f.at("span").span() : null;
    Finding finding =
        new Finding(
            f.string("ruleId"),
            f.at("severity").parse(Severity::parse),
            messages.get(Language.ZH),
            messages.get(Language.EN),
            f.string("elementId"),
            kind,
            f.string("pointer"),
            span,
            fixes.get(Language.ZH),
            fixes.get(Language.EN),
            order,
            order);
    if (f.has("original")) {
      At o = f.at("original");
      o.object(ORIGINAL_KEYS, Set.of("page", "lineOnPage"));
      // relocated: the original span as the finding's own, then placed in the validated file
      // (where the span may be unknown)
      Finding original = new Finding(finding.ruleId(), finding.severity(), messages.get(Language.ZH),
          messages.get(Language.EN), finding.elementId(), kind, finding.pointer(), o.at("span").span(),
          finding.fixHint(Language.ZH).orElse(null), finding.fixHint(Language.EN).orElse(null),
          order, order);
      finding = original.relocated(span, SourceDocument.builder().name(o.string("document")).build());
      return finding.withPages(page(f, "page"), page(f, "lineOnPage"), page(o, "page"), page(o, "lineOnPage"));
    }
    return finding.withPages(page(f, "page"), page(f, "lineOnPage"), 0, 0);
  }

  /** A page or line-on-page number a report gives for a span on paper (a PDF); 0 when absent. */
  private static int page(At f, String key) {
    if (!f.has(key)) {
      return 0;
    }
    int n = f.at(key).integer();
    if (n < 1) {
      throw f.at(key).bad("expected a page or line number of 1 or more, found " + n);
    }
    return n;
  }

  // ---- the tree and its locations -----------------------------------------------------------

  private static JsonNode parse(String json, String sourceName) throws ReportFormatException {
    try {
      JsonNode tree = JSON.readTree(json);
      if (tree == null || tree.isMissingNode()) {
        throw new ReportFormatException(sourceName, 0, 0, "", "empty: expected a report object");
      }
      return tree;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String message = e.getOriginalMessage();
      int nl = message == null ? -1 : message.indexOf('\n');
      throw new ReportFormatException(
          sourceName,
          at == null ? 0 : Math.max(0, at.getLineNr()),
          at == null ? 0 : Math.max(0, at.getColumnNr()),
          "",
          "not valid JSON: " + (message == null ? "malformed" : nl < 0 ? message : message.substring(0, nl)));
    }
  }

  /** The problem at its line and column in {@code json}: where the pointer's value starts. */
  private static ReportFormatException located(String json, String sourceName, Bad e) {
    try (JsonParser p = JSON.createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME || t.isStructEnd()) {
          continue;
        }
        JsonStreamContext context = t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
        if (context.pathAsPointer().toString().equals(e.pointer)) {
          JsonLocation at = p.currentTokenLocation();
          return new ReportFormatException(sourceName, at.getLineNr(), at.getColumnNr(), e.pointer, e.problem);
        }
      }
    } catch (IOException notAgain) {
      // parsed once already
    }
    return new ReportFormatException(sourceName, 0, 0, e.pointer, e.problem);
  }

  /** A problem at a pointer; thrown while reading a tree, given its location at the top. */
  private static final class Bad extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String pointer;
    final String problem;

    Bad(String pointer, String problem) {
      super(problem, null, false, false);
      this.pointer = pointer;
      this.problem = problem;
    }
  }

  /** A node and its JSON Pointer in the report. */
  private record At(JsonNode node, String pointer) {

    Bad bad(String problem) {
      return new Bad(pointer, problem);
    }

    boolean has(String key) {
      return node.has(key) && !node.get(key).isNull();
    }

    /** Requires an object of these keys, all present but the optional ones, and no other. */
    void object(Set<String> keys, Set<String> optional) {
      if (!node.isObject()) {
        throw bad("expected an object, found " + kind(node));
      }
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!keys.contains(name)) {
          throw at(name).bad("unknown key \"" + name + "\"; expected " + keys.stream().sorted()
              .map(k -> "\"" + k + "\"").collect(Collectors.joining(", ")));
        }
      }
      for (String key : keys.stream().sorted().toList()) {
        if (!optional.contains(key) && !has(key)) {
          throw bad("missing \"" + key + "\"");
        }
      }
    }

    At at(String key) {
      JsonNode child = node.get(key);
      return new At(child == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : child,
          pointer + "/" + ConfigParser.escape(key));
    }

    String string(String key) {
      return at(key).text();
    }

    String text() {
      if (!node.isTextual()) {
        throw bad("expected a string, found " + kind(node));
      }
      return node.textValue();
    }

    List<At> array(String key) {
      At a = at(key);
      if (!a.node.isArray()) {
        throw a.bad("expected an array, found " + kind(a.node));
      }
      List<At> items = new ArrayList<>();
      for (int i = 0; i < a.node.size(); i++) {
        items.add(new At(a.node.get(i), a.pointer + "/" + i));
      }
      return items;
    }

    <T> T parse(java.util.function.Function<String, T> parser) {
      return parse(parser, null);
    }

    <T> T parse(java.util.function.Function<String, T> parser, String expected) {
      String text = text();
      try {
        return parser.apply(text);
      } catch (IllegalArgumentException e) {
        throw bad(expected == null ? e.getMessage() : "unknown value \"" + text + "\"; expected one of " + expected);
      }
    }

    int integer() {
      if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
        throw bad("expected a whole number from 0, found " + kind(node));
      }
      return node.intValue();
    }

    double number() {
      if (!node.isNumber()) {
        throw bad("expected a number, found " + kind(node));
      }
      return node.doubleValue();
    }

    void count(int actual, String what) {
      int said = integer();
      if (said != actual) {
        throw bad("the summary says " + said + " " + what + ", the report holds " + actual);
      }
    }

    void same(String expected, String other) {
      if (!text().equals(expected)) {
        throw bad("differs from \"" + other + "\"; a report's message is its language's entry");
      }
    }

    Map<Language, String> inBothLanguages() {
      object(LANGUAGE_KEYS, Set.of());
      Map<Language, String> texts = new LinkedHashMap<>();
      for (Language l : Language.values()) {
        texts.put(l, string(l.tag()));
      }
      return texts;
    }

    SourceSpan span() {
      object(SPAN_KEYS, Set.of());
      try {
        return SourceSpan.of(
            at("startLine").integer(), at("startColumn").integer(), at("endLine").integer(),
            at("endColumn").integer(), at("startOffset").integer(), at("endOffset").integer());
      } catch (IllegalArgumentException e) {
        throw bad(e.getMessage());
      }
    }

    private static String kind(JsonNode n) {
      if (n.isMissingNode()) {
        return "nothing";
      }
      String text = n.toString();
      return n.getNodeType().name().toLowerCase(Locale.ROOT)
          + " " + (text.length() <= 40 ? text : text.substring(0, 40) + "…");
    }
  }
}
