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

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceDocument}. Not thread-safe. */
  public static class Builder extends ImmutableSourceDocument.Builder {}
}
