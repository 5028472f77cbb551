package org.civicplan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.spi.ReadContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The doubling method on {@link RawStreams}, the pass over a PDF's raw bytes before PDFBox loads
 * it (issue #15): on files of 1, 2 and 4 MB of one repeated shape, its thread's CPU time (the
 * best of seven, after a warm-up; not a wall-clock limit) grows at most 2.3 times per doubling.
 * The shapes are those where a scan could go back over what it passed: stream keywords with data
 * that is not zlib, streams whose dictionaries name LZW or ASCII filters (decoded up to their
 * {@code /Length}, their {@code endstream}, or the end of the file when there is none), one
 * dictionary as long as the file, and bare {@code endstream} keywords. A dictionary or a stream
 * end looked for from the start of the file each time would grow four times per doubling.
 */
class RawStreamsLinearTest {
  static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  static byte[] file(String head, String unit, String tail, int bytes) {
    StringBuilder sb = new StringBuilder(bytes + 256).append("%PDF-1.5\n").append(head);
    while (sb.length() < bytes) {
      sb.append(unit);
    }
    return sb.append(tail).append("\n%%EOF\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** @return the best CPU time of seven passes over the file, in nanoseconds */
  static long cost(byte[] pdf) throws PlanFormatException {
    ReadContext context = ReadContext.of("linear.pdf", 1L << 30, null);
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 7; run++) {
      long t = THREADS.getCurrentThreadCpuTime();
      RawStreams.check(pdf, context);
      best = Math.min(best, THREADS.getCurrentThreadCpuTime() - t);
    }
    return best;
  }

  static void assertLinear(String shape, String head, String unit, String tail) throws PlanFormatException {
    cost(file(head, unit, tail, 1 << 19)); // warm-up
    long t1 = cost(file(head, unit, tail, 1 << 20));
    long t2 = cost(file(head, unit, tail, 2 << 20));
    long t4 = cost(file(head, unit, tail, 4 << 20));
    assertThat((double) t2 / t1).as("%s: %d → %d µs", shape, t1 / 1000, t2 / 1000).isLessThanOrEqualTo(2.3);
    assertThat((double) t4 / t2).as("%s: %d → %d µs", shape, t2 / 1000, t4 / 1000).isLessThanOrEqualTo(2.3);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "|1 0 obj\n<< /Length 4 >>\nstream\nabcd\nendstream\nendobj\n|", // streams of data that is not zlib
    "|1 0 obj\n<< /Filter /LZWDecode /Length 4 >>\nstream\n\u0080\u000b\u0060\u0050\nendstream\nendobj\n|", // LZW streams
    "|1 0 obj\n<< /Filter [/AHx /LZW] /Length 9 0 R >>\nstream\n3031>\nendstream\nendobj\n|", // a length by reference
    "|<< /Filter /LZWDecode >>\nstream\n|", // LZW streams that never end
    "1 0 obj\n<< |/A /B (x) % c\n|/Filter /LZWDecode /Length 4 >>\nstream\nabcd\nendstream\nendobj", // one long dictionary
    "|endstream\n|", // end keywords only
    "|stream|", // stream keywords not followed by a line end
  })
  void thePassGrowsLinearlyWithTheFile(String shape) throws PlanFormatException {
    String[] p = shape.split("\\|", -1);
    assertLinear(shape, p[0], p[1], p[2]);
  }

  /** Small Flate streams, each inflated once to its end: the inflating count is linear too. */
  @Test
  void flateStreamsAreInflatedOnce() throws Exception {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    try (DeflaterOutputStream o = new DeflaterOutputStream(data, new Deflater(9))) {
      o.write("BT /F1 12 Tf 72 700 Td (Work plan 2024) Tj ET".repeat(20).getBytes(StandardCharsets.US_ASCII));
    }
    String zlib = new String(data.toByteArray(), StandardCharsets.ISO_8859_1);
    assertLinear("flate", "", "1 0 obj\n<< /Filter /FlateDecode /Length " + zlib.length() + " >>\nstream\n" + zlib
        + "\nendstream\nendobj\n", "");
  }
}
