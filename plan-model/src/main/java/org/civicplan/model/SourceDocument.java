package org.civicplan.model;

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

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceDocument}. Not thread-safe. */
  public static class Builder extends ImmutableSourceDocument.Builder {}
}
