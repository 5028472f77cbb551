/**
 * PDF with a text layer for {@code org.civicplan.io}: {@link org.civicplan.pdf.PdfReader}, found by
 * {@code PlanDocuments} as a {@link org.civicplan.io.spi.DocumentReader} service.
 *
 * <p>Nothing to {@code requires}: a module that reads {@code org.civicplan.io} gets this one by
 * service binding when its jar is on the module path.
 *
 * <pre>{@code
 * java --module-path libs -m com.example.district/com.example.district.Main plan.pdf
 * }</pre>
 *
 * <p>Apache PDFBox 3 ships no module descriptor: it is the automatic module {@code
 * org.apache.pdfbox} (its manifest's Automatic-Module-Name), with {@code org.apache.pdfbox.io} and
 * {@code org.apache.fontbox}. An automatic module cannot say what it needs, so this module requires
 * PDFBox's logging library for it.
 */
@SuppressWarnings("requires-automatic")
module org.civicplan.pdf {
  requires transitive org.civicplan.io;
  requires org.apache.pdfbox;
  // Not used here: PDFBox logs through commons-logging, an explicit module that nothing else
  // would resolve (without it PDFBox fails with NoClassDefFoundError: LogFactory).
  requires org.apache.commons.logging;

  exports org.civicplan.pdf;

  provides org.civicplan.io.spi.DocumentReader with org.civicplan.pdf.PdfReader;
}
