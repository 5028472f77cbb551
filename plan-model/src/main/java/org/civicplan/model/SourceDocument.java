package org.civicplan.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The document a plan was read from, so tools can point back at it.
 *
 * <pre>{@code
 * SourceDocument source = SourceDocument.builder()
 *     .name("jiangsu-road-2024.md")
 *     .mediaType("text/markdown")
 *     .build();
 * }</pre>
 *
 * <p>A laid-out document (PDF) counts the lines of its elements' {@link SourceSpan source spans}
 * from its first text line across its pages; {@link #pageStarts()} records where each page
 * starts, so that a location can be told as a person finds it on paper, page and line:
 *
 * <pre>{@code
 * SourceDocument pdf = SourceDocument.builder().name("plan.pdf").addPageStarts(1, 27, 52).build();
 * pdf.pageOf(60);      // 3
 * pdf.lineOnPage(60);  // 9: 第 3 页第 9 行
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class SourceDocument {

  /** @return the document's name or URI as the caller gave it */
  public abstract String name();

  /** @return the media type, such as {@code text/markdown} or {@code text/plain} */
  public abstract Optional<String> mediaType();

  /** @return the SHA-256 of the document's bytes in lower-case hex, if computed */
  public abstract Optional<String> sha256();

  /**
   * For a laid-out document (PDF), whose source spans count text lines from the first page on:
   * the line each page starts at, page 1 first (a page without text starts where the next one
   * does). Empty for documents without pages (Markdown, text, Word, web pages).
   *
   * @return the 1-based first line of each page, ascending
   */
  public abstract List<Integer> pageStarts();

  /**
   * @param line a 1-based line of this document's source spans
   * @return the 1-based page the line is on, or 0 if the document has no {@link #pageStarts()}
   */
  public int pageOf(int line) {
    List<Integer> starts = pageStarts();
    int page = 0; // the last page starting at or before the line (after empty pages that share its start)
    for (int lo = 0, hi = starts.size() - 1; lo <= hi; ) {
      int mid = (lo + hi) >>> 1;
      if (starts.get(mid) <= line) {
        page = mid + 1;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return page;
  }

  /**
   * @param line a 1-based line of this document's source spans
   * @return its 1-based line on its {@link #pageOf(int) page}, or the line itself if the document
   *     has no {@link #pageStarts()}
   */
  public int lineOnPage(int line) {
    int page = pageOf(line);
    return page == 0 ? line : line - pageStarts().get(page - 1) + 1;
  }

  /**
   * Whether the lines of this document's source spans count paragraphs: a word-processor document
   * (Word {@code .docx} and {@code .doc}, OpenDocument text, RTF, by its {@link #mediaType()}),
   * whose line 13 is its 13th paragraph (第 13 段), not a line on screen or paper.
   *
   * @return true for a word-processor document
   */
  public boolean linesAreParagraphs() {
    return mediaType().map(SourceDocument::isWordProcessor).orElse(false);
  }

  private static boolean isWordProcessor(String mediaType) {
    return switch (mediaType) {
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/msword", "application/vnd.oasis.opendocument.text", "application/rtf", "text/rtf" -> true;
      default -> false;
    };
  }

  @Value.Check
  void check() {
    List<Integer> starts = pageStarts();
    for (int i = 0; i < starts.size(); i++) {
      Checks.require(starts.get(i) >= 1 && (i == 0 || starts.get(i) >= starts.get(i - 1)),
          "pages start at ascending lines from 1, got %s", starts);
    }
  }

  // ---- copies with one attribute changed (implemented by the generated class) ------------

  /**
   * A copy with {@link #name()} replaced, sharing every other attribute unchanged.
   *
   * @param name the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract SourceDocument withName(String name);

  /**
   * A copy with {@link #mediaType()} replaced, sharing every other attribute unchanged.
   *
   * @param mediaType the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract SourceDocument withMediaType(String mediaType);

  /**
   * A copy with {@link #mediaType()} replaced, sharing every other attribute unchanged.
   *
   * @param mediaType the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract SourceDocument withMediaType(Optional<String> mediaType);

  /**
   * A copy with {@link #sha256()} replaced, sharing every other attribute unchanged.
   *
   * @param sha256 the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract SourceDocument withSha256(String sha256);

  /**
   * A copy with {@link #sha256()} replaced, sharing every other attribute unchanged.
   *
   * @param sha256 the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract SourceDocument withSha256(Optional<String> sha256);

  /**
   * A copy with {@link #pageStarts()} replaced, sharing every other attribute unchanged.
   *
   * @param pageStarts the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract SourceDocument withPageStarts(Iterable<Integer> pageStarts);

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceDocument}. Not thread-safe. */
  public static class Builder extends ImmutableSourceDocument.Builder {}
}
