package org.civicplan.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSName;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.spi.ReadContext;

/**
 * The streams of a PDF counted in its raw bytes, before PDFBox loads the file: PDFBox decodes a
 * cross-reference stream (and an object stream it needs to find the catalog) while it loads,
 * wholly into memory, before {@link PdfStreams} can look at any stream, so a small one that
 * decodes to gigabytes would run the heap out there. The PDF is refused when one stream decodes
 * to more than {@link PdfReader#MAX_STREAM_BYTES} or all of them to more than {@link
 * PdfReader#MAX_DECODED_BYTES}, naming the byte offset of the stream. Two counts, each keeping
 * nothing and stopping at the limits:
 *
 * <ul>
 *   <li>The data after each {@code stream} keyword is inflated into a reused buffer, whatever its
 *       dictionary says (a hostile one can hide its filter from a simple look): data that is not
 *       zlib fails at its first bytes and counts nothing, data that is zlib counts, which can only
 *       make the limits stricter.
 *   <li>When the stream's dictionary (from the {@code obj} keyword before it) names a filter that
 *       is not Flate ({@code /LZWDecode}, {@code /ASCIIHexDecode}, {@code /ASCII85Decode}, {@code
 *       /RunLengthDecode}, their abbreviations, names written with {@code #xx} escapes), the data
 *       up to {@code /Length} (or the next {@code endstream}) is decoded through the filters named
 *       there, in order, by {@link RawFilters} (not PDFBox's filters, which log every bad code):
 *       an LZW stream or an ASCII-armoured Flate stream that the first count cannot read.
 * </ul>
 *
 * <p>Linear in the file: the bytes a stream's data consumed are not scanned again, a dictionary is
 * looked at only back to where the previous stream ended, and decoding stops at the limits.
 */
final class RawStreams {
  private RawStreams() {}

  private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END_STREAM = "endstream".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END_OBJ = "endobj".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OBJ = "obj".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] LENGTH = "/Length".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EARLY_CHANGE_0 = "/EarlyChange 0".getBytes(StandardCharsets.US_ASCII);

  /** The filters of a chain that the inflating count cannot see through. */
  private static final List<COSName> NOT_FLATE = List.of(
      COSName.LZW_DECODE, COSName.LZW_DECODE_ABBREVIATION, COSName.ASCII_HEX_DECODE,
      COSName.ASCII_HEX_DECODE_ABBREVIATION, COSName.ASCII85_DECODE, COSName.ASCII85_DECODE_ABBREVIATION,
      COSName.RUN_LENGTH_DECODE, COSName.RUN_LENGTH_DECODE_ABBREVIATION);

  /** Every filter name a chain may hold, by name, to tell a filter from any other name. */
  private static final Map<String, COSName> FILTERS = Stream.of(
      COSName.FLATE_DECODE, COSName.FLATE_DECODE_ABBREVIATION, COSName.LZW_DECODE,
      COSName.LZW_DECODE_ABBREVIATION, COSName.ASCII_HEX_DECODE, COSName.ASCII_HEX_DECODE_ABBREVIATION,
      COSName.ASCII85_DECODE, COSName.ASCII85_DECODE_ABBREVIATION, COSName.RUN_LENGTH_DECODE,
      COSName.RUN_LENGTH_DECODE_ABBREVIATION, COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
      COSName.JPX_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION, COSName.JBIG2_DECODE)
      .collect(Collectors.toUnmodifiableMap(COSName::getName, n -> n));

  static void check(byte[] pdf, ReadContext context) throws PlanFormatException {
    Inflater inflater = new Inflater();
    byte[] out = new byte[1 << 16];
    long total = 0;
    int previousEnd = 0; // where the last stream's data ended: no dictionary is looked for before it
    try {
      for (int i = indexOf(pdf, STREAM, 0); i >= 0; i = indexOf(pdf, STREAM, i)) {
        int keyword = i;
        i += STREAM.length;
        if (keyword >= 3 && pdf[keyword - 3] == 'e' && pdf[keyword - 2] == 'n' && pdf[keyword - 1] == 'd') {
          continue; // endstream
        }
        int data = i;
        if (data < pdf.length && pdf[data] == '\r') {
          data++;
        }
        if (data < pdf.length && pdf[data] == '\n') {
          data++;
        }
        if (data == i) {
          continue; // "stream" inside a word or a string, not the keyword
        }
        long limit = Math.min(PdfReader.MAX_STREAM_BYTES, PdfReader.MAX_DECODED_BYTES - total);
        inflater.reset();
        inflater.setInput(pdf, data, pdf.length - data);
        long count = 0;
        try {
          while (count <= limit && !inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
            count += inflater.inflate(out);
          }
        } catch (DataFormatException damaged) {
          // PDFBox reads what it can of a damaged stream: what was inflated so far counts
        }
        int consumed = (int) Math.min(pdf.length, data + inflater.getBytesRead());
        int object = objectStart(pdf, previousEnd, keyword);
        int dictionary = object < 0 ? previousEnd : object;
        List<COSName> chain = filters(pdf, dictionary, keyword);
        if (chain.stream().anyMatch(NOT_FLATE::contains)) {
          int end = dataEnd(pdf, dictionary, keyword, data);
          int earlyChange = indexOf(pdf, EARLY_CHANGE_0, dictionary, keyword) >= 0 ? 0 : 1;
          count = Math.max(count, RawFilters.decodedSize(chain, pdf, data, end, earlyChange, limit));
          consumed = Math.max(consumed, end);
        }
        if (count > limit) {
          throw PdfStreams.tooMuch(context, "第 " + keyword + " 字节处的数据流", "the stream at byte " + keyword,
              limit == PdfReader.MAX_STREAM_BYTES);
        }
        total += count;
        i = Math.max(i, consumed);
        previousEnd = i;
      }
    } finally {
      inflater.end();
    }
  }

  /**
   * The filter chain a stream's dictionary names directly: the names after its outermost {@code
   * /Filter} key (one name, or an array of names), with {@code #xx} escapes read; strings and
   * comments passed over. Empty when the dictionary has no {@code /Filter}, or gives it as an
   * indirect reference (which a cross-reference stream may not do).
   *
   * @param from where the object starts ({@code N G obj}) or, if not found, where the previous
   *     stream ended
   * @param to the {@code stream} keyword
   */
  static List<COSName> filters(byte[] pdf, int from, int to) {
    List<COSName> chain = new ArrayList<>(2);
    int depth = 0;
    boolean afterFilter = false; // the token after a /Filter key is its value
    boolean inArray = false;
    boolean keep = false; // whether the value being read is of the outermost /Filter so far
    int filterDepth = Integer.MAX_VALUE;
    for (int i = from; i < to; i++) {
      byte b = pdf[i];
      if (b == '%') {
        while (i < to && pdf[i] != '\n' && pdf[i] != '\r') {
          i++;
        }
      } else if (b == '(') {
        int open = 0;
        for (; i < to; i++) {
          if (pdf[i] == '\\') {
            i++;
          } else if (pdf[i] == '(') {
            open++;
          } else if (pdf[i] == ')' && --open == 0) {
            break;
          }
        }
        afterFilter = false;
      } else if (b == '<' && i + 1 < to && pdf[i + 1] == '<') {
        depth++;
        i++;
        afterFilter = false;
      } else if (b == '>' && i + 1 < to && pdf[i + 1] == '>') {
        depth--;
        i++;
        afterFilter = false;
      } else if (b == '<') {
        while (i < to && pdf[i] != '>') {
          i++; // a hex string
        }
        afterFilter = false;
      } else if (b == '[' && afterFilter) {
        inArray = true;
        afterFilter = false;
      } else if (b == ']') {
        inArray = false;
      } else if (b == '/') {
        StringBuilder name = new StringBuilder();
        int j = i + 1;
        while (j < to && regular(pdf[j]) && name.length() < 64) {
          if (pdf[j] == '#' && j + 2 < to && hex(pdf[j + 1]) >= 0 && hex(pdf[j + 2]) >= 0) {
            name.append((char) (hex(pdf[j + 1]) * 16 + hex(pdf[j + 2])));
            j += 3;
          } else {
            name.append((char) (pdf[j] & 0xFF));
            j++;
          }
        }
        i = j - 1;
        // Names are matched as strings: COSName.getPDFName keeps every name it is given for
        // good, and the file's names are the attacker's.
        COSName n = FILTERS.get(name.toString());
        if (afterFilter || inArray) {
          if (n != null && keep) {
            chain.add(n);
          }
          afterFilter = false;
        } else if (name.toString().equals("Filter")) {
          // The stream's own /Filter is the outermost (a nested dictionary's is deeper), whether
          // or not the look began before the dictionary's <<; of several, PDFBox keeps the last.
          keep = depth <= filterDepth;
          if (keep) {
            filterDepth = depth;
            chain.clear();
          }
          afterFilter = true;
        }
      } else if (b > ' ') {
        afterFilter = false; // a number: an indirect reference, or junk
      }
    }
    return chain;
  }

  /** Where the object holding the stream at {@code keyword} starts: its {@code N G obj}, or -1. */
  private static int objectStart(byte[] pdf, int from, int keyword) {
    for (int at = lastIndexOf(pdf, OBJ, from, keyword); at >= 0; at = lastIndexOf(pdf, OBJ, from, at)) {
      int k = at - 1;
      boolean space = k >= from && (pdf[k] == ' ' || pdf[k] == '\n' || pdf[k] == '\r');
      while (k >= from && (pdf[k] == ' ' || pdf[k] == '\n' || pdf[k] == '\r')) {
        k--;
      }
      if (space && k >= from && pdf[k] >= '0' && pdf[k] <= '9') {
        return at + OBJ.length;
      }
    }
    return -1;
  }

  /**
   * Where a stream's data ends: at {@code /Length} when the dictionary gives it as a direct number
   * that stays in the file, else at the next {@code endstream} (or an {@code endobj} before it),
   * else at the end of the file. What is found is not scanned again: the caller goes on from
   * here.
   */
  private static int dataEnd(byte[] pdf, int from, int to, int data) {
    int at = indexOf(pdf, LENGTH, from, to);
    if (at >= 0) {
      int k = at + LENGTH.length;
      while (k < to && (pdf[k] == ' ' || pdf[k] == '\r' || pdf[k] == '\n')) {
        k++;
      }
      long length = 0;
      int digits = k;
      while (k < to && pdf[k] >= '0' && pdf[k] <= '9' && k - digits < 12) {
        length = length * 10 + (pdf[k] - '0');
        k++;
      }
      int after = k;
      while (after < to && pdf[after] == ' ') {
        after++;
      }
      boolean indirect = after < to && pdf[after] >= '0' && pdf[after] <= '9';
      if (k > digits && !indirect && data + length <= pdf.length) {
        return (int) (data + length);
      }
    }
    int end = indexOf(pdf, END_STREAM, data, pdf.length);
    if (end < 0) {
      return pdf.length; // and no later stream has an end either: the scan stops there
    }
    int object = indexOf(pdf, END_OBJ, data, end);
    return object < 0 ? end : object;
  }

  private static boolean regular(byte b) {
    return b > ' ' && b != '/' && b != '[' && b != ']' && b != '<' && b != '>' && b != '(' && b != ')'
        && b != '{' && b != '}' && b != '%' && b < 127;
  }

  private static int hex(byte b) {
    return b >= '0' && b <= '9' ? b - '0' : b >= 'a' && b <= 'f' ? b - 'a' + 10 : b >= 'A' && b <= 'F' ? b - 'A' + 10 : -1;
  }

  private static int indexOf(byte[] b, byte[] what, int from) {
    return indexOf(b, what, from, b.length);
  }

  /** The first index of {@code what} wholly inside {@code [from, to)}, or -1. */
  private static int indexOf(byte[] b, byte[] what, int from, int to) {
    outer:
    for (int i = from; i <= to - what.length; i++) {
      for (int k = 0; k < what.length; k++) {
        if (b[i + k] != what[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** The last index of {@code what} wholly inside {@code [from, to)}, or -1. */
  private static int lastIndexOf(byte[] b, byte[] what, int from, int to) {
    outer:
    for (int i = to - what.length; i >= from; i--) {
      for (int k = 0; k < what.length; k++) {
        if (b[i + k] != what[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
