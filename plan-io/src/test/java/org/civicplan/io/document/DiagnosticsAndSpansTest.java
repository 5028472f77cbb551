package org.civicplan.io.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicplan.io.PlanFormatException;
import org.civicplan.model.Goal;
import org.civicplan.model.Initiative;
import org.civicplan.model.Plan;
import org.civicplan.model.SourceNote;
import org.civicplan.model.SourceSpan;
import org.junit.jupiter.api.Test;

class DiagnosticsAndSpansTest {
  private static final String UNTIDY = String.join("\n",
      "一、没有标题的计划",
      "",
      "<!-- 来源：某网站 -->",
      "",
      "## 附件说明",
      "",
      "见[链接](https://example.org)。",
      "",
      "**一是组织建设**推进3处阵地建设。",
      "");

  @Test
  void lenientReadingReportsWhatItDidWithSpans() throws PlanFormatException {
    ImportResult r = PlanDocuments.create().read(UNTIDY, DocumentFormat.MARKDOWN, "untidy.md");
    assertThat(r.diagnostics()).extracting(ImportDiagnostic::kind, d -> d.span().orElseThrow().startLine())
        .containsExactly(
            tuple(ImportDiagnostic.Kind.MISSING_TITLE, 1),
            tuple(ImportDiagnostic.Kind.SKIPPED_MARKUP, 3),
            tuple(ImportDiagnostic.Kind.UNPLACED_TEXT, 5),
            tuple(ImportDiagnostic.Kind.SKIPPED_MARKUP, 7));
    Plan plan = r.plan();
    assertThat(plan.title()).isEmpty();
    // the unnumbered heading and the link text are kept where they were found
    assertThat(plan.sections().get(0).introduction()).containsExactly("附件说明", "见链接。");
    Goal goal = plan.goals().findFirst().orElseThrow();
    assertThat(goal.name()).isEqualTo("组织建设");
    assertThat(goal.sourceNotes()).extracting(SourceNote::kind, SourceNote::detail).containsExactly(
        tuple(SourceNote.Kind.HEADING_MARKUP, "**…**"),
        tuple(SourceNote.Kind.OTHER, Assembler.NOTE_LEAD_IN_WITHOUT_FULL_STOP));
    assertThat(Fidelity.normalize(Fidelity.modelText(plan)))
        .isEqualTo(Fidelity.normalize(Fidelity.documentText(UNTIDY, DocumentFormat.MARKDOWN)));
  }

  @Test
  void strictReadingRefusesTheFirstDiagnostic() {
    PlanDocuments strict = PlanDocuments.builder().strict(true).build();
    assertThat(strict.strict()).isTrue();
    assertThatThrownBy(() -> strict.read(UNTIDY, DocumentFormat.MARKDOWN, "untidy.md"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("untidy.md:1:1")
        .hasMessageContaining("MISSING_TITLE");
    String titled = "# 某街道2024年工作计划\n\n" + UNTIDY;
    assertThatThrownBy(() -> strict.read(titled, DocumentFormat.MARKDOWN, "t.md"))
        .isInstanceOf(PlanFormatException.class)
        .satisfies(e -> assertThat(((PlanFormatException) e).line()).isEqualTo(5))
        .hasMessageContaining("SKIPPED_MARKUP");
  }

  @Test
  void columnsCountCodePointsAndOffsetsCountUtf16Units() throws PlanFormatException {
    String doc = "# 😀𠀀街道2024年工作计划\n\n## 一、😀加强\n\n**一是😀组织，𠀀建设。**😀完成3处阵地建设。\n";
    Plan plan = PlanDocuments.create().read(doc, DocumentFormat.MARKDOWN, "emoji.md").plan();
    Initiative i = plan.initiatives().findFirst().orElseThrow();
    SourceSpan span = i.sourceSpan().orElseThrow();
    assertThat(doc.substring(span.startOffset(), span.endOffset())).isEqualTo("😀完成3处阵地建设。");
    assertThat(span.startLine()).isEqualTo(5);
    // **一是😀组织，𠀀建设。** is 14 code points (16 UTF-16 units), so the initiative starts at column 15
    assertThat(span.startOffset() - doc.lastIndexOf('\n', span.startOffset()) - 1).isEqualTo(16);
    assertThat(span.startColumn()).isEqualTo(15);
    assertThat(span.endColumn()).isEqualTo(25);
    SourceSpan k = i.indicators().get(0).sourceSpan().orElseThrow();
    assertThat(doc.substring(k.startOffset(), k.endOffset())).isEqualTo("3处阵地建设");
    assertThat(plan.title()).isEqualTo("😀𠀀街道2024年工作计划");
  }

  @Test
  void oneReaderIsSharedAcrossThreads() throws Exception {
    PlanDocuments shared = PlanDocuments.create();
    String doc = OtherStylesTest.resource("district-targets.md");
    Plan expected = shared.read(doc, DocumentFormat.MARKDOWN, "d.md").plan();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Plan>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 16; t++) {
        results.add(pool.submit(() -> shared.read(doc, DocumentFormat.MARKDOWN, "d.md").plan()));
      }
      for (Future<Plan> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
