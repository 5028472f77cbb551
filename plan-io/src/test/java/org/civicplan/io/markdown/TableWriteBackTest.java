package org.civicplan.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicplan.io.document.DocumentFormat;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.json.PlanJson;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Initiative;
import org.civicplan.model.Plan;
import org.junit.jupiter.api.Test;

/** Table data the importer keeps as extensions survives md → json → md. */
class TableWriteBackTest {
  static final String DOC = """
      # 测试街道 2024 年工作计划

      ## 一、城市管理

      **一是精细管理。**

      | 任务 | 牵头单位 | 完成时限 | 备注 |
      | --- | --- | --- | --- |
      | 推进垃圾分类示范小区建设 | 街道城管中心 | 长期坚持 | 结合文明创建 |
      | 完成背街小巷整治 | 街道城管中心 | 2024年6月30日 | 共12条 |
      """;

  static Initiative first(Plan plan) {
    return plan.initiatives().findFirst().orElseThrow();
  }

  @Test
  void unknownColumnsAndUnreadableDeadlinesComeBack() throws Exception {
    Plan imported = PlanDocuments.create().read(DOC, DocumentFormat.MARKDOWN, "a.md").plan();
    Initiative i = first(imported);
    assertThat(i.extensions()).containsEntry(PlanDocuments.COLUMN_EXTENSION_PREFIX + "备注", ExtensionValue.string("结合文明创建"))
        .containsEntry(PlanDocuments.DUE_EXTENSION, ExtensionValue.string("长期坚持"));
    Plan viaJson = PlanJson.create().read(PlanJson.create().write(imported));
    String md = PlanMarkdown.create().write(viaJson);
    assertThat(md).contains("| 任务 | 牵头单位 | 配合单位 | 完成时限 | 备注 |").contains("长期坚持").contains("共12条");
    Plan back = PlanDocuments.create().read(md, DocumentFormat.MARKDOWN, "b.md").plan();
    assertThat(first(back).extensions())
        .containsEntry(PlanDocuments.COLUMN_EXTENSION_PREFIX + "备注", ExtensionValue.string("结合文明创建"))
        .containsEntry(PlanDocuments.DUE_EXTENSION, ExtensionValue.string("长期坚持"));
    Initiative second = back.initiatives().skip(1).findFirst().orElseThrow();
    assertThat(second.extensions()).containsEntry(PlanDocuments.COLUMN_EXTENSION_PREFIX + "备注", ExtensionValue.string("共12条"));
    assertThat(second.due()).isEqualTo(imported.initiatives().skip(1).findFirst().orElseThrow().due());
  }
}
