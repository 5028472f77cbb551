package org.civicplan.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A note on how an element's text was obtained from its source document: a repair the importer
 * made, or something it noticed. Validation rules report these notes so a person can check them.
 *
 * <pre>{@code
 * SourceNote note = SourceNote.builder()
 *     .kind(SourceNote.Kind.JOINED_BROKEN_PARAGRAPH)
 *     .detail("joined a paragraph broken after “联合体，”")
 *     .span(SourceSpan.of(38, 1, 40, 13, 2100, 2290))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class SourceNote {

  /** What kind of repair or observation a note records. */
  public enum Kind {
    /** Two paragraphs were joined because the first broke off in the middle of a sentence. */
    JOINED_BROKEN_PARAGRAPH,
    /** Markup (such as stray {@code **}) was removed from the text. */
    REMOVED_MARKUP,
    /** Text was found that fits no element and was kept where it was found. */
    UNPLACED_TEXT,
    /**
     * How the element's heading was marked up in the source, recorded as a fact so rules can
     * compare headings of one level: the detail is the markup as written with the heading text
     * left out, such as {@code ##}, {@code #### **…**} or {@code **…**}.
     */
    HEADING_MARKUP,
    /** Any other note. */
    OTHER
  }

  /** @return what the note records */
  public abstract Kind kind();

  /** @return a human-readable explanation, in the document's language where possible */
  public abstract String detail();

  /** @return the part of the source document the note is about, if known */
  public abstract Optional<SourceSpan> span();

  // ---- copies with one attribute changed (implemented by the generated class) ------------

  /**
   * A copy with {@link #kind()} replaced, sharing every other attribute unchanged.
   *
   * @param kind the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract SourceNote withKind(SourceNote.Kind kind);

  /**
   * A copy with {@link #detail()} replaced, sharing every other attribute unchanged.
   *
   * @param detail the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract SourceNote withDetail(String detail);

  /**
   * A copy with {@link #span()} replaced, sharing every other attribute unchanged.
   *
   * @param span the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract SourceNote withSpan(SourceSpan span);

  /**
   * A copy with {@link #span()} replaced, sharing every other attribute unchanged.
   *
   * @param span the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract SourceNote withSpan(Optional<? extends SourceSpan> span);

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceNote}. Not thread-safe; use one builder per thread. */
  public static class Builder extends ImmutableSourceNote.Builder {}
}
