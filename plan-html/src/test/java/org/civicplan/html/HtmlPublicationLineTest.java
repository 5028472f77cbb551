package org.civicplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.io.spi.ReadContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The publication line a page has in its text when its {@code <meta>} says nothing (发布时间：…
 * 来源：…): read into the metadata however the page writes it — in one text node, cut between
 * two elements, with a character reference or a zero-width space inside — and absent when the
 * page has no such line (the reader then passes over the page's text without walking it).
 */
class HtmlPublicationLineTest {
  static final HtmlReader READER = new HtmlReader();

  static Map<String, String> metadata(String line) throws IOException {
    String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>柳岸街道2024年工作计划</title></head>"
        + "<body><div class=\"info\">" + line + "</div><div class=\"TRS_Editor\">"
        + "<p>一、经济发展</p><p>（一）招商引资。全年引进企业12家，推动发展提质。</p></div></body></html>";
    DocumentText text = READER.read(
        new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), ReadContext.of("page.html", 1 << 20, null));
    return text.metadata();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "发布时间：2024-01-18 来源：柳岸街道办事处",
    "<span>发</span><span>布时间：2024-01-18</span> <span>来</span>源：柳岸街道办事处",
    "&#21457;布时间：2024-01-18 &#x6765;源：柳岸街道办事处",
    "发\u200B布时间：2024-01-18 来\u200B源：柳岸街道办事处",
    "发<!-- 注释 -->布时间：2024-01-18 来源：柳岸街道办事处",
  })
  void aPublicationLineInTheTextIsMetadata(String line) throws IOException {
    Map<String, String> metadata = metadata(line);
    assertThat(metadata).containsEntry(DocumentText.PUBLISHED, "2024-01-18");
    assertThat(metadata).containsEntry(DocumentText.ISSUER, "柳岸街道办事处");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "发展改革 源头治理",
    "浏览次数：12",
  })
  void withoutOneThereIsNoPublicationMetadata(String line) throws IOException {
    Map<String, String> metadata = metadata(line);
    assertThat(metadata).doesNotContainKeys(DocumentText.PUBLISHED, DocumentText.ISSUER);
  }
}
