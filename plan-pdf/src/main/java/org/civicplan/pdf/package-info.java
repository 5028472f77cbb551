/**
 * PDF with a text layer for {@link org.civicplan.io.document.PlanDocuments}: {@link
 * org.civicplan.pdf.PdfReader}, a {@link org.civicplan.io.spi.DocumentReader} service found
 * without code; add it by hand where service loading is off:
 *
 * <pre>{@code
 * PlanDocuments documents = PlanDocuments.builder().serviceLoader(false)
 *     .addReader(new PdfReader()).build();
 * }</pre>
 *
 * <p>Dependencies: {@code plan-io} and Apache PDFBox.
 */
package org.civicplan.pdf;
