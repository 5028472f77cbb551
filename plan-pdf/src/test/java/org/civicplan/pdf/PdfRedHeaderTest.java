package org.civicplan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.document.ReaderLaws;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.pdf.testing.GeneratedPdf;
import org.junit.jupiter.api.Test;

/**
 * A joint document's red header (联合发文) in a PDF: one 文件 line per issuing organ in the largest
 * type, then the 文号 with the 签发人 beside it. All of it is metadata, none of it the title or a
 * section.
 */
class PdfRedHeaderTest {
  static final PdfReader READER = new PdfReader();
  static final PlanDocuments DOCUMENTS = PlanDocuments.builder().serviceLoader(false).addReader(READER).build();
  static final String META = PlanDocuments.METADATA_EXTENSION;

  static Plan read(GeneratedPdf pdf) throws IOException {
    return DOCUMENTS.read(new ByteArrayInputStream(pdf.save()), READER, "joint.pdf").plan();
  }

  static GeneratedPdf body(GeneratedPdf pdf) {
    return pdf.heading(2, "蔡家坡街道2024年工作要点")
        .heading(3, "一、经济发展")
        .paragraph("", "（一）招商引资。全年新增企业20家，完成固定资产投资5亿元。")
        .heading(3, "二、社会治理")
        .paragraph("", "（一）平安建设。完成12处老旧小区改造。");
  }

  @Test
  void aStackedJointHeaderIsEveryIssuerTheNumberAndTheSigner() throws IOException {
    Plan plan = read(body(GeneratedPdf.a4()
        .heading(1, "中共蔡家坡街道工作委员会文件")
        .heading(1, "蔡家坡街道办事处文件")
        .heading(1, "蔡家坡街道财政所文件")
        .paragraph("", "蔡街委发〔2024〕3号  签发人：张三")));
    assertThat(plan.title()).isEqualTo("蔡家坡街道2024年工作要点");
    assertThat(plan.sections()).extracting(Section::title).containsExactly("经济发展", "社会治理");
    assertThat(plan.extensions())
        .containsEntry(META + "issuer", ExtensionValue.string("中共蔡家坡街道工作委员会文件、蔡家坡街道办事处文件、蔡家坡街道财政所文件"))
        .containsEntry(META + "documentNumber", ExtensionValue.string("蔡街委发〔2024〕3号"))
        .containsEntry(META + "signer", ExtensionValue.string("张三"));
    assertThat(ReaderLaws.modelText(plan)).doesNotContain("文件", "〔2024〕", "签发人");
  }

  @Test
  void theSignerAloneUnderTheNumberIsMetadataToo() throws IOException {
    Plan plan = read(body(GeneratedPdf.a4()
        .heading(1, "蔡家坡街道办事处文件")
        .paragraph("", "签发人：李四")
        .paragraph("", "蔡街办发〔2024〕7号")));
    assertThat(plan.title()).isEqualTo("蔡家坡街道2024年工作要点");
    assertThat(plan.documentNumber()).hasValue("蔡街办发〔2024〕7号");
    assertThat(plan.extensions())
        .containsEntry(META + "issuer", ExtensionValue.string("蔡家坡街道办事处文件"))
        .containsEntry(META + "signer", ExtensionValue.string("李四"));
    assertThat(ReaderLaws.modelText(plan)).doesNotContain("文件", "〔2024〕", "签发人");
  }

  @Test
  void organsStackedInABraceBesideOne文件AreTheIssuers() throws IOException {
    // plan-docx's red-header-brace.docx printed by LibreOffice: the two organs' names one under
    // the other in the left cell of a borderless table, one larger 文件 right of them (on the
    // text line of the second name), then the 文号 and the 签发人 set apart by spaces
    Plan plan = PlanDocuments.create().read(Path.of("src/test/resources/documents/red-header-brace.pdf")).plan();
    assertThat(plan.title()).isEqualTo("蔡家坡街道2024年工作要点");
    // (its body lines are all short, so the margin the reader joins lines by is not found: the
    // sections' lines run together; the header is what this test is about)
    assertThat(plan.sections()).extracting(Section::title).first().asString().startsWith("经济发展");
    assertThat(plan.extensions())
        .containsEntry(META + "issuer", ExtensionValue.string("中共蔡家坡街道工作委员会、蔡家坡街道办事处文件"))
        .containsEntry(META + "documentNumber", ExtensionValue.string("蔡街委发〔2024〕4号"))
        .containsEntry(META + "signer", ExtensionValue.string("李四"));
    assertThat(plan.documentNumber()).hasValue("蔡街委发〔2024〕4号");
    assertThat(ReaderLaws.modelText(plan)).doesNotContain("文件", "工作委员会", "〔2024〕", "签发人");
  }
}
