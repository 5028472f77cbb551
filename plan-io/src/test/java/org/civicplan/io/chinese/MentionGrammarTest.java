package org.civicplan.io.chinese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.civicplan.model.Mention;
import org.civicplan.model.MentionKind;
import org.junit.jupiter.api.Test;

class MentionGrammarTest {

  private static List<TextMatch<Mention>> find(String text) {
    return MentionGrammar.find(text);
  }

  @Test
  void findsPlacesWithLaneNumbersAndBuildings() {
    String text = "有力有序做好愚园路1088弄“两旧一村”改造搬迁，推进五环大楼、北汪小区等9处精品小区建设，改善武夷路 153 弄通行秩序，推进长新小区整小区加梯";
    assertThat(find(text)).extracting(m -> m.value().mentionKind(), m -> m.value().text())
        .containsExactly(
            tuple(MentionKind.PLACE, "愚园路1088弄"),
            tuple(MentionKind.PLACE, "五环大楼"),
            tuple(MentionKind.PLACE, "北汪小区"),
            tuple(MentionKind.PLACE, "武夷路 153 弄"),
            tuple(MentionKind.PLACE, "长新小区"));
    for (TextMatch<Mention> m : find(text)) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.value().text());
    }
  }

  @Test
  void findsProgrammesInQuotesOnlyWithACue() {
    String text = "开展“小蓝花”认知障碍赋能支持中心培育项目。推出守护“蒲公英”计划，主动帮扶“沉默的少数”";
    assertThat(find(text)).extracting(m -> m.value().mentionKind(), m -> m.value().text())
        .containsExactly(tuple(MentionKind.PROGRAMME, "小蓝花"), tuple(MentionKind.PROGRAMME, "蒲公英"));
  }

  @Test
  void findsDocumentsAndOrganizations() {
    String text = "按照《长宁区全面推进“上海硅巷”科创街区建设三年行动方案》，联合上海世纪出版集团、阿基米德传媒，推出年度新书《愚园路 City Walk》，引入公益基金会";
    assertThat(find(text)).extracting(m -> m.value().mentionKind(), m -> m.value().text())
        .containsExactly(
            tuple(MentionKind.POLICY_DOCUMENT, "长宁区全面推进“上海硅巷”科创街区建设三年行动方案"),
            tuple(MentionKind.ORGANIZATION, "上海世纪出版集团"),
            tuple(MentionKind.ORGANIZATION, "阿基米德传媒"),
            tuple(MentionKind.OTHER, "愚园路 City Walk"));
  }

  @Test
  void genericNamesAreNotPlaces() {
    assertThat(find("紧盯老旧小区等重点领域，打造精品小区")).isEmpty();
  }
}
