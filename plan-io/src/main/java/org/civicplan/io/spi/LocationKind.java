package org.civicplan.io.spi;

/**
 * What the line of a {@link org.civicplan.model.SourceSpan} counts in a document of some format:
 * every format keeps SourceSpan's contract (1-based lines, columns in code points, offsets into
 * the document's text), and this says what “line” and “column” are.
 *
 * <pre>{@code
 * DocumentText.builder(LocationKind.PARAGRAPH);  // a Word document: line 27 is the 27th paragraph
 * }</pre>
 */
public enum LocationKind {
  /**
   * Lines of a text file (Markdown, plain text) and of an HTML page's source: line and column as
   * an editor shows them.
   */
  LINE,
  /**
   * Paragraphs of a word-processor document (.docx, .doc): the line is the 1-based paragraph
   * number in reading order (body paragraphs and table-cell paragraphs counted alike, headers,
   * footers and comments not), the column the 1-based character in the paragraph as Word shows
   * it, its automatic numbering label included.
   */
  PARAGRAPH,
  /**
   * Text lines of a laid-out document (PDF): the line is counted from the document's first text
   * line across pages; {@link DocumentText#pageOfLine(int)} tells the page and {@link
   * DocumentText#lineOnPage(int)} the line on it, as a person counts them on paper.
   */
  PAGE_LINE
}
