package org.civicplan.io.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.json.PlanJson;
import org.civicplan.model.Plan;
import org.civicplan.model.SourceDocument;

/**
 * Reads work-plan documents (Markdown, plain text) into the plan model: the one entry point for
 * reading a plan from any supported format, the canonical JSON form included.
 *
 * <p>The format comes from the file extension ({@code .md}, {@code .markdown}, {@code .txt},
 * {@code .json}) or is given. JSON is read by {@link PlanJson} (strict here means unknown
 * properties are rejected; the plan keeps the {@code source} its JSON records) and gives no
 * diagnostics. Input is UTF-8; a byte-order mark is skipped. Levels come from the Chinese numbering
 * ({@code 一、} → section, the next level such as {@code （一）} or {@code 一是} → goal), not from the
 * Markdown heading depth. Paragraphs broken in mid-sentence are joined and the repair is reported.
 *
 * <pre>{@code
 * PlanDocuments documents = PlanDocuments.create();                 // lenient
 * ImportResult result = documents.read(Path.of("jiangsu-road-2024.md"));
 * Plan plan = result.plan();
 * result.diagnostics().forEach(System.err::println);
 *
 * PlanDocuments strict = PlanDocuments.builder().strict(true).maxInputBytes(1 << 20).build();
 * strict.read(text, DocumentFormat.TEXT, "plan.txt");              // PlanFormatException on any repair
 * }</pre>
 *
 * <p><b>Lenient</b> reading (the default) repairs what it can and keeps text that fits nowhere as a
 * paragraph where it was found, reporting each as an {@link ImportDiagnostic}. <b>Strict</b>
 * reading throws a {@link PlanFormatException} at the first such diagnostic instead.
 *
 * <p>Immutable and thread-safe: build once and share. Each read is linear in the size of the
 * input and is refused above {@link Builder#maxInputBytes(long)}: by default {@value
 * #DEFAULT_MAX_INPUT_BYTES} bytes for a document and {@link PlanJson#DEFAULT_MAX_DOCUMENT_LENGTH}
 * for JSON, whose plans of 100,000 initiatives run past 100 MB.
 */
public final class PlanDocuments {
  /** The default limit on input size: 64 MiB. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 64L << 20;

  /**
   * Extension key prefix under which a table column the importer does not know is kept, followed
   * by the column's header ({@code org.civicplan.io:column:备注}); {@link
   * org.civicplan.io.markdown.PlanMarkdown} writes such columns back.
   */
  public static final String COLUMN_EXTENSION_PREFIX = Assembler.COLUMN_EXTENSION;

  /** Extension key of a deadline cell that is not a date ({@code 长期坚持}), kept as text. */
  public static final String DUE_EXTENSION = Assembler.DUE_EXTENSION;

  private final boolean strict;
  private final long maxInputBytes;
  private final long maxJsonBytes;
  private final PlanJson json;

  private PlanDocuments(Builder b) {
    this.strict = b.strict;
    this.maxInputBytes = b.maxInputBytes;
    this.maxJsonBytes = b.limitSet ? b.maxInputBytes : PlanJson.DEFAULT_MAX_DOCUMENT_LENGTH;
    this.json = PlanJson.builder().strict(b.strict).maxDocumentLength(maxJsonBytes).build();
  }

  private long limit(DocumentFormat format) {
    return format == DocumentFormat.JSON ? maxJsonBytes : maxInputBytes;
  }

  /** @return a lenient reader with the default limits */
  public static PlanDocuments create() {
    return builder().build();
  }

  /** @return a builder of readers with options */
  public static Builder builder() {
    return new Builder();
  }

  /** @return whether this reader is strict */
  public boolean strict() {
    return strict;
  }

  /**
   * @return the largest document accepted, in bytes (UTF-16 code units for text input); JSON
   *     input has the same limit when one was set, else {@link PlanJson#DEFAULT_MAX_DOCUMENT_LENGTH}
   */
  public long maxInputBytes() {
    return maxInputBytes;
  }

  /**
   * Options of a {@link PlanDocuments}. Not thread-safe; the reader it builds is.
   */
  public static final class Builder {
    private boolean strict;
    private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
    private boolean limitSet;

    private Builder() {}

    /**
     * @param strict true to turn every repair and every piece of unplaced text into a {@link
     *     PlanFormatException}; false (the default) to repair, keep and report
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * @param maxInputBytes the largest input to accept, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the limit is below 1
     */
    public Builder maxInputBytes(long maxInputBytes) {
      if (maxInputBytes < 1) {
        throw new IllegalArgumentException("maxInputBytes must be at least 1, got " + maxInputBytes);
      }
      this.maxInputBytes = maxInputBytes;
      this.limitSet = true;
      return this;
    }

    /** @return the reader */
    public PlanDocuments build() {
      return new PlanDocuments(this);
    }
  }

  /**
   * Reads a document file, the format from its extension.
   *
   * @param path a {@code .md}, {@code .markdown} or {@code .txt} file
   * @return the plan and the import diagnostics; the plan's source records the file name, media
   *     type and SHA-256 of its bytes
   * @throws PlanFormatException if the extension is unknown, the file is too large, not UTF-8
   *     text, or not a plan
   * @throws IOException if the file cannot be read
   */
  public ImportResult read(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    DocumentFormat format =
        DocumentFormat.fromFileName(name)
            .orElseThrow(
                () ->
                    new PlanFormatException(
                        "不支持的文件扩展名 (unsupported file extension) \""
                            + (DocumentFormat.extensionOf(name).isEmpty() ? "" : "." + DocumentFormat.extensionOf(name))
                            + "\"; known extensions: " + DocumentFormat.known(),
                        path.toString(), 0, 0, null, null));
    long size = Files.size(path);
    if (size > limit(format)) {
      throw tooLarge(path.toString(), size, limit(format));
    }
    if (format == DocumentFormat.JSON) {
      PlanJson.Located located = json.readLocated(Files.readAllBytes(path), path.toString());
      return new ImportResult(located.plan(), List.of(), located.locations());
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, format, path.toString());
    }
  }

  /**
   * Reads a document from bytes in UTF-8.
   *
   * @param in the bytes; not closed
   * @param format the format
   * @param sourceName the name to record and to put in messages, such as a file name
   * @return the plan and the import diagnostics; the plan's source records the SHA-256 of the bytes
   * @throws PlanFormatException if the input is too large, not UTF-8 text, or not a plan
   * @throws IOException if reading fails
   */
  public ImportResult read(InputStream in, DocumentFormat format, String sourceName) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[1 << 16];
    long total = 0;
    for (int r; (r = in.read(chunk)) != -1; ) {
      total += r;
      if (total > limit(format)) {
        throw tooLarge(sourceName, total, limit(format));
      }
      buffer.write(chunk, 0, r);
    }
    byte[] bytes = buffer.toByteArray();
    String text = decode(bytes, sourceName);
    return read(text, format, sourceName, sha256(bytes));
  }

  /**
   * Reads a document from characters.
   *
   * @param reader the characters; not closed
   * @param format the format
   * @param sourceName the name to record and to put in messages
   * @return the plan and the import diagnostics
   * @throws PlanFormatException if the input is too large, holds binary content, or is not a plan
   * @throws IOException if reading fails
   */
  public ImportResult read(Reader reader, DocumentFormat format, String sourceName) throws IOException {
    Objects.requireNonNull(reader, "reader");
    StringBuilder sb = new StringBuilder();
    char[] chunk = new char[1 << 14];
    for (int r; (r = reader.read(chunk)) != -1; ) {
      if (sb.length() + (long) r > limit(format)) {
        throw tooLarge(sourceName, sb.length() + (long) r, limit(format));
      }
      sb.append(chunk, 0, r);
    }
    return read(sb.toString(), format, sourceName);
  }

  /**
   * Reads a document from a string.
   *
   * @param text the document; a leading U+FEFF is skipped
   * @param format the format
   * @param sourceName the name to record and to put in messages, or null
   * @return the plan and the import diagnostics
   * @throws PlanFormatException if the text is too large, holds binary content, or is not a plan
   */
  public ImportResult read(String text, DocumentFormat format, String sourceName) throws PlanFormatException {
    Objects.requireNonNull(text, "text");
    return read(text, format, sourceName, null);
  }

  private ImportResult read(String text, DocumentFormat format, String sourceName, String sha256)
      throws PlanFormatException {
    Objects.requireNonNull(format, "format");
    if (text.length() > limit(format)) {
      throw tooLarge(sourceName, text.length(), limit(format));
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (format == DocumentFormat.JSON) {
      if (java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(text)) {
        PlanJson.Located located =
            json.readLocated(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), sourceName);
        return new ImportResult(located.plan(), List.of(), located.locations());
      }
      return new ImportResult(readJson(text, sourceName), List.of());
    }
    SourceText source = new SourceText(text);
    checkText(source, sourceName);
    Diagnostics diagnostics = new Diagnostics(source);
    List<Block> blocks;
    try {
      blocks =
          switch (format) {
            case MARKDOWN -> MarkdownBlocks.read(source, diagnostics);
            case TEXT -> TextBlocks.read(source);
            case JSON -> throw new IllegalStateException("JSON is read before this point");
          };
    } catch (IllegalArgumentException e) {
      // commonmark-java gives up on a table of more than a million cells with this exception.
      throw new PlanFormatException(
          "文档超出 Markdown 解析器的限制 (beyond the Markdown parser's limits): " + e.getMessage()
              + "; split the table or the document",
          sourceName, 0, 0, null, e);
    }
    Plan.Builder plan = new Assembler(source, blocks, diagnostics, sourceName).assemble();
    SourceDocument.Builder doc =
        SourceDocument.builder().name(sourceName == null ? "<input>" : sourceName).mediaType(format.mediaType());
    if (sha256 != null) {
      doc.sha256(sha256);
    }
    plan.source(doc.build());
    List<ImportDiagnostic> found = diagnostics.sorted();
    if (strict && !found.isEmpty()) {
      ImportDiagnostic first = found.get(0);
      int line = first.span().map(s -> s.startLine()).orElse(0);
      int column = first.span().map(s -> s.startColumn()).orElse(0);
      throw new PlanFormatException(
          "严格模式不接受 (strict reading refuses) " + first.kind() + ": " + first.message(),
          sourceName, line, column, null, null);
    }
    try {
      return new ImportResult(plan.build(), found);
    } catch (IllegalArgumentException e) {
      // the model refused what was read (it checks ids, dates, spans): report it, never throw unchecked
      throw new PlanFormatException(
          "读出的计划不成立 (the plan read is not valid): " + e.getMessage(), sourceName, 0, 0, null, e);
    }
  }

  /** Reads JSON text; its errors name the source, as the other formats' do. */
  private Plan readJson(String text, String sourceName) throws PlanFormatException {
    try {
      return json.read(text);
    } catch (PlanFormatException e) {
      throw new PlanFormatException(
          e.problem(), sourceName, e.line(), e.column(), e.pointer().orElse(null), e);
    }
  }

  private static PlanFormatException tooLarge(String sourceName, long size, long maxInputBytes) {
    return new PlanFormatException(
        "输入过大 (input too large): more than " + maxInputBytes + " bytes (read " + size + ")",
        sourceName, 0, 0, null, null);
  }

  /** Rejects NUL and other control characters that only binary files hold. */
  private static void checkText(SourceText source, String sourceName) throws PlanFormatException {
    String t = source.text;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B) {
        throw new PlanFormatException(
            String.format("不是文本：含有控制字符 U+%04X (binary content: control character U+%04X)", (int) c, (int) c),
            sourceName, source.line(i), source.column(i), null, null);
      }
    }
  }

  private static String decode(byte[] bytes, String sourceName) throws PlanFormatException {
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      int at = in.position();
      int line = 1;
      int lineStart = skip;
      for (int i = skip; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new PlanFormatException(
          "不是 UTF-8 文本：第 " + at + " 字节无效 (not UTF-8 text: invalid byte 0x"
              + String.format("%02X", bytes[at] & 0xFF) + " at byte offset " + at + ")",
          sourceName, line, at - lineStart + 1, null, null);
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

}
