package org.civicplan.io.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The extension point for document formats: a reader turns the bytes of one format (Word, a web
 * page, PDF, …) into a {@link DocumentText}, the format-free description of headings, paragraphs
 * and tables that {@link org.civicplan.io.document.PlanDocuments} then reads with the one shared
 * grammar (numbering 一、/（一）/一是, targets, mentions, broken-paragraph repair). A reader never
 * builds a plan itself; that is what keeps every format's plan, diagnostics and findings alike.
 *
 * <p>Readers are found with {@link java.util.ServiceLoader}: a jar that holds one lists it in
 * {@code META-INF/services/org.civicplan.io.spi.DocumentReader}, and adding the jar to the class
 * path is all an embedder does; {@code PlanDocuments.read(path)} picks the reader by the file's
 * extension. The CivicPlan modules {@code plan-docx} ({@code .docx}, {@code .doc}), {@code
 * plan-html} ({@code .html}, {@code .htm}) and {@code plan-pdf} ({@code .pdf}) are such jars.
 *
 * <pre>{@code
 * public final class OdtReader implements DocumentReader {
 *   public String formatName() { return "OpenDocument text"; }
 *   public List<String> extensions() { return List.of("odt"); }
 *   public List<String> mediaTypes() { return List.of("application/vnd.oasis.opendocument.text"); }
 *   public DocumentText read(InputStream in, ReadContext context) throws IOException {
 *     DocumentText.Builder doc = DocumentText.builder(LocationKind.PARAGRAPH);
 *     int paragraph = 0;
 *     for (String p : paragraphsOf(in)) {
 *       paragraph++;
 *       doc.add(TextBlock.paragraph().append(p, paragraph, 1).build());
 *     }
 *     return doc.build();
 *   }
 * }
 * }</pre>
 *
 * <p>An implementation must be thread-safe (one instance serves every read), must bound the memory
 * and time a hostile input can take ({@link ReadContext#maxInputBytes()} and limits of its own,
 * documented), must keep XML external entities and DTDs off, and reports content it cannot read
 * as a {@link org.civicplan.io.PlanFormatException} naming the place (page, paragraph), never as
 * an unchecked exception or an empty document.
 */
public interface DocumentReader {

  /** @return a short human name of the format, such as {@code Word (.docx)}, for messages */
  String formatName();

  /** @return the file extensions read, lower case, without the dot, such as {@code docx} */
  List<String> extensions();

  /**
   * @return the media types read; the first is recorded as the plan's {@link
   *     org.civicplan.model.SourceDocument#mediaType()}
   */
  List<String> mediaTypes();

  /**
   * Reads one document.
   *
   * @param in the document's bytes, at most {@link ReadContext#maxInputBytes()} of them (the
   *     caller enforces it); the reader does not close it
   * @param context the name of the document, the limits and options of this read
   * @return the blocks of the document, in reading order
   * @throws org.civicplan.io.PlanFormatException if the bytes are not a readable document of the
   *     format, exceed a limit, or hold no text (a scanned page); the message names the place
   * @throws IOException if reading fails
   */
  DocumentText read(InputStream in, ReadContext context) throws IOException;
}
