package org.civicplan.io.document;

import java.util.Objects;
import java.util.Optional;
import org.civicplan.model.SourceSpan;

/**
 * Something the importer did to a document or could not place: a repair, text kept where it was
 * found, markup skipped. Lenient reading returns these with the plan; strict reading turns the
 * first one into a {@link org.civicplan.io.PlanFormatException}.
 *
 * <pre>{@code
 * for (ImportDiagnostic d : result.diagnostics()) {
 *   System.err.println(d);  // 27:110-29:1 JOINED_BROKEN_PARAGRAPH: 合并了在句中断开的段落…
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ImportDiagnostic {

  /** What a diagnostic reports. */
  public enum Kind {
    /** Two paragraphs were joined because the first broke off in mid-sentence or mid-quote. */
    JOINED_BROKEN_PARAGRAPH,
    /** Text that fits no element was kept where it was found (as a paragraph) and is reported. */
    UNPLACED_TEXT,
    /** Markup that carries no plan content (HTML, a link target, a code fence) was skipped. */
    SKIPPED_MARKUP,
    /** A value (such as a deadline in a table) was kept as text because it could not be read. */
    UNRECOGNIZED_VALUE,
    /** The document has no title line. */
    MISSING_TITLE,
    /**
     * A number stated as a result (in a review section, or as achieved or estimated: 已完成, 预计,
     * 1-4月完成) was not made a target, and no target of the document it reports on was found.
     */
    RESULT_NOT_TARGET,
    /**
     * A quantity that cannot be read exactly (约数 such as 数十亿元 or 几十家, a range whose bounds
     * disagree, a numeral that could be read two ways) gave no indicator rather than a guessed one.
     */
    UNREADABLE_QUANTITY
  }

  private final Kind kind;
  private final String message;
  private final SourceSpan span;

  /**
   * @param kind what is reported
   * @param message a human-readable message, in Chinese with an English gloss
   * @param span where in the document, or null if unknown
   */
  public ImportDiagnostic(Kind kind, String message, SourceSpan span) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.message = Objects.requireNonNull(message, "message");
    this.span = span;
  }

  /** @return what is reported */
  public Kind kind() {
    return kind;
  }

  /** @return the message */
  public String message() {
    return message;
  }

  /** @return where in the document, if known */
  public Optional<SourceSpan> span() {
    return Optional.ofNullable(span);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportDiagnostic d
        && d.kind == kind
        && d.message.equals(message)
        && Objects.equals(d.span, span);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, message, span);
  }

  /** @return {@code line:col-line:col KIND: message} */
  @Override
  public String toString() {
    return (span == null ? "" : span + " ") + kind + ": " + message;
  }
}
