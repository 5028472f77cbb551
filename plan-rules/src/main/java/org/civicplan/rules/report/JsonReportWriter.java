package org.civicplan.rules.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.civicplan.rules.ActiveRule;
import org.civicplan.rules.Finding;
import org.civicplan.rules.Language;
import org.civicplan.rules.PlanResult;
import org.civicplan.rules.Severity;
import org.civicplan.rules.UnreadableInput;
import org.civicplan.rules.ValidationReport;

/**
 * Writes a report as CivicPlan's JSON: the rules that ran, a summary, then per file its findings
 * with both messages and fix hints. {@link org.civicplan.rules.ReportReader} reads it back into an
 * equal report.
 *
 * <pre>{@code
 * new JsonReportWriter().write(report, out);
 * // {"tool":"civicplan","version":"0.1.0","language":"zh-CN","profile":"default",
 * //  "rules":[{"id":"structure/numbering-gap","severity":"warning"},…],
 * //  "summary":{"error":0,"warning":5,"info":0,"files":1,"unreadable":0},"unreadable":[],
 * //  "files":[{"source":"a.md","planId":"plan","findings":[{"ruleId":"…","severity":"warning",
 * //    "message":"…","messages":{"zh-CN":"…","en":"…"},"elementId":"s3","elementKind":"section",
 * //    "pointer":"/sections/2","span":{"startLine":31,…,"startOffset":1200,"endOffset":1230},
 * //    "fix":"…","fixes":{"zh-CN":"…","en":"…"}}]}]}
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
      g.writeArrayFieldStart("rules");
      for (ActiveRule active : report.rules()) {
        g.writeStartObject();
        g.writeStringField("id", active.rule().id());
        g.writeStringField("severity", active.severity().label());
        if (!active.thresholds().isEmpty()) {
          g.writeObjectFieldStart("thresholds");
          for (Map.Entry<String, Double> t : new TreeMap<>(active.thresholds()).entrySet()) {
            double v = t.getValue();
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
              g.writeNumberField(t.getKey(), (long) v); // 12, not 12.0: the same in text and trees
            } else {
              g.writeNumberField(t.getKey(), v);
            }
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
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
      JsonOutput.span(g, "span", f.span().get(), true);
    }
    if (f.page().isPresent()) {
      g.writeNumberField("page", f.page().getAsInt());
      g.writeNumberField("lineOnPage", f.lineOnPage().getAsInt());
    }
    if (f.originalSpan().isPresent() && f.originalDocument().isPresent()) {
      g.writeObjectFieldStart("original");
      g.writeStringField("document", f.originalDocument().get());
      JsonOutput.span(g, "span", f.originalSpan().get(), true);
      if (f.originalPage().isPresent()) {
        g.writeNumberField("page", f.originalPage().getAsInt());
        g.writeNumberField("lineOnPage", f.originalLineOnPage().getAsInt());
      }
      g.writeEndObject();
    }
    if (f.fixHint(lang).isPresent()) {
      g.writeStringField("fix", f.fixHint(lang).get());
    }
    if (f.fixHint(Language.ZH).isPresent() || f.fixHint(Language.EN).isPresent()) {
      g.writeObjectFieldStart("fixes"); // the languages the rule has a hint in
      for (Language l : Language.values()) {
        if (f.fixHint(l).isPresent()) {
          g.writeStringField(l.tag(), f.fixHint(l).get());
        }
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
