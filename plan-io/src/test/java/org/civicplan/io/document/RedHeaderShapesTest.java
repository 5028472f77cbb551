package org.civicplan.io.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.SourceNote;
import org.junit.jupiter.api.Test;

/**
 * Red issuing headers (红头) of joint documents (联合发文) copied as text: the issuers, the 文号 and
 * the 签发人 go to the plan's metadata and notes, never to its title or a section. (The same
 * headers in Word and PDF: {@code WordRedHeaderTest}, {@code PdfRedHeaderTest}.)
 */
class RedHeaderShapesTest {
  static final String META = PlanDocuments.METADATA_EXTENSION;

  @Test
  void aStackedJointHeaderWithTheSignerBesideTheNumber() throws IOException {
    Plan plan = RealShapesTest.read("red-header-joint.txt").plan();
    assertThat(plan.title()).isEqualTo("蔡家坡街道2024年工作要点");
    assertThat(plan.sections()).extracting(Section::title).containsExactly("经济发展", "社会治理");
    assertThat(plan.documentNumber()).contains("蔡街委发〔2024〕3号");
    assertThat(plan.extensions())
        .containsEntry(META + "issuer", ExtensionValue.string("中共蔡家坡街道工作委员会文件、蔡家坡街道办事处文件"))
        .containsEntry(META + "signer", ExtensionValue.string("张三"));
    assertThat(plan.sourceNotes()).extracting(SourceNote::detail).contains(
        RedHeaderPass.NOTE_PREFIX + "中共蔡家坡街道工作委员会文件", RedHeaderPass.NOTE_PREFIX + "蔡家坡街道办事处文件",
        RedHeaderPass.NOTE_PREFIX + "蔡街委发〔2024〕3号      签发人：张三");
  }

  @Test
  void organNamesBesideOneWenjianThenTheSigner() throws IOException {
    Plan plan = RealShapesTest.read("red-header-brace.txt").plan();
    assertThat(plan.title()).isEqualTo("蔡家坡街道2024年工作要点");
    assertThat(plan.sections()).extracting(Section::title).containsExactly("经济发展", "社会治理");
    assertThat(plan.extensions())
        .containsEntry(META + "issuer", ExtensionValue.string("中共蔡家坡街道工作委员会、蔡家坡街道办事处文件"))
        .containsEntry(META + "signer", ExtensionValue.string("李四"));
  }

  @Test
  void organNamesWithoutAWenjianAndANumberStayText() throws IOException {
    // a plan that opens with its body's name is no header: nothing is taken out
    Plan plan = RealShapesTest.read("06-notice-annex.txt").plan();
    assertThat(plan.extensions()).doesNotContainKey(META + "issuer");
    assertThat(plan.sourceNotes()).extracting(SourceNote::detail).noneMatch(d -> d.startsWith(RedHeaderPass.NOTE_PREFIX));
  }
}
