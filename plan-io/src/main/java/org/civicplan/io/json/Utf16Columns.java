package org.civicplan.io.json;

/**
 * Columns in UTF-16 characters (1-based) of byte offsets into UTF-8 JSON, for messages and
 * locations: Jackson counts the columns of byte input in bytes. Offsets are asked for mostly in
 * document order, so the count goes on from the previous answer; the work over a whole document
 * is then linear in its length even when it is all one line (compact JSON), where counting from
 * the line's start for every element would be quadratic. An offset before the previous answer
 * (an error about an earlier token) is counted from its line's start. A UTF-8 byte order mark is
 * not counted. Not thread-safe: it keeps a cursor, and belongs to one read.
 */
final class Utf16Columns {
  private final byte[] bytes;
  private final int first;
  /** Byte offset up to which {@link #chars} is counted. */
  private int at;
  /** UTF-16 characters from the start of the line to {@link #at}. */
  private int chars;
  /** Bytes looked at so far (for the doubling test of linearity). */
  long scanned;

  Utf16Columns(byte[] bytes) {
    this.bytes = bytes;
    boolean bom = bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
    this.first = bom ? 3 : 0;
    this.at = first;
  }

  /**
   * @param offset a byte offset, {@code 0 ≤ offset ≤ bytes.length}
   * @return the 1-based column of that offset in UTF-16 characters
   */
  int column(int offset) {
    if (offset < at) {
      return fromLineStart(offset);
    }
    int c = chars;
    for (int i = at; i < offset; i++) {
      c = step(c, bytes[i] & 0xFF);
    }
    scanned += offset - at;
    at = offset;
    chars = c;
    return c + 1;
  }

  private static int step(int chars, int b) {
    if (b == '\n' || b == '\r') {
      return 0;
    }
    // a lead byte starts a character; a four-byte sequence is a surrogate pair, two characters
    return (b & 0xC0) == 0x80 ? chars : chars + ((b & 0xF8) == 0xF0 ? 2 : 1);
  }

  private int fromLineStart(int offset) {
    int start = offset;
    while (start > first && bytes[start - 1] != '\n' && bytes[start - 1] != '\r') {
      start--;
    }
    int c = 0;
    for (int i = start; i < offset; i++) {
      c = step(c, bytes[i] & 0xFF);
    }
    scanned += 2L * (offset - start);
    return c + 1;
  }
}
