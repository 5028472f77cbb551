package org.civicplan.io.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.civicplan.model.SourceDocument;

/**
 * What a {@link DocumentReader} read from one document: its blocks in reading order, what the
 * locations of their characters count ({@link LocationKind}), the document's metadata (a web
 * page's {@code <title>} and publication date, a PDF's 文号) and what the reader left out on
 * purpose (comments, headers and footers), which the import reports.
 *
 * <pre>{@code
 * DocumentText text = DocumentText.builder(LocationKind.PARAGRAPH)
 *     .add(TextBlock.heading(1).append("江苏路街道 2024 年工作计划", 1, 1).build())
 *     .metadata(DocumentText.TITLE, "江苏路街道 2024 年工作计划")
 *     .omitted("页眉、页脚未读入 (headers and footers left out)")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; the {@link Builder} is not.
 */
public final class DocumentText {
  /** Metadata key: the document's title as it declares it (a web page's {@code <title>}). */
  public static final String TITLE = "title";
  /** Metadata key: the publication date (发布日期) as the document gives it. */
  public static final String PUBLISHED = "published";
  /** Metadata key: the issuing number (文号), such as {@code 长江苏委〔2024〕1号}. */
  public static final String DOCUMENT_NUMBER = "documentNumber";
  /** Metadata key: the issuing organ of a red header (文件头), such as {@code 中共江苏路街道工作委员会文件}. */
  public static final String ISSUER = "issuer";
  /**
   * Metadata key: the signer (签发人) a red header names beside the 文号, such as {@code 张三}.
   * Several issuing organs of a joint header (联合发文) are one {@link #ISSUER} value, in order,
   * separated by {@code 、}.
   */
  public static final String SIGNER = "signer";

  private final LocationKind locationKind;
  private final List<TextBlock> blocks;
  private final Map<String, String> metadata;
  private final List<String> omitted;
  private final List<Integer> pageStarts;
  private final SourceDocument pages;

  private DocumentText(Builder b) {
    this.locationKind = b.locationKind;
    this.blocks = List.copyOf(b.blocks);
    this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
    this.omitted = List.copyOf(b.omitted);
    this.pageStarts = Arrays.stream(b.pageStarts, 0, b.pageCount).boxed().toList();
    this.pages = SourceDocument.builder().name("pages").addAllPageStarts(pageStarts).build();
  }

  /**
   * @param locationKind what the lines of the blocks' locations count
   * @return a builder
   */
  public static Builder builder(LocationKind locationKind) {
    return new Builder(Objects.requireNonNull(locationKind, "locationKind"));
  }

  /** @return what the lines and columns of the blocks count */
  public LocationKind locationKind() {
    return locationKind;
  }

  /** @return the blocks, in reading order */
  public List<TextBlock> blocks() {
    return blocks;
  }

  /** @return the metadata, such as {@link #TITLE} and {@link #PUBLISHED}, in the order found */
  public Map<String, String> metadata() {
    return metadata;
  }

  /** @return what the reader left out on purpose, one human-readable note each */
  public List<String> omitted() {
    return omitted;
  }

  /** @return the number of pages of a {@link LocationKind#PAGE_LINE} document, else 0 */
  public int pages() {
    return pageStarts.size();
  }

  /**
   * @return for a {@link LocationKind#PAGE_LINE} document, the line each page starts at, page 1
   *     first (what the plan's {@link SourceDocument#pageStarts()} records); else empty
   */
  public List<Integer> pageStarts() {
    return pageStarts;
  }

  /**
   * @param line a 1-based line of a {@link LocationKind#PAGE_LINE} document
   * @return the 1-based page it is on, or 0 for other documents
   */
  public int pageOfLine(int line) {
    return pages.pageOf(line);
  }

  /**
   * @param line a 1-based line of a {@link LocationKind#PAGE_LINE} document
   * @return its 1-based line on its page, or the line itself for other documents
   */
  public int lineOnPage(int line) {
    return pages.lineOnPage(line);
  }

  /** Collects a {@link DocumentText}. Not thread-safe. */
  public static final class Builder {
    private final LocationKind locationKind;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final List<String> omitted = new ArrayList<>();
    private int[] pageStarts = new int[8];
    private int pageCount;

    private Builder(LocationKind locationKind) {
      this.locationKind = locationKind;
    }

    /**
     * @param block the next block in reading order
     * @return this builder
     */
    public Builder add(TextBlock block) {
      blocks.add(Objects.requireNonNull(block, "block"));
      return this;
    }

    /**
     * @param key a key such as {@link #TITLE}
     * @param value its value; blank values are ignored
     * @return this builder
     */
    public Builder metadata(String key, String value) {
      if (value != null && !value.isBlank()) {
        metadata.put(Objects.requireNonNull(key, "key"), value.strip());
      }
      return this;
    }

    /**
     * @param note what was left out, such as {@code 批注 3 条未读入 (3 comments left out)}
     * @return this builder
     */
    public Builder omitted(String note) {
      omitted.add(Objects.requireNonNull(note, "note"));
      return this;
    }

    /**
     * Starts the next page of a {@link LocationKind#PAGE_LINE} document.
     *
     * @param firstLine the 1-based document line the page starts at; not below the last page's
     * @return this builder
     * @throws IllegalArgumentException if the line is below 1 or before the previous page
     */
    public Builder page(int firstLine) {
      if (firstLine < 1 || (pageCount > 0 && firstLine < pageStarts[pageCount - 1])) {
        throw new IllegalArgumentException("pages start at ascending lines from 1, got " + firstLine);
      }
      if (pageCount == pageStarts.length) {
        pageStarts = Arrays.copyOf(pageStarts, pageCount * 2);
      }
      pageStarts[pageCount++] = firstLine;
      return this;
    }

    /** @return the document text */
    public DocumentText build() {
      return new DocumentText(this);
    }
  }
}
