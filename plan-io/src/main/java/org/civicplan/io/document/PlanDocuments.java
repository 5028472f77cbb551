package org.civicplan.io.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.json.PlanJson;
import org.civicplan.io.spi.DocumentReader;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.io.spi.ReadContext;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Plan;
import org.civicplan.model.SourceDocument;

/**
 * Reads work-plan documents (Markdown, plain text, and through {@link DocumentReader}s Word, web
 * pages and PDF) into the plan model: the one entry point for reading a plan from any supported
 * format, the canonical JSON form included.
 *
 * <p>The format comes from the file extension ({@code .md}, {@code .markdown}, {@code .txt},
 * {@code .json}, and the extensions of the {@link DocumentReader}s on the class path, found with
 * {@link ServiceLoader}: {@code .docx}/{@code .doc} with {@code plan-docx}, {@code .html}/{@code
 * .htm} with {@code plan-html}, {@code .pdf} with {@code plan-pdf}) or is given. A file of one of
 * those formats read without its module gets a {@link PlanFormatException} naming the artifact to
 * add. JSON is read by {@link PlanJson} (strict here means unknown
 * properties are rejected; the plan keeps the {@code source} its JSON records) and gives no
 * diagnostics. Text input (Markdown, plain text) is decoded in the {@linkplain
 * Builder#encoding(Charset) encoding given}, else detected: a byte-order mark (UTF-8, UTF-16)
 * decides, else the bytes are UTF-8 if they decode as UTF-8 without error, else GB18030 (which
 * covers GBK and GB2312, the encodings Windows tools in China save) if they decode as GB18030
 * without error and hold Chinese text; anything else is refused, never decoded into mojibake.
 * The plan's source records a charset other than UTF-8 in its media type ({@code text/plain;
 * charset=GB18030}). Levels come from the Chinese numbering
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
 * input and is refused above its limit, all set at once by {@link Builder#maxInputBytes(long)}:
 * by default {@value #DEFAULT_MAX_TEXT_BYTES} bytes of Markdown or plain text (characters when
 * the input is a {@code String} or a {@code Reader}), {@link PlanJson#DEFAULT_MAX_DOCUMENT_LENGTH}
 * of JSON, whose plans of 100,000 initiatives run past 100 MB, and {@value
 * #DEFAULT_MAX_INPUT_BYTES} bytes of a document read by a {@link DocumentReader} (a Word file or
 * a PDF is mostly pictures and packaging, not text), whose text, as the reader took it out, is
 * held to the Markdown limit (characters): a compressed file within its byte limit can hold far
 * more text than that, and the import after the reader is measured for the Markdown limit.
 *
 * <p><b>Memory.</b> The default limit of Markdown and plain text holds within a heap of
 * {@value #DEFAULT_LIMITS_HEAP_BYTES} bytes (2 GiB): reading, validating and writing back the
 * worst input measured at the limit (a single line of {@code [}, about 280 bytes of heap per
 * input byte while commonmark parses it; the other hostile shapes 20 to 210) ends without an
 * {@link OutOfMemoryError}. JSON needs about 6 to 8 bytes of heap per byte (a sentence-dense
 * plan). plan-bench's ReliabilityReport measures them per input shape (docs/reliability.md). A larger limit needs a
 * proportionally larger heap ({@code -Xmx}).
 */
public final class PlanDocuments {
  /**
   * The default limit on a document read by a {@link DocumentReader} (Word, PDF, web page): 64
   * MiB.
   */
  public static final long DEFAULT_MAX_INPUT_BYTES = 64L << 20;

  /**
   * The default limit on Markdown and plain-text input: 6 MiB (about two million Chinese
   * characters, a hundred times a long work plan), in bytes of a file or stream, in characters
   * of a {@code String} or {@code Reader}. Set so that the worst input at the limit is read
   * within {@link #DEFAULT_LIMITS_HEAP_BYTES}.
   */
  public static final long DEFAULT_MAX_TEXT_BYTES = 6L << 20;

  /**
   * The Java heap within which Markdown or plain text at {@link #DEFAULT_MAX_TEXT_BYTES} is
   * read, validated and written back, whatever its shape: 2 GiB.
   */
  public static final long DEFAULT_LIMITS_HEAP_BYTES = 2L << 30;

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
  private final long maxTextBytes;
  private final long maxJsonBytes;
  private final PlanJson json;
  private final Charset encoding;
  private final List<DocumentReader> readers;

  /**
   * The formats CivicPlan has a reader module for, by extension: what {@link #read(Path)} tells an
   * embedder to add when none is on the class path.
   */
  private static final Map<String, String> MODULES =
      Map.of(
          "docx", "org.civicplan:plan-docx",
          "doc", "org.civicplan:plan-docx",
          "html", "org.civicplan:plan-html",
          "htm", "org.civicplan:plan-html",
          "xhtml", "org.civicplan:plan-html",
          "pdf", "org.civicplan:plan-pdf");

  private PlanDocuments(Builder b) {
    this.encoding = b.encoding;
    List<DocumentReader> all = new ArrayList<>(b.readers);
    if (b.serviceLoader) {
      for (DocumentReader r : ServiceLoader.load(DocumentReader.class, PlanDocuments.class.getClassLoader())) {
        all.add(r);
      }
    }
    this.readers = List.copyOf(all);
    this.strict = b.strict;
    this.maxInputBytes = b.maxInputBytes;
    this.maxTextBytes = b.limitSet ? b.maxInputBytes : DEFAULT_MAX_TEXT_BYTES;
    this.maxJsonBytes = b.limitSet ? b.maxInputBytes : PlanJson.DEFAULT_MAX_DOCUMENT_LENGTH;
    this.json = PlanJson.builder().strict(b.strict).maxDocumentLength(maxJsonBytes).build();
  }

  private long limit(DocumentFormat format) {
    return format == DocumentFormat.JSON ? maxJsonBytes : maxTextBytes;
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
   * @return the largest document accepted from a {@link DocumentReader}, in bytes; Markdown,
   *     plain text and JSON have the same limit when one was set, else {@link #maxTextBytes()} and
   *     {@link PlanJson#DEFAULT_MAX_DOCUMENT_LENGTH}
   */
  public long maxInputBytes() {
    return maxInputBytes;
  }

  /**
   * @return the largest Markdown or plain-text input accepted, in bytes (UTF-16 code units for a
   *     {@code String} or {@code Reader}): {@link Builder#maxInputBytes(long)} when set, else
   *     {@link #DEFAULT_MAX_TEXT_BYTES}
   */
  public long maxTextBytes() {
    return maxTextBytes;
  }

  /** @return the encoding text input is decoded in, if one was given (else it is detected) */
  public Optional<Charset> encoding() {
    return Optional.ofNullable(encoding);
  }

  /**
   * @return the document readers this instance uses: those {@linkplain Builder#addReader added},
   *     then those found with {@link ServiceLoader}
   */
  public List<DocumentReader> readers() {
    return readers;
  }

  /**
   * @param fileName a file name such as {@code plan.docx}
   * @return the first reader of {@link #readers()} that reads its extension (case-insensitive)
   */
  public Optional<DocumentReader> readerFor(String fileName) {
    String ext = DocumentFormat.extensionOf(fileName);
    for (DocumentReader r : readers) {
      for (String e : r.extensions()) {
        if (e.toLowerCase(Locale.ROOT).equals(ext)) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Options of a {@link PlanDocuments}. Not thread-safe; the reader it builds is.
   */
  public static final class Builder {
    private boolean strict;
    private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
    private boolean limitSet;
    private Charset encoding;
    private final List<DocumentReader> readers = new ArrayList<>();
    private boolean serviceLoader = true;

    private Builder() {}

    /**
     * @param encoding the encoding of text input (Markdown, plain text; a web page that declares
     *     none), such as {@code Charset.forName("GBK")}; null (the default) to detect it
     * @return this builder
     */
    public Builder encoding(Charset encoding) {
      this.encoding = encoding;
      return this;
    }

    /**
     * Adds a document reader ahead of those found with {@link ServiceLoader}.
     *
     * @param reader the reader; thread-safe, as {@link DocumentReader} requires
     * @return this builder
     */
    public Builder addReader(DocumentReader reader) {
      readers.add(Objects.requireNonNull(reader, "reader"));
      return this;
    }

    /**
     * @param use false to use only the readers {@linkplain #addReader added}, not those on the
     *     class path (default true)
     * @return this builder
     */
    public Builder serviceLoader(boolean use) {
      this.serviceLoader = use;
      return this;
    }

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
     * Sets one limit for every input: Markdown, plain text, JSON and documents read by a {@link
     * DocumentReader}. A limit above the defaults needs a proportionally larger heap than {@link
     * #DEFAULT_LIMITS_HEAP_BYTES} (up to about 280 bytes per byte of Markdown).
     *
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
   * @param path a {@code .md}, {@code .markdown}, {@code .txt} or {@code .json} file, or a file
   *     of a {@link DocumentReader}'s extension ({@code .docx}, {@code .html}, {@code .pdf}, …)
   * @return the plan and the import diagnostics; the plan's source records the file name, media
   *     type and SHA-256 of its bytes
   * @throws PlanFormatException if the extension is unknown or its reader module missing (the
   *     message names the artifact to add), the file is too large, undecodable text, or not a plan
   * @throws IOException if the file cannot be read
   */
  public ImportResult read(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    Optional<DocumentFormat> known = DocumentFormat.fromFileName(name);
    if (known.isEmpty()) {
      String ext = DocumentFormat.extensionOf(name);
      DocumentReader reader =
          readerFor(name)
              .orElseThrow(() -> new PlanFormatException(unsupported(ext), path.toString(), 0, 0, null, null));
      long size = Files.size(path);
      if (size > maxInputBytes) {
        throw tooLarge(path.toString(), size, maxInputBytes);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return read(in, reader, path.toString());
      }
    }
    DocumentFormat format = known.get();
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
   * Reads an uploaded or streamed document, the format from its file name's extension as {@link
   * #read(Path)} chooses it: what a web service does with a multipart upload.
   *
   * <pre>{@code
   * ImportResult result = documents.read(upload.getInputStream(), upload.getOriginalFilename());
   * }</pre>
   *
   * @param in the bytes; not closed
   * @param fileName the document's file name, such as {@code plan.docx}; recorded as its source
   * @return the plan and the import diagnostics, as {@link #read(Path)} gives them
   * @throws PlanFormatException if the extension is unknown or its reader module missing (the
   *     message names the artifact to add), the input is too large, undecodable text, or not a
   *     plan
   * @throws IOException if reading fails
   */
  public ImportResult read(InputStream in, String fileName) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    Optional<DocumentFormat> known = DocumentFormat.fromFileName(fileName);
    if (known.isPresent()) {
      return read(in, known.get(), fileName);
    }
    String ext = DocumentFormat.extensionOf(fileName);
    DocumentReader reader =
        readerFor(fileName)
            .orElseThrow(() -> new PlanFormatException(unsupported(ext), fileName, 0, 0, null, null));
    return read(in, reader, fileName);
  }

  private String unsupported(String ext) {
    String dotted = ext.isEmpty() ? "" : "." + ext;
    String module = MODULES.get(ext);
    if (module != null) {
      return "读取 " + dotted + " 文件需要在类路径上加入 " + module + " (reading " + dotted
          + " files needs the module " + module + " on the class path; add the dependency "
          + module + " from the CivicPlan BOM); known extensions: " + known();
    }
    return "不支持的文件扩展名 (unsupported file extension) \"" + dotted + "\"; known extensions: " + known();
  }

  private String known() {
    StringBuilder all = new StringBuilder(DocumentFormat.known());
    for (DocumentReader r : readers) {
      for (String e : r.extensions()) {
        all.append(", .").append(e);
      }
    }
    return all.toString();
  }

  /**
   * Reads a document with a {@link DocumentReader}, such as one of {@link #readers()}.
   *
   * @param in the bytes; not closed
   * @param reader the reader of the document's format
   * @param sourceName the name to record and to put in messages, such as a file name
   * @return the plan and the import diagnostics, the reader's omissions among them; the plan's
   *     source records the reader's media type, the SHA-256 of the bytes and, for a paged document
   *     (PDF), where its pages start ({@link SourceDocument#pageStarts()}), and the document's
   *     metadata (title, publication date, 文号) are extensions {@value #METADATA_EXTENSION}{@code
   *     <key>} of the plan
   * @throws PlanFormatException if the input is too large, not a document of the format, or not
   *     a plan
   * @throws IOException if reading fails
   */
  public ImportResult read(InputStream in, DocumentReader reader, String sourceName) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(reader, "reader");
    byte[] bytes = readAll(in, maxInputBytes, sourceName);
    DocumentText document;
    try {
      document = reader.read(
          new ByteArrayInputStream(bytes), ReadContext.of(sourceName, maxInputBytes, maxTextBytes, encoding));
    } catch (PlanFormatException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // a format library's own exception (a corrupt zip, a damaged PDF): the person needs to know
      // which file and which format, never a stack trace
      throw new PlanFormatException(
          "无法作为 " + reader.formatName() + " 读取 (cannot read as " + reader.formatName() + "): "
              + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
          sourceName, 0, 0, null, e);
    }
    List<String> omitted = document.omitted();
    Map<String, String> metadata = document.metadata();
    List<Integer> pageStarts = document.pageStarts();
    String sha256 = sha256(bytes);
    bytes = null; // neither the bytes nor the reader's blocks are needed while the plan is assembled
    ReaderBlocks.Result located = ReaderBlocks.read(document);
    document = null;
    SourceText source = located.source();
    if (source.length() > maxTextBytes) {
      // A compressed Word file or PDF within its byte limit can hold far more text than the
      // Markdown limit: the text is held to that limit, which is what fits the documented heap.
      throw tooLarge(sourceName, source.length(), maxTextBytes, "characters of text in the document");
    }
    Diagnostics diagnostics = new Diagnostics(source);
    for (String note : omitted) {
      diagnostics.add(ImportDiagnostic.Kind.SKIPPED_MARKUP, note, 0, 0);
    }
    String mediaType = reader.mediaTypes().isEmpty() ? "application/octet-stream" : reader.mediaTypes().get(0);
    return finish(source, located.blocks(), diagnostics, sourceName, mediaType, sha256, metadata, pageStarts);
  }

  /** The prefix of the plan extensions that hold a document's metadata, such as its title. */
  public static final String METADATA_EXTENSION = "org.civicplan.io:meta:";

  private static byte[] readAll(InputStream in, long limit, String sourceName) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[1 << 16];
    long total = 0;
    for (int r; (r = in.read(chunk)) != -1; ) {
      total += r;
      if (total > limit) {
        throw tooLarge(sourceName, total, limit);
      }
      buffer.write(chunk, 0, r);
    }
    return buffer.toByteArray();
  }

  /**
   * Reads a document from bytes, decoded as the class description says (the encoding given, else
   * detected).
   *
   * @param in the bytes; not closed
   * @param format the format
   * @param sourceName the name to record and to put in messages, such as a file name
   * @return the plan and the import diagnostics; the plan's source records the SHA-256 of the bytes
   * @throws PlanFormatException if the input is too large, undecodable text, or not a plan
   * @throws IOException if reading fails
   */
  public ImportResult read(InputStream in, DocumentFormat format, String sourceName) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    byte[] bytes = readAll(in, limit(format), sourceName);
    Decoded text = format == DocumentFormat.JSON
        ? new Decoded(decodeUtf8(bytes, sourceName), StandardCharsets.UTF_8)
        : decode(bytes, sourceName);
    return read(text.text, format, sourceName, sha256(bytes), text.charset);
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
        throw tooLarge(sourceName, sb.length() + (long) r, limit(format), "characters");
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
    return read(text, format, sourceName, null, null);
  }

  private ImportResult read(String text, DocumentFormat format, String sourceName, String sha256, Charset charset)
      throws PlanFormatException {
    Objects.requireNonNull(format, "format");
    if (text.length() > limit(format)) {
      throw tooLarge(sourceName, text.length(), limit(format), "characters");
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
    String mediaType = format.mediaType()
        + (charset == null || charset.equals(StandardCharsets.UTF_8) ? "" : "; charset=" + charset.name());
    return finish(source, blocks, diagnostics, sourceName, mediaType, sha256, Map.of(), List.of());
  }

  private ImportResult finish(
      SourceText source, List<Block> blocks, Diagnostics diagnostics, String sourceName,
      String mediaType, String sha256, Map<String, String> metadata, List<Integer> pageStarts)
      throws PlanFormatException {
    Plan.Builder plan = new Assembler(source, blocks, diagnostics, sourceName).assemble();
    for (Map.Entry<String, String> m : metadata.entrySet()) {
      plan.putExtension(METADATA_EXTENSION + m.getKey(), ExtensionValue.string(m.getValue()));
    }
    String number = metadata.get(org.civicplan.io.spi.DocumentText.DOCUMENT_NUMBER);
    if (number != null) {
      plan.documentNumber(number); // a reader's red header (a PDF's 文号 by type and place) is the document's
    }
    SourceDocument.Builder doc =
        SourceDocument.builder().name(sourceName == null ? "<input>" : sourceName).mediaType(mediaType)
            .addAllPageStarts(pageStarts);
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
    return tooLarge(sourceName, size, maxInputBytes, "bytes");
  }

  private static PlanFormatException tooLarge(String sourceName, long size, long limit, String unit) {
    return new PlanFormatException(
        "输入过大 (input too large): more than " + limit + " " + unit + " (read " + size + "); split the"
            + " document, or raise PlanDocuments.Builder.maxInputBytes with a proportionally larger heap",
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

  private record Decoded(String text, Charset charset) {}

  /** The encodings detected without being named: GB18030 is a superset of GBK and GB2312. */
  private static final Charset GB18030 = Charset.forName("GB18030");

  private Decoded decode(byte[] bytes, String sourceName) throws PlanFormatException {
    if (encoding != null) {
      return new Decoded(decodeStrict(bytes, encoding, sourceName), encoding);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Decoded(decodeStrict(bytes, StandardCharsets.UTF_16LE, sourceName).substring(1), StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Decoded(decodeStrict(bytes, StandardCharsets.UTF_16BE, sourceName).substring(1), StandardCharsets.UTF_16BE);
    }
    try {
      return new Decoded(decodeUtf8(bytes, sourceName), StandardCharsets.UTF_8);
    } catch (PlanFormatException notUtf8) {
      String gb = mostlyUtf8(bytes) ? null : decodeOrNull(bytes, GB18030);
      if (gb != null && holdsHan(gb)) {
        return new Decoded(gb, GB18030);
      }
      throw new PlanFormatException(
          notUtf8.problem() + "; nor GB18030/GBK Chinese text; name the encoding (--encoding)",
          sourceName, notUtf8.line(), notUtf8.column(), null, null);
    }
  }

  /**
   * Whether bytes that failed to decode as UTF-8 are still mostly UTF-8 (a damaged UTF-8 file):
   * more than four well-formed multi-byte sequences per malformed one. GBK/GB18030 Chinese read
   * as UTF-8 is malformed at nearly every character, so this tells the two apart; decoding a
   * damaged UTF-8 file as GB18030 would give mojibake.
   */
  private static boolean mostlyUtf8(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.UTF_8); // malformed input becomes U+FFFD
    long bad = 0;
    long multi = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\uFFFD') {
        bad++;
      } else if (c >= 0x80 && !Character.isLowSurrogate(c)) {
        multi++;
      }
    }
    return multi > 4 * bad;
  }

  private static boolean holdsHan(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
        return true;
      }
    }
    return false;
  }

  private static String decodeOrNull(byte[] bytes, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
  }

  private static String decodeStrict(byte[] bytes, Charset charset, String sourceName) throws PlanFormatException {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return decodeUtf8(bytes, sourceName);
    }
    CharsetDecoder decoder =
        charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, (long) bytes.length * 2 + 2));
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      int at = in.position();
      throw new PlanFormatException(
          "不是 " + charset.name() + " 文本：第 " + at + " 字节无效 (not " + charset.name()
              + " text: invalid byte 0x" + String.format("%02X", bytes[at] & 0xFF) + " at byte offset " + at + ")",
          sourceName, 0, 0, null, null);
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  private static String decodeUtf8(byte[] bytes, String sourceName) throws PlanFormatException {
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
