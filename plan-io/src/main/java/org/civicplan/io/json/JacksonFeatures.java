package org.civicplan.io.json;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

/**
 * What the Jackson 2 on the class path can do, for every version from 2.15 (the oldest supported)
 * to the newest 2.x. Features a later version added are looked up once and used only where they
 * exist; a call of a method that is missing is never linked, since the JVM resolves each call the
 * first time it runs.
 *
 * <ul>
 *   <li>2.16 added the document-length and property-name-length limits of {@code
 *       StreamReadConstraints}: before it, {@link PlanJson} checks a document's length itself (it
 *       already does for strings, bytes, streams and files; a {@code Reader} is read up to the
 *       limit first), and a name is bounded by the document's length.
 *   <li>2.18 added {@code JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8}: before it, byte
 *       output is written as text and then encoded, so that it holds the same characters as the
 *       text output (no surrogate-pair escapes).
 *   <li>2.18 added the token-count limit of {@code StreamReadConstraints}: before it, {@link
 *       #counted} wraps the parser in a {@link TokenCounter} that counts the same tokens.
 * </ul>
 */
final class JacksonFeatures {
  /** Whether {@code StreamReadConstraints} limits document and name length (Jackson 2.16+). */
  static final boolean LIMITS_LENGTHS = hasMethod(StreamReadConstraints.Builder.class, "maxDocumentLength", long.class)
      && hasMethod(StreamReadConstraints.Builder.class, "maxNameLength", int.class);

  /** Whether {@code StreamReadConstraints} limits the number of tokens (Jackson 2.18+). */
  static final boolean LIMITS_TOKENS = hasMethod(StreamReadConstraints.Builder.class, "maxTokenCount", long.class);

  /** Whether UTF-8 output can write supplementary characters as 4 bytes (Jackson 2.18+). */
  static final boolean COMBINES_SURROGATES = hasConstant(JsonWriteFeature.class, "COMBINE_UNICODE_SURROGATES_IN_UTF8");

  private JacksonFeatures() {}

  static StreamReadConstraints constraints(
      long maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxNumberLength,
      int maxNameLength, long maxTokenCount) {
    StreamReadConstraints.Builder b =
        StreamReadConstraints.builder()
            .maxNestingDepth(maxNestingDepth)
            .maxStringLength(maxStringLength)
            .maxNumberLength(maxNumberLength);
    if (LIMITS_LENGTHS) {
      b.maxDocumentLength(maxDocumentLength).maxNameLength(maxNameLength);
    }
    if (LIMITS_TOKENS) {
      b.maxTokenCount(maxTokenCount);
    }
    return b.build();
  }

  /**
   * The parser itself when its constraints count tokens (Jackson 2.18+), else the parser behind a
   * {@link TokenCounter} that stops at the same count.
   */
  static JsonParser counted(JsonParser parser, long maxTokenCount) {
    return LIMITS_TOKENS ? parser : new TokenCounter(parser, maxTokenCount);
  }

  static JsonFactoryBuilder combineSurrogates(JsonFactoryBuilder b) {
    if (COMBINES_SURROGATES) {
      b.enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
    }
    return b;
  }

  private static boolean hasMethod(Class<?> type, String name, Class<?>... parameters) {
    try {
      type.getMethod(name, parameters);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static boolean hasConstant(Class<? extends Enum<?>> type, String name) {
    for (Enum<?> constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
