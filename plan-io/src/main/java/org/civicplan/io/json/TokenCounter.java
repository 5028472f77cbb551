package org.civicplan.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * The token-count limit for a Jackson older than 2.18, whose {@code StreamReadConstraints} has
 * none: counts every token the parser returns (names, values, and the start and end of each
 * object and array, as Jackson 2.18 counts them) and throws the same {@link
 * StreamConstraintsException} past the limit, with Jackson's message. {@link PlanReader} moves
 * through a document with {@link #nextToken()} and {@link #nextFieldName()} only.
 */
final class TokenCounter extends JsonParserDelegate {
  private final long max;
  private long count;

  TokenCounter(JsonParser parser, long max) {
    super(parser);
    this.max = max;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken t = delegate.nextToken();
    if (t != null) {
      count();
    }
    return t;
  }

  @Override
  public String nextFieldName() throws IOException {
    String name = delegate.nextFieldName();
    if (delegate.currentToken() != null) {
      count();
    }
    return name;
  }

  private void count() throws StreamConstraintsException {
    if (++count > max) {
      throw new StreamConstraintsException(
          "Token count (" + count + ") exceeds the maximum allowed (" + max
              + ", from `StreamReadConstraints.getMaxTokenCount()`)");
    }
  }
}
