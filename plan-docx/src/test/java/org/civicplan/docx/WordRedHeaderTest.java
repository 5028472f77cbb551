package org.civicplan.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.document.ReaderLaws;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.SourceNote;
import org.junit.jupiter.api.Test;

/**
 * Red issuing headers (红头) of joint documents (联合发文) made by docx.js ({@code
 * recipe/red-header.mjs}): the issuers, the 文号 and the 签发人 are metadata and notes, never the
 * title or a section.
 */
class WordRedHeaderTest {
  static final String META = PlanDocuments.METADATA_EXTENSION;

  static void assertPlanUnderTheHeader(Plan plan) {
    assertThat(plan.title()).isEqualTo("蔡家坡街道2024年工作要点");
    assertThat(plan.sections()).extracting(Section::title).containsExactly("经济发展", "社会治理");
    assertThat(plan.goals()).hasSize(3);
    assertThat(ReaderLaws.modelText(plan)).doesNotContain("文件", "〔2024〕", "签发人");
  }

  @Test
  void aStackedJointHeaderIsTheIssuersTheNumberAndTheSigner() throws IOException {
    ImportResult word = WordSampleTest.read("red-header-stacked.docx");
    Plan plan = word.plan();
    assertPlanUnderTheHeader(plan);
    assertThat(plan.documentNumber()).hasValue("蔡街委发〔2024〕3号");
    assertThat(plan.extensions())
        .containsEntry(META + "issuer", ExtensionValue.string("中共蔡家坡街道工作委员会文件、蔡家坡街道办事处文件"))
        .containsEntry(META + "documentNumber", ExtensionValue.string("蔡街委发〔2024〕3号"))
        .containsEntry(META + "signer", ExtensionValue.string("张三"));
    // every header line is kept verbatim in a note of the plan, at its paragraph
    assertThat(plan.sourceNotes()).filteredOn(n -> n.kind() == SourceNote.Kind.OTHER)
        .extracting(SourceNote::detail, n -> n.span().get().startLine())
        .contains(
            org.assertj.core.groups.Tuple.tuple("红头 (red header) 中共蔡家坡街道工作委员会文件", 1),
            org.assertj.core.groups.Tuple.tuple("红头 (red header) 蔡家坡街道办事处文件", 2));
  }

  @Test
  void organsBesideOneWenjianAreTheIssuers() throws IOException {
    Plan plan = WordSampleTest.read("red-header-brace.docx").plan();
    assertPlanUnderTheHeader(plan);
    assertThat(plan.documentNumber()).hasValue("蔡街委发〔2024〕4号");
    assertThat(plan.extensions())
        .containsEntry(META + "issuer", ExtensionValue.string("中共蔡家坡街道工作委员会、蔡家坡街道办事处文件"))
        .containsEntry(META + "signer", ExtensionValue.string("李四"));
  }
}
