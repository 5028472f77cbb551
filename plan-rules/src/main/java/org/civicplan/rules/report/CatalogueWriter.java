package org.civicplan.rules.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicplan.model.ElementKind;
import org.civicplan.rules.Language;
import org.civicplan.rules.Profile;
import org.civicplan.rules.Rule;
import org.civicplan.rules.Threshold;

/**
 * Writes a list of rules: a plain table for {@code civicplan rules}, or the Markdown catalogue page
 * {@code docs/rules.md}.
 *
 * <pre>{@code
 * CatalogueWriter.text(RuleCatalogue.standard().rules(), Language.ZH, out);
 * // assignment/due-date-missing       warning  task-decomposition  举措缺少完成时限
 * // structure/heading-level-inconsistent  warning  default          标题级别不一致
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class CatalogueWriter {
  private CatalogueWriter() {}

  /**
   * One line per rule: id, default severity, narrowest profile, title.
   *
   * @param rules the rules, in the order to list them
   * @param language the language of the titles
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void text(List<Rule> rules, Language language, Writer out) throws IOException {
    int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
    for (Rule r : rules) {
      out.write(pad(r.id(), width + 2));
      out.write(pad(r.defaultSeverity().label(), 9));
      out.write(pad(r.profile().id(), 20));
      out.write(Lines.single(r.title(language)));
      out.write('\n');
    }
    out.flush();
  }

  /**
   * The rules as JSON, for tools: id, category, default severity, profiles, element kinds,
   * thresholds, and title and description in both languages.
   *
   * @param rules the rules, in the order to list them
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void json(List<Rule> rules, Writer out) throws IOException {
    try (com.fasterxml.jackson.core.JsonGenerator g = JsonOutput.open(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("rules");
      for (Rule r : rules) {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("category", r.category());
        g.writeStringField("severity", r.defaultSeverity().label());
        g.writeArrayFieldStart("profiles");
        for (Profile p : Profile.values()) {
          if (p.includes(r.profile())) {
            g.writeString(p.id());
          }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("elementKinds");
        for (ElementKind k : r.elementKinds().stream().sorted().toList()) {
          g.writeString(k.name().toLowerCase(java.util.Locale.ROOT));
        }
        g.writeEndArray();
        g.writeObjectFieldStart("thresholds");
        for (Threshold t : r.thresholds()) {
          g.writeNumberField(t.name(), t.defaultValue());
        }
        g.writeEndObject();
        for (Language l : Language.values()) {
          g.writeObjectFieldStart(l.tag());
          g.writeStringField("title", r.title(l));
          g.writeStringField("description", r.description(l));
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  /**
   * The Markdown catalogue page: a summary table, then per rule its severity, profiles, element
   * kinds, thresholds, Chinese and English title and description, and a failing example.
   *
   * @param rules the rules, in the order to list them
   * @param example for each rule, the message it reports on its failing example (may answer null)
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void markdown(List<Rule> rules, Function<Rule, String> example, Writer out)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("# CivicPlan rule catalogue\n\n");
    sb.append("<!-- Generated from the rules themselves by RuleCatalogueDocTest; do not edit."
        + " Regenerate with: ./mvnw -pl plan-rules -am verify -Dcivicplan.docs.write=true -->\n\n");
    sb.append("Profiles: `default` runs the rules marked default; `task-decomposition` adds the"
        + " assignment rules; `strict` runs every rule. Configuration can enable, disable or"
        + " re-grade any rule (see `plan-rules/README.md`).\n\n");
    sb.append("| Rule | Severity | Profiles | 标题 | Title |\n");
    sb.append("|---|---|---|---|---|\n");
    for (Rule r : rules) {
      sb.append("| [`").append(r.id()).append("`](#").append(anchor(r.id())).append(") | ")
          .append(r.defaultSeverity().label()).append(" | ").append(profiles(r.profile()))
          .append(" | ").append(cell(r.title(Language.ZH))).append(" | ")
          .append(cell(r.title(Language.EN))).append(" |\n");
    }
    for (Rule r : rules) {
      sb.append("\n## ").append(r.id()).append("\n\n");
      sb.append("- Severity: ").append(r.defaultSeverity().label()).append('\n');
      sb.append("- Profiles: ").append(profiles(r.profile())).append('\n');
      sb.append("- Looks at: ")
          .append(r.elementKinds().stream().sorted().map(ElementKind::name)
              .map(n -> n.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", ")))
          .append('\n');
      for (Threshold t : r.thresholds()) {
        sb.append("- Threshold `").append(t.name()).append("`: default ")
            .append(number(t.defaultValue())).append(", allowed ").append(number(t.min()))
            .append("–").append(number(t.max())).append('\n');
      }
      sb.append("\n**").append(r.title(Language.ZH)).append("** — ")
          .append(r.description(Language.ZH)).append("\n\n");
      sb.append("**").append(r.title(Language.EN)).append("** — ")
          .append(r.description(Language.EN)).append("\n\n");
      for (Language l : Language.values()) {
        r.text(l, "example").ifPresent(e -> sb.append(l == Language.ZH ? "反例：" : "Failing example: ")
            .append(e).append("\n\n"));
      }
      String message = example.apply(r);
      if (message != null) {
        sb.append("Reports: ").append(Lines.single(message)).append('\n');
      }
    }
    out.write(sb.toString());
    out.flush();
  }

  private static String profiles(Profile narrowest) {
    return java.util.Arrays.stream(Profile.values())
        .filter(p -> p.includes(narrowest))
        .map(Profile::id)
        .collect(Collectors.joining(", "));
  }

  /** The anchor of a rule's section on the catalogue page, as GitHub renders it. */
  static String anchor(String id) {
    return id.replace("/", "");
  }

  private static String cell(String s) {
    return Lines.single(s).replace("|", "\\|");
  }

  private static String number(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  private static String pad(String s, int width) {
    StringBuilder sb = new StringBuilder(s);
    while (sb.length() < width) {
      sb.append(' ');
    }
    if (sb.length() == s.length()) {
      sb.append(' ');
    }
    return sb.toString();
  }

}
