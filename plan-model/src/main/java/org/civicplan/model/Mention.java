package org.civicplan.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A typed mention in an initiative's text: a place, a programme, an organization or a policy
 * document, with where it stands in the source.
 *
 * <pre>{@code
 * Mention place = Mention.of(MentionKind.PLACE, "愚园路1088弄");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class Mention {

  /** @return what the mention refers to */
  @Value.Parameter
  public abstract MentionKind mentionKind();

  /** @return the mention as written, without surrounding quotes or 《》 */
  @Value.Parameter
  public abstract String text();

  /** @return where the mention stands in the source document, if imported */
  public abstract Optional<SourceSpan> span();

  /**
   * @param kind what the mention refers to
   * @param text the mention as written
   * @return the mention, without a span
   */
  public static Mention of(MentionKind kind, String text) {
    return ImmutableMention.of(kind, text);
  }

  // ---- copies with one attribute changed (implemented by the generated class) ------------

  /**
   * A copy with {@link #mentionKind()} replaced, sharing every other attribute unchanged.
   *
   * @param mentionKind the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Mention withMentionKind(MentionKind mentionKind);

  /**
   * A copy with {@link #text()} replaced, sharing every other attribute unchanged.
   *
   * @param text the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Mention withText(String text);

  /**
   * A copy with {@link #span()} replaced, sharing every other attribute unchanged.
   *
   * @param span the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Mention withSpan(SourceSpan span);

  /**
   * A copy with {@link #span()} replaced, sharing every other attribute unchanged.
   *
   * @param span the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Mention withSpan(Optional<? extends SourceSpan> span);

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Mention}. Not thread-safe. */
  public static class Builder extends ImmutableMention.Builder {}
}
