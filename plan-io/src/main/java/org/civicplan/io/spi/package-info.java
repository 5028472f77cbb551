/**
 * The service interface for document formats: a {@link org.civicplan.io.spi.DocumentReader}
 * turns one format's bytes into a {@link org.civicplan.io.spi.DocumentText} of {@link
 * org.civicplan.io.spi.TextBlock}s, and {@link org.civicplan.io.document.PlanDocuments} reads those
 * blocks with the same grammar, diagnostics and source spans as Markdown. Readers are found with
 * {@link java.util.ServiceLoader}; see {@code DocumentReader} for how to write one and what it
 * must guarantee (thread safety, limits, no XML external entities).
 *
 * <p>This package is the extension point in the sense of commonmark-java's extensions: small
 * value types and one interface, no implementation. Dependencies: {@code plan-model} (for the
 * span contract it documents) and {@link org.civicplan.io.PlanFormatException}.
 */
package org.civicplan.io.spi;
