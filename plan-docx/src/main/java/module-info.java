/**
 * Word documents for {@code org.civicplan.io}: {@code .docx}/{@code .docm} ({@link
 * org.civicplan.docx.DocxReader}) and {@code .doc} ({@link org.civicplan.docx.DocReader}), found by
 * {@code PlanDocuments} as {@link org.civicplan.io.spi.DocumentReader} services.
 *
 * <p>Nothing to {@code requires}: a module that reads {@code org.civicplan.io} gets this one by
 * service binding when its jar is on the module path.
 *
 * <pre>{@code
 * java --module-path libs -m com.example.district/com.example.district.Main plan.docx
 * }</pre>
 */
module org.civicplan.docx {
  requires transitive org.civicplan.io;
  requires java.xml;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.scratchpad;

  exports org.civicplan.docx;

  provides org.civicplan.io.spi.DocumentReader with
      org.civicplan.docx.DocxReader,
      org.civicplan.docx.DocReader;
}
