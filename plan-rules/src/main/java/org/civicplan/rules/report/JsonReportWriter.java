package org.civicplan.rules.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.civicplan.rules.Finding;
import org.civicplan.rules.Language;
import org.civicplan.rules.PlanResult;
import org.civicplan.rules.Severity;
import org.civicplan.rules.UnreadableInput;
import org.civicplan.rules.ValidationReport;

/**
 * Writes a report as CivicPlan's JSON: a summary, then per file its findings with both messages.
 *
 * <pre>{@code
 * new JsonReportWriter().write(report, out);
 * // {"tool":"civicplan","language":"zh-CN","profile":"default",
 * //  "summary":{"error":0,"warning":5,"info":0,"files":1,"unreadable":0},"unreadable":[],
 * //  "files":[{"source":"a.md","planId":"plan","findings":[{"ruleId":"…","severity":"warning",
 * //    "message":"…","messages":{"zh-CN":"…","en":"…"},"elementId":"s3","elementKind":"section",
 * //    "pointer":"/sections/2","span":{"startLine":31,…},"fix":"…"}]}]}
 * // a JSON plan imported from a document: "span" is in the JSON, and
 * //    "original":{"document":"a.md","span":{"startLine":31,…}} is where it was in a.md
 * // a PDF: "span" counts the text lines from page 1, and "page":3,"lineOnPage":1 say where on paper
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonReportWriter implements ReportWriter {

  @Override
  public void write(ValidationReport report, Writer out) throws IOException {
    Language lang = report.language();
    try (JsonGenerator g = JsonOutput.open(out)) {
      g.writeStartObject();
      g.writeStringField("tool", "civicplan");
      g.writeStringField("version", JsonOutput.version());
      g.writeStringField("language", lang.tag());
      g.writeStringField("profile", report.profile().id());
      g.writeObjectFieldStart("summary");
      for (Severity s : Severity.values()) {
        g.writeNumberField(s.label(), report.count(s));
      }
      g.writeNumberField("files", report.results().size());
      g.writeNumberField("unreadable", report.unreadable().size());
      g.writeEndObject();
      g.writeArrayFieldStart("unreadable");
      for (UnreadableInput u : report.unreadable()) {
        g.writeStartObject();
        g.writeStringField("source", u.source());
        g.writeStringField("message", u.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("files");
      for (PlanResult result : report.results()) {
        g.writeStartObject();
        g.writeStringField("source", result.source());
        g.writeStringField("planId", result.planId());
        g.writeObjectFieldStart("summary");
        for (Severity s : Severity.values()) {
          g.writeNumberField(s.label(), result.count(s));
        }
        g.writeEndObject();
        g.writeArrayFieldStart("findings");
        for (Finding f : result.findings()) {
          finding(g, f, lang);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  static void finding(JsonGenerator g, Finding f, Language lang) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    g.writeStringField("severity", f.severity().label());
    g.writeStringField("message", f.message(lang));
    g.writeObjectFieldStart("messages");
    for (Language l : Language.values()) {
      g.writeStringField(l.tag(), f.message(l));
    }
    g.writeEndObject();
    g.writeStringField("elementId", f.elementId());
    g.writeStringField("elementKind", f.elementKind().name().toLowerCase(Locale.ROOT));
    g.writeStringField("pointer", f.pointer());
    if (f.span().isPresent()) {
      JsonOutput.span(g, "span", f.span().get());
    }
    if (f.page().isPresent()) {
      g.writeNumberField("page", f.page().getAsInt());
      g.writeNumberField("lineOnPage", f.lineOnPage().getAsInt());
    }
    if (f.originalSpan().isPresent() && f.originalDocument().isPresent()) {
      g.writeObjectFieldStart("original");
      g.writeStringField("document", f.originalDocument().get());
      JsonOutput.span(g, "span", f.originalSpan().get());
      if (f.originalPage().isPresent()) {
        g.writeNumberField("page", f.originalPage().getAsInt());
        g.writeNumberField("lineOnPage", f.originalLineOnPage().getAsInt());
      }
      g.writeEndObject();
    }
    if (f.fixHint(lang).isPresent()) {
      g.writeStringField("fix", f.fixHint(lang).get());
    }
    g.writeEndObject();
  }
}
