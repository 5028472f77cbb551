/**
 * Word documents for {@link org.civicplan.io.document.PlanDocuments}: {@link
 * org.civicplan.docx.DocxReader} ({@code .docx}, {@code .docm}) and {@link
 * org.civicplan.docx.DocReader} ({@code .doc}). Both are {@link org.civicplan.io.spi.DocumentReader}
 * services, found without code; add one by hand where service loading is off:
 *
 * <pre>{@code
 * PlanDocuments documents = PlanDocuments.builder().serviceLoader(false)
 *     .addReader(new DocxReader()).build();
 * }</pre>
 *
 * <p>Dependencies: {@code plan-io} and Apache POI.
 */
package org.civicplan.docx;
