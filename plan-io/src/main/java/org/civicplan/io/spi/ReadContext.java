package org.civicplan.io.spi;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link DocumentReader} is told about one read: the document's name (for messages), the
 * size limit, how much text the import will take, and an explicit character encoding if the
 * caller gave one.
 *
 * <pre>{@code
 * ReadContext context = ReadContext.of("plan.html", 64L << 20, null);
 * throw new PlanFormatException("…", context.sourceName(), page, 0, null, null);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadContext {
  private final String sourceName;
  private final long maxInputBytes;
  private final long maxTextLength;
  private final Charset encoding;

  private ReadContext(String sourceName, long maxInputBytes, long maxTextLength, Charset encoding) {
    this.sourceName = sourceName == null ? "<input>" : sourceName;
    if (maxInputBytes < 1) {
      throw new IllegalArgumentException("maxInputBytes must be at least 1, got " + maxInputBytes);
    }
    if (maxTextLength < 1) {
      throw new IllegalArgumentException("maxTextLength must be at least 1, got " + maxTextLength);
    }
    this.maxInputBytes = maxInputBytes;
    this.maxTextLength = maxTextLength;
    this.encoding = encoding;
  }

  /**
   * @param sourceName the document's name, or null for {@code <input>}
   * @param maxInputBytes the largest input accepted, at least 1
   * @param encoding the encoding the caller gave, or null to detect it
   * @return the context
   */
  public static ReadContext of(String sourceName, long maxInputBytes, Charset encoding) {
    return new ReadContext(sourceName, maxInputBytes, Long.MAX_VALUE, encoding);
  }

  /**
   * A context that also says how much text the import will take ({@code PlanDocuments} refuses a
   * document whose text is longer, "input too large"), so that a reader can stop collecting text
   * at that length instead of holding more than will be read: a compressed PDF within {@code
   * maxInputBytes} can draw hundreds of millions of characters.
   *
   * @param sourceName the document's name, or null for {@code <input>}
   * @param maxInputBytes the largest input accepted, at least 1
   * @param maxTextLength the most characters of text the import takes, at least 1
   * @param encoding the encoding the caller gave, or null to detect it
   * @return the context
   */
  public static ReadContext of(String sourceName, long maxInputBytes, long maxTextLength, Charset encoding) {
    return new ReadContext(sourceName, maxInputBytes, maxTextLength, encoding);
  }

  /** @return the document's name, for messages */
  public String sourceName() {
    return sourceName;
  }

  /**
   * @return the largest input accepted, in bytes; readers bound what they unpack (a zip entry, a
   *     decoded page) by it too
   */
  public long maxInputBytes() {
    return maxInputBytes;
  }

  /**
   * @return the most characters of text the import takes from the document ({@code
   *     PlanDocuments.maxTextBytes()}), {@link Long#MAX_VALUE} when the context was made without
   *     one; a reader may refuse a document as soon as it has taken more
   */
  public long maxTextLength() {
    return maxTextLength;
  }

  /** @return the character encoding the caller gave, for formats that carry text in bytes */
  public Optional<Charset> encoding() {
    return Optional.ofNullable(encoding);
  }

  @Override
  public String toString() {
    return "ReadContext[" + sourceName + ", max " + maxInputBytes + " bytes"
        + (maxTextLength == Long.MAX_VALUE ? "" : ", text " + maxTextLength + " characters")
        + (encoding == null ? "" : ", " + encoding) + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadContext c && c.sourceName.equals(sourceName)
        && c.maxInputBytes == maxInputBytes && c.maxTextLength == maxTextLength
        && Objects.equals(c.encoding, encoding);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourceName, maxInputBytes, maxTextLength, encoding);
  }
}
