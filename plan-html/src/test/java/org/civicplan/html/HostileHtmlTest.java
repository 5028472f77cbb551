package org.civicplan.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.model.Plan;
import org.junit.jupiter.api.Test;

/** Size cap, deep nesting, wrong encodings and the encoding rules of the HTML reader. */
class HostileHtmlTest {
  static final HtmlReader READER = new HtmlReader();

  static Plan read(PlanDocuments documents, byte[] bytes) throws IOException {
    return documents.read(new ByteArrayInputStream(bytes), READER, "page.html").plan();
  }

  static final String PAGE = "<html><head><meta charset=\"%s\"><title>某街道2024年工作计划_某区政府</title></head><body>"
      + "<div class=\"crumb\">当前位置：首页 &gt; 政务公开</div><div id=\"zoom\"><p>一、经济发展</p>"
      + "<p>一是招商引资。完成9处精品小区建设。</p></div><div class=\"footer\">主办：某区人民政府</div></body></html>";

  @Test
  void aPageAboveTheSizeLimitIsRefused() {
    PlanDocuments small = PlanDocuments.builder().serviceLoader(false).addReader(READER).maxInputBytes(100).build();
    assertThatThrownBy(() -> read(small, String.format(PAGE, "utf-8").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("too large");
  }

  @Test
  void deepNestingIsReadWithoutOverflowingTheStack() throws IOException {
    String deep = "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000);
    String page = String.format(PAGE, "utf-8").replace("<div class=\"footer\">", deep + "<div class=\"footer\">");
    Plan plan = read(PlanDocuments.create(), page.getBytes(StandardCharsets.UTF_8));
    assertThat(plan.sections()).hasSize(1);
  }

  /**
   * A page of more markup nodes than {@link HtmlReader#MAX_NODES} is refused before jsoup builds
   * its tree, with a message that names the limit; before the limit, 64 MiB of {@code <br>} (16
   * million elements) ran a 2 GiB heap out of memory in jsoup. (The page at the limit is read in
   * the documented heap: plan-cli's DefaultLimitsHeapTest.)
   */
  @Test
  void aPageOfMoreNodesThanTheLimitIsRefusedBeforeParsing() throws IOException {
    String article = "<div id=\"zoom\"><p>一、经济发展</p><p>一是招商引资。完成9处精品小区建设。";
    String head = String.format(PAGE, "utf-8").substring(0, String.format(PAGE, "utf-8").indexOf("<div id=")) + article;
    int nodes = HtmlReader.markupNodes(head + "</p></div></body></html>");
    String over = head + "推<br>".repeat(HtmlReader.MAX_NODES - nodes + 1) + "</p></div></body></html>";
    assertThat(HtmlReader.markupNodes(over)).isEqualTo(HtmlReader.MAX_NODES + 1);
    assertThatThrownBy(() -> read(PlanDocuments.create(), over.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("page.html")
        .hasMessageContaining("网页元素过多")
        .hasMessageContaining("more than " + HtmlReader.MAX_NODES + " elements");
  }

  @Test
  void markupNodesAreCountedAsAParserMakesThem() {
    assertThat(HtmlReader.markupNodes("<!DOCTYPE html><p class=x>a < b</p><!-- c --><?xml?><br/>&lt;<")).isEqualTo(5);
    assertThat(HtmlReader.markupNodes("")).isZero();
  }

  @Test
  void declaredGb2312PagesAreReadAsGb18030AndTheTitleComesFromTheTitleElement() throws IOException {
    // 岐 is in GBK but not in GB2312: pages declared gb2312 hold such characters
    String page = String.format(PAGE, "gb2312").replace("招商引资", "岐山招商");
    Plan plan = read(PlanDocuments.create(), page.getBytes(Charset.forName("GBK")));
    assertThat(plan.title()).isEqualTo("某街道2024年工作计划");
    assertThat(plan.goals().findFirst().get().name()).isEqualTo("岐山招商");
    assertThat(plan.initiatives().map(i -> i.text()).toList().toString()).doesNotContain("当前位置", "主办");
  }

  @Test
  void bytesInvalidInTheDeclaredEncodingAreAnErrorNotMojibake() throws IOException {
    byte[] gbk = String.format(PAGE, "utf-8").getBytes(Charset.forName("GBK"));
    assertThatThrownBy(() -> read(PlanDocuments.create(), gbk))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("not valid UTF-8")
        .hasMessageContaining("--encoding");
    // the caller's encoding wins over the page's declaration
    assertThat(HtmlReader.decode(gbk, org.civicplan.io.spi.ReadContext.of("p", 1 << 20, Charset.forName("GBK"))))
        .contains("一是招商引资");
  }
}
