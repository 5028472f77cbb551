package org.civicplan.rules.report;

import java.io.IOException;
import java.io.Writer;
import org.civicplan.model.SourceSpan;
import org.civicplan.rules.Finding;
import org.civicplan.rules.Language;
import org.civicplan.rules.PlanResult;
import org.civicplan.rules.Severity;
import org.civicplan.rules.UnreadableInput;
import org.civicplan.rules.ValidationReport;

/**
 * Writes findings in compiler style, one line each, in the report's language:
 *
 * <pre>
 * jiangsu-road-2024.md:31:1: warning [structure/heading-level-inconsistent] 三、“智、细、效”深化探索… 为 3 级标题（###）…
 * plan.json: error [target/binding-without-target] 指标 … 为约束性指标，但没有目标值。 (/sections/0/goals/0/initiatives/0/indicators/0)
 * </pre>
 *
 * In a PDF the place is page and line on it ({@code plan.pdf:3:1:} is 第 3 页第 1 行), as a person
 * finds it on paper; elsewhere line and column (a Word document's line is its paragraph).
 * A finding without a source span names the file alone and ends with the element's JSON Pointer in
 * parentheses. A finding in a JSON plan that was imported from a document ends with the place in
 * that document in brackets ({@code [imported from a.md:27:263]}). Severity words stay English (error, warning, info) so tools can parse the lines.
 * Optionally a fix hint follows on an indented line, and a summary line ends the report.
 *
 * <pre>{@code
 * new TextReportWriter().write(report, new PrintWriter(System.out));
 * new TextReportWriter(false, false).write(report, out);   // finding lines only
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TextReportWriter implements ReportWriter {
  private final boolean hints;
  private final boolean summary;

  /** A writer that prints fix hints and a summary line. */
  public TextReportWriter() {
    this(true, true);
  }

  /**
   * @param hints whether to print each finding's fix hint on an indented line after it
   * @param summary whether to end with a line counting findings per severity
   */
  public TextReportWriter(boolean hints, boolean summary) {
    this.hints = hints;
    this.summary = summary;
  }

  @Override
  public void write(ValidationReport report, Writer out) throws IOException {
    Language lang = report.language();
    for (PlanResult result : report.results()) {
      String file = Lines.single(result.source());
      for (Finding f : result.findings()) {
        out.write(line(file, f, lang));
        out.write('\n');
        if (hints && f.fixHint(lang).isPresent()) {
          out.write("    " + (lang == Language.ZH ? "建议：" : "hint: "));
          out.write(Lines.single(f.fixHint(lang).get()));
          out.write('\n');
        }
      }
    }
    for (UnreadableInput u : report.unreadable()) {
      out.write(Lines.single(u.source()) + ": error: "
          + (lang == Language.ZH ? "无法读取，未校验：" : "not validated, cannot read: ")
          + Lines.single(u.message()));
      out.write('\n');
    }
    if (summary) {
      out.write(summaryLine(report));
      out.write('\n');
    }
    out.flush();
  }

  /**
   * The line of one finding, without a line break.
   *
   * @param file the file name to show
   * @param f the finding
   * @param lang the language of the message
   * @return such as {@code a.md:27:1: warning [text/joined-broken-paragraph] …}
   */
  public static String line(String file, Finding f, Language lang) {
    StringBuilder sb = new StringBuilder(file);
    if (f.page().isPresent()) {
      sb.append(':').append(f.page().getAsInt()).append(':').append(f.lineOnPage().getAsInt());
    } else if (f.span().isPresent()) {
      SourceSpan s = f.span().get();
      sb.append(':').append(s.startLine()).append(':').append(s.startColumn());
    }
    sb.append(": ").append(f.severity().label()).append(" [").append(f.ruleId()).append("] ");
    sb.append(Lines.single(f.message(lang)));
    if (f.span().isEmpty()) {
      sb.append(" (").append(f.pointer().isEmpty() ? "/" : Lines.single(f.pointer())).append(')');
    }
    if (f.originalSpan().isPresent() && f.originalDocument().isPresent()) {
      SourceSpan o = f.originalSpan().get();
      sb.append(lang == Language.ZH ? " [原文 " : " [imported from ")
          .append(Lines.single(f.originalDocument().get())).append(':')
          .append(f.originalPage().isPresent() ? f.originalPage().getAsInt() : o.startLine()).append(':')
          .append(f.originalPage().isPresent() ? f.originalLineOnPage().getAsInt() : o.startColumn()).append(']');
    }
    return sb.toString();
  }

  private static String summaryLine(ValidationReport report) {
    int e = report.count(Severity.ERROR);
    int w = report.count(Severity.WARNING);
    int i = report.count(Severity.INFO);
    int files = report.results().size();
    int unreadable = report.unreadable().size();
    if (report.language() == Language.ZH) {
      return "共 " + files + " 个文件：" + e + " 个错误，" + w + " 个警告，" + i + " 条提示"
          + (unreadable == 0 ? "" : "；" + unreadable + " 个文件无法读取");
    }
    return e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning, " : " warnings, ")
        + i + " info in " + files + (files == 1 ? " file" : " files")
        + (unreadable == 0 ? "" : "; " + unreadable + (unreadable == 1 ? " file" : " files") + " could not be read");
  }
}
