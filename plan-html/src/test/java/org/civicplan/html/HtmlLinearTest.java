package org.civicplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.io.spi.ReadContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The doubling method on the web page reader (issue #15): on pages of 1, 2 and 4 MB of one
 * repeated shape, the bytes {@link HtmlReader#read} allocates grow at most 2.3 times per doubling,
 * and its thread's user CPU time (the best of five runs after a warm-up, not a wall-clock limit;
 * user time, since the kernel's time to give the heap fresh pages is charged to the thread that
 * touches them first and made single runs ten times slower), divided by the same time of jsoup's
 * own parse of the same page, at most 2.3 times over the two
 * doublings: it stays flat when the reader is linear. (Divided, because on the shared test machine
 * a tree of millions of nodes outgrows the caches, and jsoup's parse slows per byte as much as
 * the reader does.) A step that rescans what it passed, such as an element's text made on every
 * ancestor, a removal that shifts all later siblings or a search for a {@code ;} to the end of the
 * page, grows four times per doubling. A 64 MiB page of {@code <p>推进建设。</p>} did not finish in
 * 300 s before.
 */
class HtmlLinearTest {
  static final HtmlReader READER = new HtmlReader();
  static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** A page of about {@code bytes} bytes: head, then {@code unit} repeated, then tail. */
  static byte[] page(String head, String unit, String tail, int bytes) {
    byte[] u = unit.getBytes(StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(bytes + 256).append("<html><head><meta charset=\"utf-8\"><title>某街道工作计划</title></head><body>")
        .append(head);
    for (int n = 0; n < bytes; n += u.length) {
      sb.append(unit);
    }
    return sb.append(tail).append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** @return the best user CPU time of five reads, the bytes the first allocated, and jsoup's best */
  static long[] cost(byte[] page) throws IOException {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) THREADS;
    long best = Long.MAX_VALUE;
    long allocated = 0;
    for (int run = 0; run < 5; run++) {
      long a = threads.getCurrentThreadAllocatedBytes();
      long t = THREADS.getCurrentThreadUserTime();
      DocumentText text = READER.read(new ByteArrayInputStream(page), ReadContext.of("page.html", 1L << 30, null));
      best = Math.min(best, THREADS.getCurrentThreadUserTime() - t);
      if (run == 0) {
        allocated = threads.getCurrentThreadAllocatedBytes() - a;
      }
      assertThat(text.blocks()).isNotEmpty();
    }
    long parse = Long.MAX_VALUE;
    String html = new String(page, StandardCharsets.UTF_8);
    for (int run = 0; run < 5; run++) {
      long t = THREADS.getCurrentThreadUserTime();
      assertThat(org.jsoup.Jsoup.parse(html).body()).isNotNull();
      parse = Math.min(parse, THREADS.getCurrentThreadUserTime() - t);
    }
    return new long[] {best, allocated, parse};
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "|<p>推进建设。</p>|", // issue 15: paragraphs, no container
    "<div id=\"zoom\">|推进建设。<br>|</div>", // one source line of <br> lines in a container
    "<div class=\"TRS_Editor\">|<p>推进建设。</p><script>var a;</script>|</div>", // scripts removed from one parent
    "<div class=\"TRS_Editor\">|<p>推进建设。</p><div class=\"share\">分享到</div>|</div>", // chrome dropped from one parent
    "<div class=\"TRS_Editor\">|<p>推进&建设&amp完成</p>|</div>", // & with no ; after it
    "<div class=\"TRS_Editor\"><p>一、总体要求</p>|<span>当前<b>推进</b></span>|</div>", // short inline text, many elements
    "<div class=\"TRS_Editor\"><table>|<tr><td>推进建设</td><td>3处</td></tr>|</table></div>", // one long table
  })
  void readingGrowsLinearlyWithThePage(String shape) throws IOException {
    String[] p = shape.split("\\|", -1);
    cost(page(p[0], p[1], p[2], 2 << 20)); // warm up
    long[] c1 = cost(page(p[0], p[1], p[2], 1 << 20));
    long[] c2 = cost(page(p[0], p[1], p[2], 2 << 20));
    long[] c4 = cost(page(p[0], p[1], p[2], 4 << 20));
    assertThat((double) c2[1] / c1[1]).as("%s: %d → %d bytes", shape, c1[1], c2[1]).isLessThanOrEqualTo(2.3);
    assertThat((double) c4[1] / c2[1]).as("%s: %d → %d bytes", shape, c2[1], c4[1]).isLessThanOrEqualTo(2.3);
    double r1 = (double) c1[0] / c1[2];
    double r4 = (double) c4[0] / c4[2];
    assertThat(r4 / r1).as("%s: reader %d → %d → %d ns, jsoup's parse %d → %d → %d ns", shape, c1[0], c2[0], c4[0],
        c1[2], c2[2], c4[2]).isLessThanOrEqualTo(2.3);
  }
}
