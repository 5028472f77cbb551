/**
 * Web pages for {@link org.civicplan.io.document.PlanDocuments}: {@link
 * org.civicplan.html.HtmlReader} reads the article of a government or news page, a {@link
 * org.civicplan.io.spi.DocumentReader} service found without code; add it by hand where service
 * loading is off:
 *
 * <pre>{@code
 * PlanDocuments documents = PlanDocuments.builder().serviceLoader(false)
 *     .addReader(new HtmlReader()).build();
 * }</pre>
 *
 * <p>Dependencies: {@code plan-io} and jsoup.
 */
package org.civicplan.html;
