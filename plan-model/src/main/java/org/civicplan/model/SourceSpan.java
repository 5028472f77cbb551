package org.civicplan.model;

import org.immutables.value.Value;

/**
 * A range of text in the document an element was read from.
 *
 * <p>Lines and columns are 1-based; columns count Unicode code points, so a Chinese character or
 * an emoji is one column, as editors show them. Offsets are 0-based indexes of UTF-16 code units
 * into the document as a Java {@link String}, end exclusive, for tools that slice the text.
 *
 * <pre>{@code
 * SourceSpan span = SourceSpan.of(12, 1, 12, 31, 840, 870);
 * span.toString(); // "12:1-12:31"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class SourceSpan {

  /** @return the 1-based line of the first character */
  @Value.Parameter
  public abstract int startLine();

  /** @return the 1-based column (in code points) of the first character */
  @Value.Parameter
  public abstract int startColumn();

  /** @return the 1-based line of the last character */
  @Value.Parameter
  public abstract int endLine();

  /** @return the 1-based column (in code points) just after the last character */
  @Value.Parameter
  public abstract int endColumn();

  /** @return the 0-based UTF-16 offset of the first character */
  @Value.Parameter
  public abstract int startOffset();

  /** @return the 0-based UTF-16 offset just after the last character */
  @Value.Parameter
  public abstract int endOffset();

  /**
   * Creates a span.
   *
   * @param startLine 1-based line of the first character
   * @param startColumn 1-based column of the first character
   * @param endLine 1-based line of the last character
   * @param endColumn 1-based column just after the last character
   * @param startOffset 0-based offset of the first character
   * @param endOffset 0-based offset just after the last character
   * @return the span
   * @throws IllegalArgumentException if a line or column is below 1, an offset is negative, or the
   *     end lies before the start
   */
  public static SourceSpan of(
      int startLine, int startColumn, int endLine, int endColumn, int startOffset, int endOffset) {
    return ImmutableSourceSpan.of(
        startLine, startColumn, endLine, endColumn, startOffset, endOffset);
  }

  @Value.Check
  void check() {
    Checks.require(startLine() >= 1 && endLine() >= 1, "a line is 1-based, got %s", this);
    Checks.require(startColumn() >= 1 && endColumn() >= 1, "a column is 1-based, got %s", this);
    Checks.require(startOffset() >= 0, "an offset is never negative, got %s", this);
    Checks.require(
        endLine() > startLine() || (endLine() == startLine() && endColumn() >= startColumn()),
        "a span ends before it starts: %s",
        this);
    Checks.require(endOffset() >= startOffset(), "a span ends before it starts: %s", this);
  }

  /** @return {@code line:column-line:column}, as compilers print locations */
  @Override
  public String toString() {
    return startLine() + ":" + startColumn() + "-" + endLine() + ":" + endColumn();
  }

  // ---- copies with one attribute changed (implemented by the generated class) ------------

  /**
   * A copy with {@link #startLine()} replaced, sharing every other attribute unchanged.
   *
   * @param startLine the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract SourceSpan withStartLine(int startLine);

  /**
   * A copy with {@link #startColumn()} replaced, sharing every other attribute unchanged.
   *
   * @param startColumn the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract SourceSpan withStartColumn(int startColumn);

  /**
   * A copy with {@link #endLine()} replaced, sharing every other attribute unchanged.
   *
   * @param endLine the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract SourceSpan withEndLine(int endLine);

  /**
   * A copy with {@link #endColumn()} replaced, sharing every other attribute unchanged.
   *
   * @param endColumn the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract SourceSpan withEndColumn(int endColumn);

  /**
   * A copy with {@link #startOffset()} replaced, sharing every other attribute unchanged.
   *
   * @param startOffset the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract SourceSpan withStartOffset(int startOffset);

  /**
   * A copy with {@link #endOffset()} replaced, sharing every other attribute unchanged.
   *
   * @param endOffset the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract SourceSpan withEndOffset(int endOffset);

}
