package org.civicplan.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.Module;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.civicplan.io.PlanFormatException;
import org.civicplan.model.Plan;
import org.civicplan.model.SourceSpan;

/**
 * The one entry point for the canonical JSON form of a {@link Plan}: read it from and write it
 * to strings, readers and writers, streams and files, always in UTF-8.
 *
 * <pre>{@code
 * PlanJson json = PlanJson.create();                       // lenient, pretty, default limits
 * String text = json.write(plan);                          // canonical: same plan, same bytes
 * Plan back = json.read(text);                             // back.equals(plan)
 *
 * PlanJson strictCompact = PlanJson.builder().strict(true).pretty(false).build();
 * try {
 *   Plan p = strictCompact.read(Path.of("plan.json"));
 * } catch (PlanFormatException e) {
 *   // plan.json:12:7: at /sections/1/goals/0/title: expected a string, found a number
 * }
 *
 * ObjectMapper mapper = new ObjectMapper().registerModule(PlanJson.module());
 * Plan viaMapper = mapper.readValue(text, Plan.class);    // same format through Jackson
 * }</pre>
 *
 * <h2>The format</h2>
 *
 * A JSON object whose first property is {@code "formatVersion": "1.1"}, followed by the plan's
 * properties in a fixed order ({@code id, title, organization, period, planKind, language,
 * preamble, targets, vision, mission, values, status, version, documentNumber, adoptedOn, source,
 * sections, units, sourceSpan, sourceNotes, extensions}); sections hold their own indicators and
 * goals, goals their own indicators and initiatives, initiatives indicators, each with its {@code
 * id} first. Enum values are lowerCamelCase ({@code "atLeast"}),
 * dates ISO-8601 {@code yyyy-MM-dd}, every decimal an exact JSON number. Absent values and empty
 * lists are left out, never written as null. See {@code docs/json-format.md} and the JSON Schema
 * ({@link #schema()}).
 *
 * <h2>Reading</h2>
 *
 * Any {@code 1.x} format version is read (1.0 files, which have no targets, document number or
 * section and goal indicators, read as before); other major versions are rejected. Unknown properties
 * are kept in their element's {@code extensions} (lenient, the default) or rejected ({@link
 * Builder#strict(boolean) strict}). Bad content gives a {@link PlanFormatException} with line,
 * column, JSON Pointer and what was expected; a failed read of the underlying file or stream gives
 * a plain {@link IOException}. Explicit limits guard every read (see {@link Builder}).
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class PlanJson {

  /** The format version this class writes; it reads every {@code 1.x}. */
  public static final String FORMAT_VERSION = "1.1";

  /**
   * The class-path name of the JSON Schema (draft 2020-12) of the format, for {@link
   * ClassLoader#getResource(String)}.
   */
  public static final String SCHEMA_RESOURCE = "org/civicplan/io/json/plan-1.1.schema.json";

  /**
   * Default largest document: 256 MiB (characters for text input, bytes for byte input), room for
   * a plan of well over 100,000 initiatives (about 100 MB).
   */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

  /**
   * Default deepest nesting of objects and arrays: 100. The format itself nests 12 deep; the rest
   * is room for extension values.
   */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 100;

  /** Default longest string value: 16 Mi characters, far above any one text of a real plan. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 16 * 1024 * 1024;

  /** Default longest number: 1,000 characters (digits, sign, point and exponent). */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 1000;

  /** Default longest property name (extension keys included): 10,000 characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 10_000;

  /**
   * Default most JSON tokens in a document: 5,000,000 (each property name, each value, and the
   * start and end of each object and array count one, as Jackson counts them). A generated plan
   * of 100,000 initiatives has 1.6 million. With {@link #DEFAULT_MAX_ELEMENT_COUNT} it keeps a
   * document of millions of tiny values within the documented 2 GiB heap, which the document
   * length alone does not: the costliest per token measured, unknown properties kept in an
   * element's extensions ({@code "p1":0,"p2":0,…}), take about 210 bytes of heap per token while
   * read and validated, an extension array of {@code {}} about 70.
   */
  public static final long DEFAULT_MAX_TOKEN_COUNT = 5_000_000;

  /**
   * Default most plan elements in a document: 500,000 (the plan, its targets, sections, goals,
   * initiatives, their indicators, and its units). A generated plan of 100,000 initiatives has
   * 124,000. Each element takes heap in the model and in validation whatever its size in the
   * text (about 1.5 KB for an initiative of one character, {@code {"text":"推"}}), so this limit,
   * not the document length, keeps a document of tiny elements within the documented 2 GiB heap.
   */
  public static final int DEFAULT_MAX_ELEMENT_COUNT = 500_000;

  private static final PlanJson DEFAULT = builder().build();

  private final boolean strict;
  private final boolean pretty;
  private final long maxDocumentLength;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;
  private final int maxNestingDepth;
  private final long maxTokenCount;
  private final int maxElementCount;
  private final JsonFactory factory;

  private PlanJson(Builder b) {
    this.maxStringLength = b.maxStringLength;
    this.maxNumberLength = b.maxNumberLength;
    this.maxNameLength = b.maxNameLength;
    this.maxNestingDepth = b.maxNestingDepth;
    this.strict = b.strict;
    this.pretty = b.pretty;
    this.maxDocumentLength = b.maxDocumentLength;
    this.maxTokenCount = b.maxTokenCount;
    this.maxElementCount = b.maxElementCount;
    StreamReadConstraints constraints =
        JacksonFeatures.constraints(
            b.maxDocumentLength,
            b.maxNestingDepth,
            b.maxStringLength,
            b.maxNumberLength,
            b.maxNameLength,
            b.maxTokenCount);
    JsonFactoryBuilder factoryBuilder = new JsonFactoryBuilder();
    factoryBuilder
            .streamReadConstraints(constraints)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            // Property names stay canonicalized per factory, but are not String.intern()ed: a
            // hostile document with a million distinct names must not fill the JVM's string table.
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET);
    // Characters outside the BMP (emoji, CJK extension B) as 4-byte UTF-8, not as
    // surrogate-pair escapes, so text and byte output hold the same characters.
    this.factory = JacksonFeatures.combineSurrogates(factoryBuilder).build();
  }

  /**
   * @return a reader and writer with the defaults: lenient, pretty, default limits
   */
  public static PlanJson create() {
    return DEFAULT;
  }

  /** @return a builder for a reader and writer with other options */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A Jackson module for the same format, to register on your own {@code ObjectMapper}: {@code
   * mapper.readValue(json, Plan.class)} and {@code mapper.writeValueAsString(plan)} then read and
   * write this format (lenient reading). {@link org.civicplan.model.Section}, {@link
   * org.civicplan.model.Goal}, {@link org.civicplan.model.Initiative}, {@link
   * org.civicplan.model.Indicator} and {@link org.civicplan.model.OrganizationalUnit} are
   * supported too, as their objects in the format. The mapper's own limits and pretty printer
   * apply.
   *
   * @return a new module
   */
  public static Module module() {
    return new PlanJsonModule();
  }

  /**
   * The JSON Schema (draft 2020-12) of the format, shipped in this jar as {@link
   * #SCHEMA_RESOURCE}. It describes what this class writes and what strict mode reads; the
   * lenient reader also accepts unknown properties.
   *
   * @return the schema's URL in the class path
   */
  public static URL schema() {
    return Objects.requireNonNull(
        PlanJson.class.getResource("/" + SCHEMA_RESOURCE), SCHEMA_RESOURCE);
  }

  /** @return whether unknown properties are rejected rather than kept in extensions */
  public boolean isStrict() {
    return strict;
  }

  /** @return whether output is indented (two spaces, "\n" line ends, trailing newline) */
  public boolean isPretty() {
    return pretty;
  }

  // ---- reading -------------------------------------------------------------------------------

  /**
   * Reads a plan from JSON text.
   *
   * @param json the JSON text
   * @return the plan
   * @throws PlanFormatException if the text is not a valid plan document
   */
  public Plan read(String json) throws PlanFormatException {
    Objects.requireNonNull(json, "json");
    if (json.length() > maxDocumentLength) {
      throw tooLong(json.length(), false, "characters", null);
    }
    try {
      // Ids are checked by the model; only if it refuses the plan is the text read again with
      // every id's location kept, to point at the duplicate (saves a map of all ids per read).
      PlanReader first = null;
      try (JsonParser parser = parser(factory.createParser(json))) {
        first = new PlanReader(parser, strict, null, null, false, maxElementCount);
        return first.document(true);
      } catch (PlanFormatException e) {
        if (first == null || !first.planRejected()) {
          throw e;
        }
      }
      try (JsonParser parser = parser(factory.createParser(json))) {
        return new PlanReader(parser, strict, null, null, true, maxElementCount).document(true);
      }
    } catch (PlanFormatException e) {
      throw e;
    } catch (IOException e) {
      // Cannot happen for a String source; report it as bad content rather than hide it.
      throw new PlanFormatException("cannot read the plan: " + e.getMessage(), null, 0, 0, null, e);
    }
  }

  /**
   * Reads a plan from a character stream. The reader is not closed.
   *
   * @param reader the JSON text
   * @return the plan
   * @throws PlanFormatException if the text is not a valid plan document
   * @throws IOException if reading fails
   */
  public Plan read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    if (!JacksonFeatures.LIMITS_LENGTHS) {
      // Jackson 2.15 cannot limit a document's length: read at most one character too many.
      char[] text = new char[(int) Math.min(Integer.MAX_VALUE - 16, maxDocumentLength + 1)];
      int n = 0;
      for (int r; n < text.length && (r = reader.read(text, n, text.length - n)) > 0; ) {
        n += r;
      }
      if (n > maxDocumentLength) {
        throw new PlanFormatException(
            "the document is longer than the limit of "
                + maxDocumentLength
                + " (PlanJson.Builder.maxDocumentLength)",
            null,
            0,
            0,
            null,
            null);
      }
      return read(new String(text, 0, n));
    }
    try (JsonParser parser = parser(factory.createParser(reader))) {
      return new PlanReader(parser, strict, null, null, true, maxElementCount).document(true);
    }
  }

  /**
   * Reads a plan from UTF-8 bytes. The stream is read to its end (at most the document-length
   * limit) and not closed.
   *
   * @param in the UTF-8 JSON bytes
   * @return the plan
   * @throws PlanFormatException if the bytes are not a valid plan document in UTF-8
   * @throws IOException if reading fails
   */
  public Plan read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    int cap = (int) Math.min(Integer.MAX_VALUE - 16, maxDocumentLength + 1);
    byte[] bytes = in.readNBytes(cap);
    if (bytes.length > maxDocumentLength) {
      throw tooLong(bytes.length, true, "bytes", null);
    }
    return readBytes(bytes, null);
  }

  /**
   * Reads a plan from UTF-8 bytes, such as those {@link #writeBytes(Plan)} gives.
   *
   * @param json the UTF-8 JSON bytes
   * @return the plan
   * @throws PlanFormatException if the bytes are not a valid plan document in UTF-8
   */
  public Plan read(byte[] json) throws PlanFormatException {
    Objects.requireNonNull(json, "json");
    if (json.length > maxDocumentLength) {
      throw tooLong(json.length, false, "bytes", null);
    }
    try {
      return readBytes(json, null);
    } catch (PlanFormatException e) {
      throw e;
    } catch (IOException e) {
      // Cannot happen for a byte-array source; report it as bad content rather than hide it.
      throw new PlanFormatException("cannot read the plan: " + e.getMessage(), null, 0, 0, null, e);
    }
  }

  /**
   * Reads a plan from a UTF-8 file; errors name the file.
   *
   * @param file the file
   * @return the plan
   * @throws PlanFormatException if the file is not a valid plan document in UTF-8
   * @throws IOException if the file cannot be read
   */
  public Plan read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    long size = Files.size(file);
    if (size > maxDocumentLength) {
      throw tooLong(size, false, "bytes", name);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxDocumentLength + 1));
      if (bytes.length > maxDocumentLength) {
        throw tooLong(bytes.length, true, "bytes", name);
      }
      return readBytes(bytes, name);
    }
  }

  /** The parser, counting its tokens itself where Jackson cannot (before 2.18). */
  private JsonParser parser(JsonParser parser) {
    return JacksonFeatures.counted(parser, maxTokenCount);
  }

  private Plan readBytes(byte[] bytes, String sourceName) throws IOException {
    return readBytes(bytes, sourceName, null);
  }

  private Plan readBytes(byte[] bytes, String sourceName, Map<String, SourceSpan> locations)
      throws IOException {
    checkUtf8Start(bytes, sourceName);
    PlanReader first = null;
    try (JsonParser parser = parser(factory.createParser(bytes))) {
      first = new PlanReader(parser, strict, sourceName, bytes, false, maxElementCount).locating(locations);
      return first.document(true);
    } catch (PlanFormatException e) {
      if (first == null || !first.planRejected()) {
        throw e;
      }
    }
    // As for text: read again with ids tracked, to point at the duplicate id.
    try (JsonParser parser = parser(factory.createParser(bytes))) {
      return new PlanReader(parser, strict, sourceName, bytes, true, maxElementCount).locating(locations).document(true);
    }
  }

  /**
   * A plan read from JSON with where each of its elements starts in that JSON text: what a
   * validator needs to point into the JSON file rather than into the document the plan was once
   * imported from (which the elements' own {@link org.civicplan.model.PlanElement#sourceSpan() source spans} name).
   *
   * <pre>{@code
   * PlanJson.Located read = PlanJson.create().readLocated(Path.of("plan.json"));
   * read.locations().get("/sections/0");   // line and column of the first section's opening brace
   * }</pre>
   *
   * @param plan the plan
   * @param locations by JSON Pointer of the element ({@code ""} for the plan), the span of the
   *     opening brace of its object, in lines and UTF-16 columns of the JSON text
   */
  public record Located(Plan plan, Map<String, SourceSpan> locations) {
    /**
     * Copies the map.
     *
     * @param plan the plan
     * @param locations where the elements start
     */
    public Located {
      Objects.requireNonNull(plan, "plan");
      locations = Map.copyOf(locations);
    }
  }

  /**
   * Reads a plan from UTF-8 bytes, recording where each element starts.
   *
   * @param json the UTF-8 JSON bytes
   * @param sourceName the name errors give, or null
   * @return the plan and its elements' locations
   * @throws PlanFormatException if the bytes are not a valid plan document in UTF-8
   */
  public Located readLocated(byte[] json, String sourceName) throws PlanFormatException {
    Objects.requireNonNull(json, "json");
    if (json.length > maxDocumentLength) {
      throw tooLong(json.length, false, "bytes", sourceName);
    }
    Map<String, SourceSpan> locations = new HashMap<>();
    try {
      Plan plan = readBytes(json, sourceName, locations);
      return new Located(plan, locations);
    } catch (PlanFormatException e) {
      throw e;
    } catch (IOException e) {
      throw new PlanFormatException("cannot read the plan: " + e.getMessage(), sourceName, 0, 0, null, e);
    }
  }

  /**
   * Jackson guesses UTF-16 or UTF-32 from a byte-order mark or zero bytes at the start; plan JSON
   * is UTF-8 only, so such input is rejected here with a clear message.
   */
  private static void checkUtf8Start(byte[] b, String sourceName) throws PlanFormatException {
    if (b.length >= 2
        && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
            || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))) {
      throw new PlanFormatException(
          "the input starts with a UTF-16 byte-order mark; plan JSON must be UTF-8",
          sourceName,
          1,
          1,
          null,
          null);
    }
    int first = b.length == 0 ? 0 : b[0] & 0xFF;
    if (first >= 0x80 && (first < 0xC2 || first > 0xF4) && first != 0xEF) {
      // Said here, not left to Jackson: before 2.16 it reports such a byte as a control character.
      throw new PlanFormatException(
          String.format("the input is not valid UTF-8 text: Invalid UTF-8 start byte 0x%02x", first),
          sourceName,
          1,
          1,
          "",
          null);
    }
    for (int i = 0; i < Math.min(4, b.length); i++) {
      if (b[i] == 0) {
        throw new PlanFormatException(
            "the input is not UTF-8 JSON text: byte " + (i + 1) + " is zero",
            sourceName,
            1,
            i + 1,
            null,
            null);
      }
    }
  }

  private PlanFormatException tooLong(
      long length, boolean atLeast, String unit, String sourceName) {
    return new PlanFormatException(
        "the document is "
            + (atLeast ? "at least " : "")
            + length
            + " "
            + unit
            + " long, over the limit of "
            + maxDocumentLength
            + " (PlanJson.Builder.maxDocumentLength)",
        sourceName,
        0,
        0,
        null,
        null);
  }

  // ---- writing -------------------------------------------------------------------------------

  /**
   * Writes a plan as canonical JSON text.
   *
   * <p>What is written reads back with this instance's limits; a plan that would not (a string,
   * number or nesting beyond the reader's limits, or a document beyond {@link
   * Builder#maxDocumentLength}) is refused.
   *
   * @param plan the plan
   * @return the JSON text; the same plan always gives the same text
   * @throws IllegalArgumentException if the plan would not read back under the limits; its cause
   *     is a {@link PlanFormatException} with the JSON Pointer of the value
   */
  public String write(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    SegmentedStringWriter out = new SegmentedStringWriter(new BufferRecycler());
    try {
      write(plan, factory.createGenerator(new WriteLimits.CountingWriter(out, maxDocumentLength)));
      return out.getAndClear();
    } catch (PlanFormatException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory failed", e);
    }
  }

  /**
   * Writes a plan as canonical UTF-8 JSON bytes.
   *
   * @param plan the plan
   * @return the bytes; the same plan always gives the same bytes
   * @throws IllegalArgumentException if the plan would not read back under the limits (see
   *     {@link #write(Plan)})
   */
  public byte[] writeBytes(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    if (!JacksonFeatures.COMBINES_SURROGATES) {
      return write(plan).getBytes(StandardCharsets.UTF_8);
    }
    ByteArrayBuilder out = new ByteArrayBuilder(new BufferRecycler());
    try {
      write(plan, factory.createGenerator(new WriteLimits.CountingStream(out, maxDocumentLength), JsonEncoding.UTF8));
    } catch (PlanFormatException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory failed", e);
    }
    return out.toByteArray();
  }

  /**
   * Writes a plan as canonical JSON text to a character stream, which is flushed, not closed.
   *
   * @param plan the plan
   * @param writer where to write
   * @throws PlanFormatException if the plan would not read back under the limits (see {@link
   *     #write(Plan)}); part of it may have been written
   * @throws IOException if writing fails
   */
  public void write(Plan plan, Writer writer) throws IOException {
    Objects.requireNonNull(plan, "plan");
    write(plan, factory.createGenerator(
        new WriteLimits.CountingWriter(Objects.requireNonNull(writer, "writer"), maxDocumentLength)));
  }

  /**
   * Writes a plan as canonical UTF-8 JSON to a byte stream, which is flushed, not closed.
   *
   * @param plan the plan
   * @param out where to write
   * @throws PlanFormatException if the plan would not read back under the limits; part of it may
   *     have been written
   * @throws IOException if writing fails
   */
  public void write(Plan plan, OutputStream out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    if (!JacksonFeatures.COMBINES_SURROGATES) {
      Writer text = new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
      write(plan, text);
      text.flush();
      return;
    }
    write(plan, factory.createGenerator(
        new WriteLimits.CountingStream(Objects.requireNonNull(out, "out"), maxDocumentLength), JsonEncoding.UTF8));
  }

  /**
   * Writes a plan as canonical UTF-8 JSON to a file, replacing it.
   *
   * @param plan the plan
   * @param file the file
   * @throws IOException if writing fails
   */
  public void write(Plan plan, Path file) throws IOException {
    Objects.requireNonNull(plan, "plan");
    try (OutputStream out = Files.newOutputStream(file)) {
      if (!JacksonFeatures.COMBINES_SURROGATES) {
        write(plan, out);
        return;
      }
      write(plan, factory.createGenerator(new WriteLimits.CountingStream(out, maxDocumentLength), JsonEncoding.UTF8));
    }
  }

  private void write(Plan plan, JsonGenerator generator) throws IOException {
    long elements = PlanReader.elementCount(plan);
    if (elements > maxElementCount) {
      throw new PlanFormatException(
          "cannot write the plan: it has " + elements + " elements, beyond the reader's limit of "
              + maxElementCount + " (PlanJson.Builder.maxElementCount), so it would not read back",
          null, 0, 0, null, null);
    }
    try (JsonGenerator g = new WriteLimits(generator, maxStringLength, maxNumberLength, maxNameLength, maxNestingDepth,
        maxTokenCount)) {
      if (pretty) {
        g.setPrettyPrinter(new CanonicalPrettyPrinter());
      }
      PlanWriter.document(g, plan);
      if (pretty) {
        g.writeRaw('\n');
      }
    }
  }

  /**
   * Options of a {@link PlanJson}. Not thread-safe; the {@link PlanJson} it builds is.
   *
   * <pre>{@code
   * PlanJson json = PlanJson.builder()
   *     .strict(true)                 // reject unknown properties
   *     .pretty(false)                // compact output
   *     .maxDocumentLength(10_000_000)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private boolean strict;
    private boolean pretty = true;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
    private long maxTokenCount = DEFAULT_MAX_TOKEN_COUNT;
    private int maxElementCount = DEFAULT_MAX_ELEMENT_COUNT;

    private Builder() {}

    /**
     * @param strict true to reject unknown properties; false (the default) to keep them in their
     *     element's extensions
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * @param pretty true (the default) for two-space indentation with "\n" line ends and a
     *     trailing newline; false for compact output with no whitespace
     * @return this builder
     */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * @param max the largest document read, in characters for text and bytes for byte input;
     *     default {@value PlanJson#DEFAULT_MAX_DOCUMENT_LENGTH}
     * @return this builder
     */
    public Builder maxDocumentLength(long max) {
      this.maxDocumentLength = positive(max, "maxDocumentLength");
      return this;
    }

    /**
     * @param max the deepest nesting of objects and arrays read; default {@value
     *     PlanJson#DEFAULT_MAX_NESTING_DEPTH}
     * @return this builder
     */
    public Builder maxNestingDepth(int max) {
      this.maxNestingDepth = (int) positive(max, "maxNestingDepth");
      return this;
    }

    /**
     * @param max the longest string value read, in characters; default {@value
     *     PlanJson#DEFAULT_MAX_STRING_LENGTH}
     * @return this builder
     */
    public Builder maxStringLength(int max) {
      this.maxStringLength = (int) positive(max, "maxStringLength");
      return this;
    }

    /**
     * @param max the longest number read, in characters; default {@value
     *     PlanJson#DEFAULT_MAX_NUMBER_LENGTH}
     * @return this builder
     */
    public Builder maxNumberLength(int max) {
      this.maxNumberLength = (int) positive(max, "maxNumberLength");
      return this;
    }

    /**
     * @param max the longest property name read, in characters; default {@value
     *     PlanJson#DEFAULT_MAX_NAME_LENGTH}
     * @return this builder
     */
    public Builder maxNameLength(int max) {
      this.maxNameLength = (int) positive(max, "maxNameLength");
      return this;
    }

    /**
     * @param max the most JSON tokens read (each name, each value, each start and end of an
     *     object or array); default {@value PlanJson#DEFAULT_MAX_TOKEN_COUNT}
     * @return this builder
     */
    public Builder maxTokenCount(long max) {
      this.maxTokenCount = positive(max, "maxTokenCount");
      return this;
    }

    /**
     * @param max the most plan elements read (the plan, targets, sections, goals, initiatives,
     *     indicators, units); default {@value PlanJson#DEFAULT_MAX_ELEMENT_COUNT}
     * @return this builder
     */
    public Builder maxElementCount(int max) {
      this.maxElementCount = (int) positive(max, "maxElementCount");
      return this;
    }

    private static long positive(long value, String what) {
      if (value <= 0) {
        throw new IllegalArgumentException(what + " must be positive, got " + value);
      }
      return value;
    }

    /** @return the reader and writer */
    public PlanJson build() {
      return new PlanJson(this);
    }
  }
}
