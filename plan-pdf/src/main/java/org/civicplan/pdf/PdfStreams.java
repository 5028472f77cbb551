package org.civicplan.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.spi.ReadContext;

/**
 * What a PDF's streams decode to, counted before any page is read: PDFBox decodes a font, a
 * ToUnicode map or an object stream wholly into memory, with no limit of its own, so a small
 * Flate stream that inflates to gigabytes (a decompression bomb) would run the heap out. Every
 * stream stored in the file (not in an object stream, which cannot hold one) is decoded once
 * through its filters into a counter that keeps nothing, and the PDF is refused when one stream
 * decodes to more than {@link PdfReader#MAX_STREAM_BYTES} or all of them to more than {@link
 * PdfReader#MAX_DECODED_BYTES}; the count stops at the limit, so a bomb costs no more than the
 * limit's worth of inflating. Image codecs (DCT, JPX, CCITT, JBIG2) are not run: text is taken
 * without decoding images, and such a stream counts at its stored length.
 */
final class PdfStreams {
  private PdfStreams() {}

  /** Filters after which the stream is an image's coded data, never decoded to take text. */
  private static final List<COSName> IMAGE_CODECS = List.of(
      COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION, COSName.JPX_DECODE,
      COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION, COSName.JBIG2_DECODE);

  /** Thrown by the counter when a limit is reached; carries the refusal. */
  private static final class Over extends IOException {
    Over() {
      super("over the limit");
    }
  }

  /** Counts what is written, keeping nothing; over {@code limit} it throws {@link Over}. */
  private static final class Counter extends OutputStream {
    final long limit;
    long count;
    boolean over;

    Counter(long limit) {
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      add(1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      add(len);
    }

    private void add(long n) throws Over {
      count += n;
      if (count > limit) {
        over = true;
        throw new Over();
      }
    }
  }

  /** A buffer for one stage of a filter chain, held to the same limit. */
  private static final class Stage extends ByteArrayOutputStream {
    final Counter counter;

    Stage(long limit) {
      this.counter = new Counter(limit);
    }

    @Override
    public void write(int b) {
      writeBytes(new byte[] {(byte) b});
    }

    @Override
    public void write(byte[] b, int off, int len) {
      try {
        counter.write(b, off, len);
      } catch (IOException e) {
        throw new IllegalStateException(e); // only Over; the caller reads counter.over
      }
      super.write(b, off, len);
    }
  }

  static void check(PDDocument pdf, ReadContext context) throws IOException {
    COSDocument cos = pdf.getDocument();
    long total = 0;
    List<Map.Entry<COSObjectKey, Long>> objects = new ArrayList<>(cos.getXrefTable().entrySet());
    for (Map.Entry<COSObjectKey, Long> e : objects) {
      if (e.getValue() == null || e.getValue() <= 0) {
        continue; // in an object stream, which holds no streams; the object stream itself is listed
      }
      COSBase object = cos.getObjectFromPool(e.getKey()).getObject();
      if (!(object instanceof COSStream stream)) {
        continue;
      }
      long left = PdfReader.MAX_DECODED_BYTES - total;
      long limit = Math.min(PdfReader.MAX_STREAM_BYTES, left);
      long size = decodedSize(stream, limit);
      if (size > limit) {
        int number = (int) e.getKey().getNumber();
        throw tooMuch(context, "对象 " + number, "object " + number, limit == PdfReader.MAX_STREAM_BYTES);
      }
      total += size;
    }
  }

  /**
   * The refusal of a PDF whose streams decode to too much: one stream over {@link
   * PdfReader#MAX_STREAM_BYTES} ({@code one}), or all over {@link PdfReader#MAX_DECODED_BYTES}.
   *
   * @param where the stream, in Chinese ({@code 对象 12}, {@code 第 3456 字节处的数据流})
   * @param whereEn the stream, in English ({@code object 12}, {@code the stream at byte 3456})
   */
  static PlanFormatException tooMuch(ReadContext context, String where, String whereEn, boolean one) {
    if (one) {
      return new PlanFormatException(
          "PDF 数据流解压后过大：" + where + " 超过 " + PdfReader.MAX_STREAM_BYTES + " 字节"
              + " (a PDF stream decodes to too much: " + whereEn + " to more than "
              + PdfReader.MAX_STREAM_BYTES + " bytes; a decompression bomb?)",
          context.sourceName(), 0, 0, null, null);
    }
    return new PlanFormatException(
        "PDF 数据流解压后总量过大：超过 " + PdfReader.MAX_DECODED_BYTES + " 字节"
            + " (the PDF's streams decode to more than " + PdfReader.MAX_DECODED_BYTES
            + " bytes in all; " + whereEn + " passed the limit)",
        context.sourceName(), 0, 0, null, null);
  }

  /**
   * @return the bytes the stream decodes to, or more than {@code limit} when it decodes to more
   *     (the count stops there); a stream whose filters fail counts what they gave, as PDFBox
   *     reads what it can
   */
  static long decodedSize(COSStream stream, long limit) throws IOException {
    List<COSName> filters = filters(stream.getFilters());
    if (filters.isEmpty()) {
      return stream.getLength();
    }
    InputStream in = stream.createRawInputStream();
    try {
      for (int i = 0; i < filters.size(); i++) {
        if (IMAGE_CODECS.contains(filters.get(i))) {
          return i == 0 ? stream.getLength() : in.available();
        }
        Filter filter;
        try {
          filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
        } catch (IOException unknown) {
          return 0; // PDFBox cannot decode it either
        }
        boolean last = i == filters.size() - 1 || IMAGE_CODECS.contains(filters.get(i + 1));
        if (last) {
          Counter counter = new Counter(limit);
          try {
            filter.decode(in, counter, stream, i);
          } catch (IOException | RuntimeException e) {
            // Over, or a damaged stream: the count so far is what PDFBox would decode
          }
          return counter.over ? limit + 1 : counter.count;
        }
        Stage stage = new Stage(limit);
        try {
          filter.decode(in, stage, stream, i);
        } catch (IOException | RuntimeException e) {
          // over the limit (IllegalStateException from Stage), or damaged
        }
        if (stage.counter.over) {
          return limit + 1;
        }
        in.close();
        in = new ByteArrayInputStream(stage.toByteArray());
      }
      return 0; // not reached: the last filter returns
    } finally {
      in.close();
    }
  }

  private static List<COSName> filters(COSBase base) {
    List<COSName> out = new ArrayList<>();
    if (base instanceof COSName name) {
      out.add(name);
    } else if (base instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.getObject(i) instanceof COSName name) {
          out.add(name);
        }
      }
    }
    return out;
  }
}
