package org.civicplan.io.chinese;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageChromeTest {

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', value = {
    "发布时间：2025-02-10 09:30  来源：镇党政办  字体：[大 中 小]| 来源| 镇党政办",
    "发布时间：2025-02-10 09:30  来源：镇党政办  字体：[大 中 小]| 发布时间| 2025-02-10 09:30",
    "信息来源：区政府办 浏览次数：120| 信息来源| 区政府办",
    "来源：县发改局 打印本页 关闭窗口| 来源| 县发改局",
    "来源：县发改局| 来源| 县发改局",
  })
  void fieldEndsBeforeTheNextLabelOrPageTool(String line, String label, String value) {
    assertThat(PageChrome.field(line, label)).contains(value);
  }
}
