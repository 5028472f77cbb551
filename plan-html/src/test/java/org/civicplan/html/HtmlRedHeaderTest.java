package org.civicplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.document.ReaderLaws;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.junit.jupiter.api.Test;

/**
 * A red issuing header (红头: the organs' 文件 lines, the 文号 and the 签发人) as government sites
 * publish it at the top of the article: metadata and notes by the shared red-header pass of
 * plan-io, never the title or a section, also when the page's title stands above it.
 */
class HtmlRedHeaderTest {
  static final HtmlReader READER = new HtmlReader();
  static final PlanDocuments DOCUMENTS = PlanDocuments.builder().serviceLoader(false).addReader(READER).build();
  static final String META = PlanDocuments.METADATA_EXTENSION;

  static final String BODY = "<p>一、产业发展</p><p>（一）招商引资。全年引进企业15家，完成固定资产投资3亿元。</p>"
      + "<p>二、基层治理</p><p>（一）平安建设。完成8处老旧小区改造。</p>";

  static Plan read(String article, String h1) throws IOException {
    String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        + "<title>青石桥街道2024年工作要点_青石桥街道_某区人民政府</title></head><body>"
        + "<div class=\"crumb\">当前位置：首页 &gt; 政务公开 &gt; 计划总结</div>" + h1
        + "<div class=\"TRS_Editor\">" + article + "</div>"
        + "<div class=\"footer\">主办：某区人民政府办公室</div></body></html>";
    return DOCUMENTS.read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), READER, "page.html").plan();
  }

  static void assertHeaderIsMetadata(Plan plan, String issuer, String number) {
    assertThat(plan.title()).isEqualTo("青石桥街道2024年工作要点");
    assertThat(plan.sections()).extracting(Section::title).containsExactly("产业发展", "基层治理");
    assertThat(plan.documentNumber()).hasValue(number);
    assertThat(plan.extensions())
        .containsEntry(META + "issuer", ExtensionValue.string(issuer))
        .containsEntry(META + "documentNumber", ExtensionValue.string(number));
    assertThat(ReaderLaws.modelText(plan)).doesNotContain("文件", "〔2024〕", "签发人");
  }

  @Test
  void aHeaderAboveTheArticlesOwnTitleIsMetadata() throws IOException {
    Plan plan = read("<p style=\"color:#f00;text-align:center\">青石桥街道办事处文件</p>"
        + "<p style=\"text-align:center\">青街办发〔2024〕6号</p>"
        + "<h2>青石桥街道2024年工作要点</h2>" + BODY, "");
    assertHeaderIsMetadata(plan, "青石桥街道办事处文件", "青街办发〔2024〕6号");
  }

  @Test
  void aJointHeaderWithTheSignerBesideTheNumberIsMetadata() throws IOException {
    Plan plan = read("<p><font color=\"red\">中共青石桥街道工作委员会文件</font></p>"
        + "<p><font color=\"red\">青石桥街道办事处文件</font></p>"
        + "<p>青街委发〔2024〕2号　　　　签发人：王五</p>"
        + "<p><strong>青石桥街道2024年工作要点</strong></p>" + BODY, "");
    assertHeaderIsMetadata(plan, "中共青石桥街道工作委员会文件、青石桥街道办事处文件", "青街委发〔2024〕2号");
    assertThat(plan.extensions()).containsEntry(META + "signer", ExtensionValue.string("王五"));
  }

  @Test
  void aHeaderUnderThePagesTitleIsMetadataToo() throws IOException {
    // the article starts with the header, not a heading: the page's own h1 (outside the
    // article) is the plan's title, and the header under it is still found
    Plan plan = read("<p>青石桥街道办事处文件</p><p>青街办发〔2024〕6号</p>" + BODY,
        "<h1 class=\"article-title\">青石桥街道2024年工作要点</h1>");
    assertHeaderIsMetadata(plan, "青石桥街道办事处文件", "青街办发〔2024〕6号");
  }
}
