package org.civicplan.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import org.civicplan.io.PlanFormatException;

/**
 * Keeps the writer within what the reader accepts with the same limits: whatever {@link PlanJson}
 * writes, it reads back. A string, name or number longer than the reader's limit, a number whose
 * exponent leaves the range BigDecimal can read ({@code 10e2147483647} prints as {@code
 * 1.0E+2147483648}), nesting deeper than the reader's limit, more tokens than the reader's limit
 * (counted as the reader counts them) or output beyond the document limit (counted in UTF-8
 * bytes) is refused with a {@link PlanFormatException} naming the JSON Pointer
 * and the limit, before the output is complete.
 */
final class WriteLimits extends JsonGeneratorDelegate {
  private final long maxStringLength;
  private final long maxNumberLength;
  private final long maxNameLength;
  private final int maxNestingDepth;
  private final long maxTokenCount;
  private long tokens;

  WriteLimits(JsonGenerator d, int maxStringLength, int maxNumberLength, int maxNameLength, int maxNestingDepth,
      long maxTokenCount) {
    super(d, false);
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
    this.maxNameLength = maxNameLength;
    this.maxNestingDepth = maxNestingDepth;
    this.maxTokenCount = maxTokenCount;
  }

  /** Counts one token (a name, a value, a start or an end), as the reader does. */
  private void token() throws PlanFormatException {
    if (++tokens > maxTokenCount) {
      throw refuse("more than " + maxTokenCount + " JSON tokens", "of " + maxTokenCount + " (PlanJson.Builder.maxTokenCount)");
    }
  }

  private PlanFormatException refuse(String what, String limit) {
    String pointer = getOutputContext().pathAsPointer().toString();
    return new PlanFormatException(
        "cannot write the plan: " + what + " is beyond the reader's limit " + limit
            + ", so it would not read back",
        null, 0, 0, pointer.isEmpty() ? "/" : pointer, null);
  }

  @Override
  public void writeString(String text) throws IOException {
    if (text != null && text.length() > maxStringLength) {
      throw refuse("a string of " + text.length() + " characters", "of " + maxStringLength + " (PlanJson.Builder.maxStringLength)");
    }
    token();
    super.writeString(text);
  }

  @Override
  public void writeFieldName(String name) throws IOException {
    if (name.length() > maxNameLength) {
      throw refuse("a property name of " + name.length() + " characters", "of " + maxNameLength + " (PlanJson.Builder.maxNameLength)");
    }
    token();
    super.writeFieldName(name);
  }

  @Override
  public void writeFieldName(SerializableString name) throws IOException {
    token();
    super.writeFieldName(name);
  }

  @Override
  public void writeNumber(String encodedValue) throws IOException {
    if (encodedValue.length() > maxNumberLength) {
      throw refuse("a number of " + encodedValue.length() + " characters", "of " + maxNumberLength + " (PlanJson.Builder.maxNumberLength)");
    }
    try {
      new BigDecimal(encodedValue);
    } catch (NumberFormatException e) {
      throw refuse("the number " + encodedValue + " (its exponent leaves the range of an int)", "for decimals");
    }
    token();
    super.writeNumber(encodedValue);
  }

  @Override
  public void writeStartObject() throws IOException {
    depth();
    super.writeStartObject();
  }

  @Override
  public void writeStartObject(Object forValue) throws IOException {
    depth();
    super.writeStartObject(forValue);
  }

  @Override
  public void writeStartArray() throws IOException {
    depth();
    super.writeStartArray();
  }

  @Override
  public void writeStartArray(Object forValue, int size) throws IOException {
    depth();
    super.writeStartArray(forValue, size);
  }

  @Override
  public void writeStartObject(Object forValue, int size) throws IOException {
    depth();
    super.writeStartObject(forValue, size);
  }

  @Override
  public void writeStartArray(int size) throws IOException {
    depth();
    super.writeStartArray(size);
  }

  @Override
  public void writeStartArray(Object forValue) throws IOException {
    depth();
    super.writeStartArray(forValue);
  }

  @Override
  public void writeEndObject() throws IOException {
    token();
    super.writeEndObject();
  }

  @Override
  public void writeEndArray() throws IOException {
    token();
    super.writeEndArray();
  }

  @Override
  public void writeString(char[] text, int offset, int len) throws IOException {
    if (len > maxStringLength) {
      throw refuse("a string of " + len + " characters", "of " + maxStringLength + " (PlanJson.Builder.maxStringLength)");
    }
    token();
    super.writeString(text, offset, len);
  }

  @Override
  public void writeString(SerializableString text) throws IOException {
    token();
    super.writeString(text);
  }

  @Override
  public void writeNumber(int v) throws IOException {
    token();
    super.writeNumber(v);
  }

  @Override
  public void writeNumber(long v) throws IOException {
    token();
    super.writeNumber(v);
  }

  @Override
  public void writeNumber(java.math.BigInteger v) throws IOException {
    token();
    super.writeNumber(v);
  }

  @Override
  public void writeNumber(BigDecimal v) throws IOException {
    token();
    super.writeNumber(v);
  }

  @Override
  public void writeBoolean(boolean state) throws IOException {
    token();
    super.writeBoolean(state);
  }

  @Override
  public void writeNull() throws IOException {
    token();
    super.writeNull();
  }

  /** Checks the depth of a new object or array, which is also one token. */
  private void depth() throws PlanFormatException {
    token();
    if (getOutputContext().getNestingDepth() >= maxNestingDepth) {
      throw refuse("nesting " + (getOutputContext().getNestingDepth() + 1) + " levels deep",
          "of " + maxNestingDepth + " (PlanJson.Builder.maxNestingDepth)");
    }
  }

  /** Counts what is written to a character stream in UTF-8 bytes, refusing beyond the limit. */
  static final class CountingWriter extends Writer {
    private final Writer out;
    private final long max;
    private long bytes;

    CountingWriter(Writer out, long max) {
      this.out = out;
      this.max = max;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      for (int i = off; i < off + len; i++) {
        char c = buf[i];
        bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
      }
      check(bytes, max);
      out.write(buf, off, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      for (int i = off; i < off + len; i++) {
        char c = s.charAt(i);
        bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
      }
      check(bytes, max);
      out.write(s, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** Counts the bytes written to a stream, refusing beyond the limit. */
  static final class CountingStream extends OutputStream {
    private final OutputStream out;
    private final long max;
    private long bytes;

    CountingStream(OutputStream out, long max) {
      this.out = out;
      this.max = max;
    }

    @Override
    public void write(int b) throws IOException {
      check(++bytes, max);
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      bytes += len;
      check(bytes, max);
      out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  static void check(long bytes, long max) throws PlanFormatException {
    if (bytes > max) {
      throw new PlanFormatException(
          "cannot write the plan: the JSON is longer than the reader's limit of " + max
              + " bytes (PlanJson.Builder.maxDocumentLength), so it would not read back",
          null, 0, 0, null, null);
    }
  }
}
