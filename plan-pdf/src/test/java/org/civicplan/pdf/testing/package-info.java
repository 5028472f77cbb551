/**
 * Test support of plan-pdf, published in its test-jar: {@link
 * org.civicplan.pdf.testing.GeneratedPdf} typesets generated plans as PDFs with an embedded
 * Chinese font, for the property tests and plan-bench's PDF benchmark.
 *
 * <pre>{@code
 * byte[] pdf = GeneratedPdf.a4().paragraph("", "完成9处精品小区建设。").save();
 * }</pre>
 */
package org.civicplan.pdf.testing;
