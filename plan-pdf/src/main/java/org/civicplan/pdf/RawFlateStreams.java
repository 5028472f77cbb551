package org.civicplan.pdf;

import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.spi.ReadContext;

/**
 * The Flate streams of a PDF counted in its raw bytes, before PDFBox loads the file: PDFBox
 * decodes a cross-reference stream (and an object stream it needs to find the catalog) while it
 * loads, wholly into memory, before {@link PdfStreams} can look at any stream, so a small one
 * that inflates to gigabytes would run the heap out there. The data after each {@code stream}
 * keyword is inflated once into a reused buffer, counting and keeping nothing, and stopping at
 * {@link PdfReader#MAX_STREAM_BYTES}; the PDF is refused when one stream inflates to more than
 * that or all of them to more than {@link PdfReader#MAX_DECODED_BYTES}, naming the byte offset
 * of the stream. No dictionary is parsed (a hostile one can hide its filter from a simple look):
 * data that is not zlib fails at its first bytes and counts nothing, and data that is zlib
 * counts whatever its dictionary says, which can only make the limits stricter. Linear in the
 * file: the bytes a stream's data consumed are not scanned again, and inflating stops at the
 * limits.
 */
final class RawFlateStreams {
  private RawFlateStreams() {}

  private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);

  static void check(byte[] pdf, ReadContext context) throws PlanFormatException {
    Inflater inflater = new Inflater();
    byte[] out = new byte[1 << 16];
    long total = 0;
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
        if (count > limit) {
          throw PdfStreams.tooMuch(context, "第 " + keyword + " 字节处的数据流", "the stream at byte " + keyword,
              limit == PdfReader.MAX_STREAM_BYTES);
        }
        total += count;
        i = (int) Math.max(i, Math.min(pdf.length, data + inflater.getBytesRead()));
      }
    } finally {
      inflater.end();
    }
  }

  private static int indexOf(byte[] b, byte[] what, int from) {
    outer:
    for (int i = from; i <= b.length - what.length; i++) {
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
