package org.civicplan.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.junit.jupiter.api.Test;

/**
 * {@link RawFilters} against PDFBox, an implementation nobody here wrote: data encoded by PDFBox's
 * own encoders through a chain of one or two of Flate, LZW, ASCIIHex, ASCII85 and RunLength
 * counts to exactly the bytes PDFBox's decoders give, and to the data's own length; and stops
 * just past a limit below that.
 */
class RawFiltersTest {
  private static final List<COSName> FILTERS = List.of(
      COSName.FLATE_DECODE, COSName.LZW_DECODE, COSName.ASCII_HEX_DECODE, COSName.ASCII85_DECODE,
      COSName.RUN_LENGTH_DECODE);

  /** Data with runs (which RunLength and LZW compress) and noise, from the generated steps. */
  private static byte[] data(List<Integer> steps) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int s : steps) {
      int n = s % 7 == 0 ? 50 + s % 200 : 1 + s % 5; // a run, or a few bytes
      for (int k = 0; k < n; k++) {
        out.write(s % 7 == 0 ? s & 0xFF : (s * 31 + k * 17) & 0xFF);
      }
    }
    return out.toByteArray();
  }

  /** The raw bytes of {@code data} encoded by PDFBox through {@code chain} (applied last to first). */
  private static byte[] encode(byte[] data, List<COSName> chain) throws IOException {
    byte[] bytes = data;
    for (int i = chain.size() - 1; i >= 0; i--) {
      try (COSStream stream = new COSStream()) {
        try (OutputStream o = stream.createOutputStream(chain.get(i))) {
          o.write(bytes);
        }
        try (InputStream raw = stream.createRawInputStream()) {
          bytes = raw.readAllBytes();
        }
      }
    }
    return bytes;
  }

  /** What PDFBox decodes the raw bytes to through the chain. */
  private static long pdfbox(byte[] raw, List<COSName> chain) throws IOException {
    COSDictionary parameters = new COSDictionary();
    COSArray names = new COSArray();
    chain.forEach(names::add);
    parameters.setItem(COSName.FILTER, names);
    byte[] bytes = raw;
    for (int i = 0; i < chain.size(); i++) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      FilterFactory.INSTANCE.getFilter(chain.get(i)).decode(new ByteArrayInputStream(bytes), out, parameters, i);
      bytes = out.toByteArray();
    }
    return bytes.length;
  }

  @Test
  void chainsCountWhatPdfboxDecodes() {
    qt().withExamples(150)
        .forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 60), integers().between(0, 4),
            integers().between(-1, 4))
        .checkAssert((steps, a, b) -> {
          List<COSName> chain = new ArrayList<>();
          chain.add(FILTERS.get(a));
          if (b >= 0) {
            chain.add(FILTERS.get(b));
          }
          byte[] data = data(steps);
          try {
            byte[] raw = encode(data, chain);
            long counted = RawFilters.decodedSize(chain, raw, 0, raw.length, 1, Long.MAX_VALUE - 1);
            assertThat(counted).as("%s of %d bytes", chain, data.length).isEqualTo(pdfbox(raw, chain)).isEqualTo(data.length);
            if (data.length > 10) {
              long limit = data.length / 2;
              assertThat(RawFilters.decodedSize(chain, raw, 0, raw.length, 1, limit)).as("%s at a limit", chain)
                  .isGreaterThan(limit);
            }
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void damagedDataCountsWhatItGaveAndNeverThrows() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 300), integers().between(0, 4))
        .checkAssert((bytes, f) -> {
          byte[] junk = new byte[bytes.size()];
          for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (int) bytes.get(i);
          }
          long counted = RawFilters.decodedSize(List.of(FILTERS.get(f)), junk, 0, junk.length, 1, 1 << 20);
          // no filter makes more than 4,096 bytes of a byte (LZW's longest entry) or a run's 128
          assertThat(counted).isBetween(0L, 4096L * junk.length + 4);
        });
  }
}
