package org.civicplan.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.civicplan.model.ElementKind;
import org.civicplan.model.SourceDocument;
import org.civicplan.model.SourceSpan;

/**
 * One thing a rule found in a plan: which rule, how serious, what (in Chinese and English), where
 * in the model (element id and JSON Pointer) and in the source document (span), and how to fix
 * it where the rule knows.
 *
 * <pre>{@code
 * for (Finding f : report.findings()) {
 *   System.out.println(f.severity().label() + " [" + f.ruleId() + "] "
 *       + f.message(Language.ZH) + " @ " + f.pointer()
 *       + f.span().map(s -> " line " + s.startLine()).orElse(""));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe. Findings are created by the {@link Validator} through a {@link
 * RuleContext}.
 */
public final class Finding {
  private final String ruleId;
  private final Severity severity;
  private final String messageZh;
  private final String messageEn;
  private final String elementId;
  private final ElementKind elementKind;
  private final String pointer;
  private final SourceSpan span;
  private final String fixZh;
  private final String fixEn;
  final int documentOrder;
  final int sequence;
  private final String originalDocument;
  private final SourceSpan originalSpan;
  private final int page; // 0: the span is not on a page
  private final int lineOnPage;
  private final int originalPage;
  private final int originalLineOnPage;

  Finding(
      String ruleId,
      Severity severity,
      String messageZh,
      String messageEn,
      String elementId,
      ElementKind elementKind,
      String pointer,
      SourceSpan span,
      String fixZh,
      String fixEn,
      int documentOrder,
      int sequence) {
    this(ruleId, severity, messageZh, messageEn, elementId, elementKind, pointer, span, fixZh,
        fixEn, documentOrder, sequence, null, null, 0, 0, 0, 0);
  }

  private Finding(
      String ruleId,
      Severity severity,
      String messageZh,
      String messageEn,
      String elementId,
      ElementKind elementKind,
      String pointer,
      SourceSpan span,
      String fixZh,
      String fixEn,
      int documentOrder,
      int sequence,
      String originalDocument,
      SourceSpan originalSpan,
      int page,
      int lineOnPage,
      int originalPage,
      int originalLineOnPage) {
    this.page = page;
    this.lineOnPage = lineOnPage;
    this.originalPage = originalPage;
    this.originalLineOnPage = originalLineOnPage;
    this.originalDocument = originalDocument;
    this.originalSpan = originalSpan;
    this.ruleId = ruleId;
    this.severity = severity;
    this.messageZh = messageZh;
    this.messageEn = messageEn;
    this.elementId = elementId;
    this.elementKind = elementKind;
    this.pointer = pointer;
    this.span = span;
    this.fixZh = fixZh;
    this.fixEn = fixEn;
    this.documentOrder = documentOrder;
    this.sequence = sequence;
  }

  /** @return the id of the rule that reported it, such as {@code structure/numbering-gap} */
  public String ruleId() {
    return ruleId;
  }

  /** @return the severity, after configuration */
  public Severity severity() {
    return severity;
  }

  /**
   * @param language the language
   * @return the message with its values filled in
   */
  public String message(Language language) {
    return language == Language.ZH ? messageZh : messageEn;
  }

  /** @return the id of the element the finding is about */
  public String elementId() {
    return elementId;
  }

  /** @return the kind of element the finding is about */
  public ElementKind elementKind() {
    return elementKind;
  }

  /** @return the element's JSON Pointer in the plan, such as {@code /sections/2}; "" for the plan */
  public String pointer() {
    return pointer;
  }

  /**
   * Where in the file that was validated ({@link PlanResult#source()}): for a plan read from a
   * document, the span in it; for a JSON plan, where the element's object starts in the JSON
   * (if the reader recorded it).
   *
   * @return the span in the validated file, if known
   */
  public Optional<SourceSpan> span() {
    return Optional.ofNullable(span);
  }

  /**
   * The document the plan was imported from, when that is not the file validated: a JSON plan
   * converted from Markdown keeps the Markdown's spans, which are reported here and never as the
   * JSON file's {@link #span()}.
   *
   * @return the original document's name, if the finding has a place in it
   */
  public Optional<String> originalDocument() {
    return Optional.ofNullable(originalDocument);
  }

  /** @return where in {@link #originalDocument()}, if the finding has a place in it */
  public Optional<SourceSpan> originalSpan() {
    return Optional.ofNullable(originalSpan);
  }

  /**
   * For a finding in a laid-out document (PDF), whose span's lines count text lines across its
   * pages ({@link SourceDocument#pageStarts()}): the page the span starts on, as a person finds it
   * on paper.
   *
   * @return the 1-based page, if the validated file has pages and the finding a span in it
   */
  public OptionalInt page() {
    return page == 0 ? OptionalInt.empty() : OptionalInt.of(page);
  }

  /** @return the 1-based line on {@link #page()} the span starts at, if it has a page */
  public OptionalInt lineOnPage() {
    return page == 0 ? OptionalInt.empty() : OptionalInt.of(lineOnPage);
  }

  /** @return the page of {@link #originalSpan()} when the original document has pages (a PDF) */
  public OptionalInt originalPage() {
    return originalPage == 0 ? OptionalInt.empty() : OptionalInt.of(originalPage);
  }

  /** @return the line on {@link #originalPage()} the original span starts at, if it has a page */
  public OptionalInt originalLineOnPage() {
    return originalPage == 0 ? OptionalInt.empty() : OptionalInt.of(originalLineOnPage);
  }

  /** This finding with the pages a report states for it (0: none), as {@link ReportReader} reads them. */
  Finding withPages(int page, int lineOnPage, int originalPage, int originalLineOnPage) {
    return new Finding(ruleId, severity, messageZh, messageEn, elementId, elementKind, pointer, span,
        fixZh, fixEn, documentOrder, sequence, originalDocument, originalSpan,
        page, lineOnPage, originalPage, originalLineOnPage);
  }

  /** This finding in the document it was read from, its span's page taken from the document's pages. */
  Finding onPages(SourceDocument document) {
    if (span == null || document.pageStarts().isEmpty()) {
      return this;
    }
    return new Finding(ruleId, severity, messageZh, messageEn, elementId, elementKind, pointer, span,
        fixZh, fixEn, documentOrder, sequence, originalDocument, originalSpan,
        document.pageOf(span.startLine()), document.lineOnPage(span.startLine()), originalPage, originalLineOnPage);
  }

  /**
   * This finding placed in another file: {@code span} there, its own span kept as the original,
   * whose page (if {@code original} has pages) is kept too.
   */
  Finding relocated(SourceSpan span, SourceDocument original) {
    boolean kept = this.span != null && original != null;
    boolean paged = kept && !original.pageStarts().isEmpty();
    return new Finding(ruleId, severity, messageZh, messageEn, elementId, elementKind, pointer, span,
        fixZh, fixEn, documentOrder, sequence, kept ? original.name() : null,
        kept ? this.span : null, 0, 0,
        paged ? original.pageOf(this.span.startLine()) : 0, paged ? original.lineOnPage(this.span.startLine()) : 0);
  }

  /**
   * @param language the language
   * @return how to fix it, if the rule knows
   */
  public Optional<String> fixHint(Language language) {
    return Optional.ofNullable(language == Language.ZH ? fixZh : fixEn);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f
        && ruleId.equals(f.ruleId)
        && severity == f.severity
        && messageZh.equals(f.messageZh)
        && messageEn.equals(f.messageEn)
        && elementId.equals(f.elementId)
        && pointer.equals(f.pointer)
        && Objects.equals(span, f.span)
        && Objects.equals(originalDocument, f.originalDocument)
        && Objects.equals(originalSpan, f.originalSpan)
        && page == f.page
        && lineOnPage == f.lineOnPage
        && originalPage == f.originalPage
        && originalLineOnPage == f.originalLineOnPage
        && Objects.equals(fixZh, f.fixZh)
        && Objects.equals(fixEn, f.fixEn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, messageEn, elementId, pointer, span);
  }

  @Override
  public String toString() {
    return severity.label()
        + " ["
        + ruleId
        + "] "
        + elementId
        + (span == null ? "" : " " + span)
        + ": "
        + messageEn;
  }
}
