package org.civicplan.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.civicplan.io.PlanFormatException;
import org.civicplan.model.Actual;
import org.civicplan.model.Baseline;
import org.civicplan.model.Comparator;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.IssuingOrganization;
import org.civicplan.model.MeasureUnit;
import org.civicplan.model.Mention;
import org.civicplan.model.MentionKind;
import org.civicplan.model.Milestone;
import org.civicplan.model.Numbering;
import org.civicplan.model.NumberingStyle;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.Period;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.SourceDocument;
import org.civicplan.model.SourceNote;
import org.civicplan.model.SourceSpan;
import org.civicplan.model.Target;

/**
 * Reads one plan (or one element) from a {@link JsonParser} by hand, token by token, into the
 * model, with no intermediate tree: only unknown properties and extension values become {@link
 * ExtensionValue}s. Every problem becomes a {@link PlanFormatException} with line, column (in
 * UTF-16 characters, also for byte input) and JSON Pointer.
 *
 * <p>One reader per document: not thread-safe. {@link PlanJson} and {@link PlanJsonModule} make a
 * new one for every read.
 */
final class PlanReader {
  private final JsonParser p;
  private final boolean strict;
  private final String sourceName;
  /** The whole input when it was given as bytes, to turn byte columns into character columns. */
  private final byte[] bytes;
  /**
   * Declared ids with where they were declared, to point at a duplicate; null when not tracked
   * (a lone element, or a first pass that leaves the check to the model).
   */
  private final Map<String, JsonLocation> ids;
  /** Whether the model refused to build the plan from properties that were each fine. */
  private boolean planRejected;
  /** The most elements read ({@link PlanJson.Builder#maxElementCount}), and how many so far. */
  private final int maxElements;
  private int elements;

  PlanReader(JsonParser parser, boolean strict, String sourceName, byte[] bytes, boolean trackIds, int maxElements) {
    this.p = parser;
    this.maxElements = maxElements;
    this.strict = strict;
    this.sourceName = sourceName;
    this.bytes = bytes;
    this.ids = trackIds ? new HashMap<>() : null;
  }

  /** Something that reads a value from the parser. */
  @FunctionalInterface
  interface Step<T> {
    T read(PlanReader reader) throws IOException;
  }

  // ---- entry points --------------------------------------------------------------------------

  /**
   * Reads a whole plan document.
   *
   * @param wholeInput whether the document must be all of the input (true for {@link PlanJson};
   *     false inside a larger document read by a user's ObjectMapper)
   */
  Plan document(boolean wholeInput) throws IOException {
    return guard(
        r -> {
          JsonToken t = p.currentToken();
          if (t == null) {
            t = p.nextToken();
          }
          if (t == null) {
            throw error(
                "the input is empty: expected a JSON object holding a plan",
                p.currentLocation(),
                "");
          }
          if (t != JsonToken.START_OBJECT) {
            throw r.wrongType("a JSON object holding a plan");
          }
          Plan plan = r.plan();
          if (wholeInput) {
            JsonToken after = p.nextToken();
            if (after != null) {
              throw error(
                  "expected the end of the input after the plan, found " + found(after),
                  p.currentTokenLocation(),
                  "");
            }
          }
          return plan;
        });
  }

  /** Reads one element (section, goal, …) positioned at its START_OBJECT. */
  <T> T element(Step<T> step, String what) throws IOException {
    return guard(
        r -> {
          JsonToken t = p.currentToken();
          if (t == null) {
            t = p.nextToken();
          }
          if (t != JsonToken.START_OBJECT) {
            throw r.wrongType(what);
          }
          return step.read(r);
        });
  }

  /** Reads a value object (a target, a period, …) positioned at its START_OBJECT. */
  @FunctionalInterface
  interface ValueStep<T> {
    T read(PlanReader reader, Frame owner) throws IOException;
  }

  /**
   * Reads one value object on its own (not inside an element), positioned at its START_OBJECT.
   * A value has no extensions, so a property it does not know is an error even when lenient.
   */
  <T> T value(ValueStep<T> step, String what) throws IOException {
    return guard(
        r -> {
          JsonToken t = p.currentToken();
          if (t == null) {
            t = p.nextToken();
          }
          if (t != JsonToken.START_OBJECT) {
            throw r.wrongType(what);
          }
          Frame f = r.frame();
          T value = step.read(r, f);
          if (f.unknown != null) {
            String key = f.unknown.keySet().iterator().next();
            throw error(
                "unknown property \"" + key + "\" of " + what
                    + " (only plan elements keep unknown properties in their extensions)",
                f.unknownAt.get(key),
                f.unknownPointer.get(key));
          }
          return value;
        });
  }

  static final ValueStep<Target> TARGET = PlanReader::target;
  static final ValueStep<Period> PERIOD = PlanReader::period;
  static final ValueStep<Numbering> NUMBERING = PlanReader::numbering;
  static final ValueStep<MeasureUnit> MEASURE_UNIT = PlanReader::measureUnit;
  static final ValueStep<Mention> MENTION = PlanReader::mention;
  static final ValueStep<Baseline> BASELINE = PlanReader::baseline;
  static final ValueStep<Milestone> MILESTONE = PlanReader::milestone;
  static final ValueStep<Actual> ACTUAL = PlanReader::actual;
  static final ValueStep<IssuingOrganization> ORGANIZATION = PlanReader::organization;
  static final ValueStep<SourceDocument> SOURCE_DOCUMENT = PlanReader::source;
  static final ValueStep<SourceSpan> SPAN = PlanReader::span;
  static final ValueStep<SourceNote> SOURCE_NOTE = PlanReader::sourceNote;

  static final Step<Section> SECTION = PlanReader::section;
  static final Step<Goal> GOAL = PlanReader::goal;
  static final Step<Initiative> INITIATIVE = PlanReader::initiative;
  static final Step<Indicator> INDICATOR = PlanReader::indicator;
  static final Step<OrganizationalUnit> UNIT = PlanReader::organizationalUnit;

  /** Runs a read, turning every failure that is about the content into a PlanFormatException. */
  private <T> T guard(Step<T> step) throws IOException {
    try {
      return step.read(this);
    } catch (PlanFormatException e) {
      throw e;
    } catch (StreamConstraintsException e) {
      throw limitExceeded(e);
    } catch (JsonEOFException e) {
      throw error(
          "unexpected end of input: the JSON text is cut off"
              + (p.getParsingContext().inRoot() ? "" : " inside " + container(p.getParsingContext())),
          location(e),
          pointer(),
          e);
    } catch (JsonProcessingException e) {
      String message = clean(e.getOriginalMessage());
      if (message.startsWith("Invalid UTF-8")) {
        message = "the input is not valid UTF-8 text: " + message;
      }
      throw error(message, location(e), pointer(), e);
    } catch (CharConversionException e) {
      throw error(
          "the input is not UTF-8 text: " + e.getMessage(), p.currentLocation(), pointer(), e);
    } catch (RuntimeException e) {
      // Never let a NullPointerException or a model's IllegalArgumentException escape raw.
      throw error("cannot read the plan: " + e, p.currentLocation(), pointer(), e);
    }
  }

  private static String container(JsonStreamContext c) {
    return c.inArray() ? "an array" : "an object";
  }

  private JsonLocation location(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return at != null ? at : p.currentLocation();
  }

  private PlanFormatException limitExceeded(StreamConstraintsException e) {
    StreamReadConstraints c = p.streamReadConstraints();
    String m = String.valueOf(e.getOriginalMessage());
    String problem;
    // The messages of Jackson 2.16+ and, after "||", of 2.15.
    if (m.startsWith("String value length") || m.startsWith("String length")) {
      problem =
          "a string is longer than the limit of "
              + c.getMaxStringLength()
              + " characters (PlanJson.Builder.maxStringLength)";
    } else if (m.startsWith("Document nesting depth") || m.startsWith("Depth (")) {
      problem =
          "the JSON is nested deeper than the limit of "
              + c.getMaxNestingDepth()
              + " levels (PlanJson.Builder.maxNestingDepth)";
    } else if (m.startsWith("Document length")) {
      problem =
          "the document is longer than the limit of "
              + c.getMaxDocumentLength()
              + " (PlanJson.Builder.maxDocumentLength)";
    } else if (m.startsWith("Number value length") || m.startsWith("Number length")) {
      problem =
          "a number is longer than the limit of "
              + c.getMaxNumberLength()
              + " characters (PlanJson.Builder.maxNumberLength)";
    } else if (m.startsWith("Token count")) {
      problem =
          "the document has more than the limit of "
              + maxTokens(c, m)
              + " JSON tokens (names, values, starts and ends of objects and arrays)"
              + " (PlanJson.Builder.maxTokenCount)";
    } else if (m.startsWith("Name length")) {
      problem =
          "a property name is longer than the limit of "
              + c.getMaxNameLength()
              + " characters (PlanJson.Builder.maxNameLength)";
    } else {
      problem = clean(m);
    }
    return error(problem, location(e), pointer(), e);
  }

  /** The token limit in Jackson's message ("… exceeds the maximum allowed (N, from …"). */
  private static String maxTokens(StreamReadConstraints c, String message) {
    int at = message.indexOf("allowed (");
    if (at < 0) {
      return "the maximum";
    }
    int end = at + "allowed (".length();
    int stop = end;
    while (stop < message.length() && Character.isDigit(message.charAt(stop))) {
      stop++;
    }
    return stop > end ? message.substring(end, stop) : "the maximum";
  }

  /**
   * The elements of a plan as the reader counts them against {@link
   * PlanJson.Builder#maxElementCount}: the plan, its targets, sections, goals, initiatives, their
   * indicators, and its units. Walks sections and goals only, adding list sizes, except for the
   * indicators of initiatives.
   */
  static long elementCount(Plan plan) {
    long n = 1 + plan.targets().size() + plan.units().size();
    for (Section s : plan.sections()) {
      n += 1 + s.indicators().size();
      for (Goal g : s.goals()) {
        n += 1 + g.indicators().size() + g.initiatives().size();
        for (Initiative i : g.initiatives()) {
          n += i.indicators().size();
        }
      }
    }
    return n;
  }

  /** Jackson's message without its "[Source: …]" location part, which we give ourselves. */
  static String clean(String message) {
    if (message == null) {
      return "malformed JSON";
    }
    String m = message;
    int at = m.indexOf("\n at [Source");
    if (at >= 0) {
      m = m.substring(0, at);
    }
    int source = m.indexOf("[Source:");
    while (source >= 0) {
      int line = m.indexOf("line:", source);
      int close = m.indexOf(']', line < 0 ? source : line);
      if (close < 0) {
        m = m.substring(0, source).trim();
        break;
      }
      String where = line < 0 ? "" : m.substring(line, close);
      m = m.substring(0, source) + where + m.substring(close + 1);
      source = m.indexOf("[Source:");
    }
    return m.trim();
  }

  // ---- errors --------------------------------------------------------------------------------

  private String pointer() {
    return p.getParsingContext().pathAsPointer().toString();
  }

  private PlanFormatException error(String problem, JsonLocation at, String pointer) {
    return error(problem, at, pointer, null);
  }

  private PlanFormatException error(
      String problem, JsonLocation at, String pointer, Throwable cause) {
    int line = at == null ? 0 : at.getLineNr();
    int column = at == null ? 0 : column(at);
    return new PlanFormatException(problem, sourceName, line, column, pointer, cause);
  }

  /** An error at the current token. */
  private PlanFormatException here(String problem) {
    return error(problem, p.currentTokenLocation(), pointer());
  }

  /**
   * Jackson counts columns of byte input in bytes; a person counts characters. For byte input
   * the column is recounted in UTF-16 characters, going on from the previous answer ({@link
   * Utf16Columns}): on a plan written on one line, a rescan from the line's start for every
   * element would take time quadratic in the line's length.
   */
  private int column(JsonLocation at) {
    long offset = at.getByteOffset();
    if (bytes == null || offset < 0 || offset > bytes.length) {
      return at.getColumnNr();
    }
    if (columns == null) {
      columns = new Utf16Columns(bytes);
    }
    return columns.column((int) offset);
  }

  private Utf16Columns columns;

  private static String found(JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      default:
        return t.asString() == null ? t.name() : "\"" + t.asString() + "\"";
    }
  }

  private PlanFormatException wrongType(String expected) {
    return here("expected " + expected + ", found " + found(p.currentToken()));
  }

  private PlanFormatException modelError(RuntimeException e, JsonLocation start, String what) {
    // At the END_OBJECT of the element, the context is the parent's, whose current entry is
    // the element: its pointer is the element's.
    return error(
        "the " + what.substring(what.indexOf(' ') + 1) + " is not valid: " + e.getMessage(),
        start,
        pointer(),
        e);
  }

  private void checkRequired(Props props, int seen, JsonLocation start) throws PlanFormatException {
    String missing = props.firstMissing(seen);
    if (missing != null) {
      throw error(
          "missing required property \"" + missing + "\" of " + props.what, start, pointer());
    }
  }

  // ---- property bookkeeping ------------------------------------------------------------------

  /** Where an element's unknown properties and extensions are gathered while it is read. */
  private static final class Frame {
    final JsonStreamContext context;
    final JsonLocation start;
    SourceSpan span;
    List<SourceNote> notes = List.of();
    Map<String, ExtensionValue> extensions;
    Map<String, ExtensionValue> unknown;
    Map<String, JsonLocation> unknownAt;
    Map<String, String> unknownPointer;

    Frame(JsonStreamContext context, JsonLocation start) {
      this.context = context;
      this.start = start;
    }
  }

  private Frame frame() throws PlanFormatException {
    JsonLocation at = p.currentTokenLocation();
    if (++elements > maxElements) {
      throw error(
          "the plan has more than " + maxElements
              + " elements (the plan, its targets, sections, goals, initiatives, indicators and units),"
              + " over the limit (PlanJson.Builder.maxElementCount)",
          at, pointer(), null);
    }
    if (locations != null && at.getLineNr() >= 1) {
      int column = Math.max(1, column(at));
      long offset = Math.max(0, bytes != null ? at.getByteOffset() : at.getCharOffset());
      int start = (int) Math.min(Integer.MAX_VALUE - 1, offset);
      locations.put(pointer(), SourceSpan.of(at.getLineNr(), column, at.getLineNr(), column + 1, start, start + 1));
    }
    return new Frame(p.getParsingContext(), at);
  }

  /** Where each element object starts in the JSON text, by JSON Pointer; null unless asked. */
  private Map<String, SourceSpan> locations;

  /** Records where each element starts into {@code into}, by JSON Pointer. */
  PlanReader locating(Map<String, SourceSpan> into) {
    this.locations = into;
    return this;
  }

  /**
   * The properties already read of each object being read, innermost last: one bit per property
   * of its {@link Props}. Elements nest, so this is a stack, pushed by {@link #beginObject()}
   * and popped when {@link #nextProperty} reaches the object's end.
   */
  private int[] seen = new int[16];

  private int depth = -1;

  /** Starts reading the properties of an object whose START_OBJECT the parser is on. */
  private void beginObject() {
    if (++depth == seen.length) {
      seen = Arrays.copyOf(seen, depth * 2);
    }
    seen[depth] = 0;
  }

  /**
   * Moves to the next property of the object begun last that its element reader is to read:
   * unknown properties and extensions are kept in {@code owner} (or rejected in strict mode) and
   * a repeated one is rejected, here. At the object's end, checks its required properties and
   * returns null.
   *
   * @return the property's name, with the parser on its name; null at the end of the object
   */
  private String nextProperty(Props props, Frame owner, JsonLocation start) throws IOException {
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      int bit = mark(props, seen[depth], name, owner);
      if (bit != 0) {
        seen[depth] |= bit;
        return name;
      }
    }
    checkRequired(props, seen[depth--], start);
    return null;
  }

  /** Builds an element, reporting the model's refusal of it at the element's start. */
  private <T> T built(Supplier<T> build, JsonLocation start, Props props) throws PlanFormatException {
    try {
      return build.get();
    } catch (RuntimeException e) {
      throw modelError(e, start, props.what);
    }
  }

  /**
   * Checks the property at the current FIELD_NAME token: returns its bit if {@code props} knows
   * it and it was not seen before; keeps an unknown one in the frame (or rejects it in strict
   * mode) and returns 0.
   */
  private int mark(Props props, int seen, String name, Frame owner) throws IOException {
    int bit = props.bit(name);
    if (bit == 0) {
      unknown(props, name, owner);
      return 0;
    }
    if ((seen & bit) != 0) {
      throw here("duplicate property \"" + name + "\"");
    }
    return bit;
  }

  private void unknown(Props props, String name, Frame owner) throws IOException {
    if (strict) {
      throw here(
          "unknown property \""
              + name
              + "\" of "
              + props.what
              + "; expected one of: "
              + props.expected);
    }
    String key = extensionKey(owner, name);
    if (key.isBlank()) {
      throw here(
          "a property with a blank name cannot be kept; give it a name or remove it");
    }
    if (owner.unknown == null) {
      owner.unknown = new LinkedHashMap<>();
      owner.unknownAt = new HashMap<>();
      owner.unknownPointer = new HashMap<>();
    } else if (owner.unknown.containsKey(key)) {
      throw here("duplicate property \"" + name + "\"");
    }
    JsonLocation at = p.currentTokenLocation();
    String pointer = pointer();
    p.nextToken();
    owner.unknown.put(key, extensionValue());
    owner.unknownAt.put(key, at);
    owner.unknownPointer.put(key, pointer);
  }

  /**
   * The key an unknown property is kept under in its element's extensions: its own name for a
   * property of the element itself; for a property of a nested object (such as a target), its
   * JSON Pointer relative to the element without the leading slash, such as {@code
   * target/unit/symbol} or {@code milestones/0/note}.
   */
  private String extensionKey(Frame owner, String name) {
    JsonStreamContext c = p.getParsingContext();
    if (c == owner.context) {
      return name;
    }
    List<String> segments = new ArrayList<>();
    for (; c != null && c != owner.context; c = c.getParent()) {
      segments.add(segment(c));
    }
    if (c != null) {
      segments.add(segment(c));
    }
    Collections.reverse(segments);
    return String.join("/", segments);
  }

  private static String segment(JsonStreamContext c) {
    if (c.inArray()) {
      return Integer.toString(c.getCurrentIndex());
    }
    String name = c.getCurrentName();
    return name == null ? "" : name.replace("~", "~0").replace("/", "~1");
  }

  /** The element's extensions: its "extensions" object plus the unknown properties kept. */
  private Map<String, ExtensionValue> extensions(Frame f) throws PlanFormatException {
    if (f.unknown == null) {
      return f.extensions == null ? Map.of() : f.extensions;
    }
    if (f.extensions == null) {
      return f.unknown;
    }
    Map<String, ExtensionValue> merged = new LinkedHashMap<>(f.extensions);
    for (Map.Entry<String, ExtensionValue> e : f.unknown.entrySet()) {
      String key = e.getKey();
      if (merged.putIfAbsent(key, e.getValue()) != null) {
        throw error(
            "property \""
                + key
                + "\" is not part of the format and would be kept in \"extensions\", but"
                + " \"extensions\" already has a member \""
                + key
                + "\"; rename or remove one of them",
            f.unknownAt.get(key),
            f.unknownPointer.get(key));
      }
    }
    return merged;
  }

  /** Reads sourceSpan, sourceNotes or extensions, the properties every element shares. */
  private void elementTail(String name, Frame f) throws IOException {
    switch (name) {
      case "sourceSpan":
        f.span = optSpan(f).orElse(null);
        break;
      case "sourceNotes":
        f.notes = sourceNotes(f);
        break;
      default: // "extensions"
        f.extensions = extensionObject();
        break;
    }
  }

  // ---- scalars -------------------------------------------------------------------------------

  private String string() throws IOException {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a string");
    }
    return p.getText();
  }

  /**
   * The canonical form leaves an absent property out; the schema says so, and the strict reader,
   * which accepts exactly what the schema describes, refuses null. The lenient reader reads it as
   * absent.
   */
  private void refuseNullWhenStrict() throws PlanFormatException {
    if (strict) {
      throw here("null is not a value here; leave the property out (strict reading)");
    }
  }

  private String optString() throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.VALUE_NULL) {
      refuseNullWhenStrict();
      return null;
    }
    throw wrongType("a string");
  }

  /** A declared id: non-blank, and (in a plan) not declared before. */
  private String id() throws IOException {
    String id = optString();
    if (id == null) {
      return null;
    }
    if (id.isBlank()) {
      throw here(
          "expected a non-blank id, found \""
              + id
              + "\"; leave \"id\" out to have one assigned");
    }
    claim(id);
    return id;
  }

  private void claim(String id) throws PlanFormatException {
    if (ids == null) {
      return;
    }
    JsonLocation at = p.currentTokenLocation();
    JsonLocation first = ids.putIfAbsent(id, at);
    if (first != null) {
      throw error(
          "duplicate id \""
              + id
              + "\": already used at line "
              + first.getLineNr()
              + ", column "
              + column(first)
              + "; ids must be unique in the plan",
          at,
          pointer());
    }
  }

  /** Reads an element's {@code "id"} and gives it to {@code to} unless it was null. */
  private void idIfGiven(Consumer<String> to) throws IOException {
    String id = id();
    if (id != null) {
      to.accept(id);
    }
  }

  private BigDecimal decimal() throws IOException {
    JsonToken t = p.nextToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType("a number");
    }
    return exactDecimal(t);
  }

  /**
   * The number at the current token as the decimal it stands for. A parser of JSON text (a
   * {@link ParserBase}) gives it exactly. A tree or buffer (a user's {@code treeToValue}) may hold
   * a binary {@code double} instead, when the tree was read without {@code
   * USE_BIG_DECIMAL_FOR_FLOATS}: one of up to 15 significant digits is taken as that decimal,
   * a longer one may already have lost digits and is refused rather than read as a plausible
   * wrong value.
   */
  private BigDecimal exactDecimal(JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NUMBER_FLOAT && !(p instanceof ParserBase)) {
      Object held = p.getNumberValueDeferred(); // text, BigDecimal or a binary value
      if (held instanceof Double || held instanceof Float) {
        double d = ((Number) held).doubleValue();
        if (!Double.isFinite(d)) {
          throw here("expected a finite number, found " + d);
        }
        BigDecimal value = new BigDecimal(held.toString()); // the shortest decimal it stands for
        if (value.precision() > (held instanceof Float ? 6 : 15)) {
          throw here(
              "the number "
                  + value
                  + " is held as a binary floating-point value (a double in a JSON tree), which"
                  + " cannot be trusted to the last digit; read the tree with"
                  + " DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS enabled");
        }
        return value;
      }
    }
    try {
      try {
        return p.getDecimalValue();
      } catch (JsonParseException e) {
        // Jackson before 2.15 wraps BigDecimal's refusal as "Malformed numeric value".
        if (e.getCause() instanceof NumberFormatException nfe) {
          throw nfe;
        }
        throw e;
      }
    } catch (NumberFormatException e) {
      // 1E+99999999999: a decimal's scale is a 32-bit int, so its exponent must fit in one.
      throw here(
          "the number "
              + p.getText()
              + " has an exponent outside the range a decimal can hold ("
              + Integer.MIN_VALUE
              + " to "
              + Integer.MAX_VALUE
              + ")");
    }
  }

  private BigDecimal optDecimal() throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      refuseNullWhenStrict();
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType("a number");
    }
    return exactDecimal(t);
  }

  private int integer() throws IOException {
    return integer(p.nextToken());
  }

  /** The 32-bit integer at token {@code t}, else an error. */
  private int integer(JsonToken t) throws IOException {
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("an integer");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw here("expected an integer that fits in 32 bits, found " + p.getText());
    }
    return p.getIntValue();
  }

  private LocalDate date() throws IOException {
    return parseDate(string());
  }

  /**
   * {@code yyyy-MM-dd} by hand (the common case, several times faster than {@link
   * LocalDate#parse}); other ISO forms, such as years beyond 9999, through {@link LocalDate#parse}.
   */
  private LocalDate parseDate(String text) throws PlanFormatException {
    try {
      if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
        int year = decimalDigits(text, 0, 4);
        int month = decimalDigits(text, 5, 7);
        int day = decimalDigits(text, 8, 10);
        if (year >= 0 && month >= 0 && day >= 0) {
          return LocalDate.of(year, month, day);
        }
      }
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw here("expected a date as yyyy-MM-dd, found \"" + text + "\"");
    }
  }

  /** The decimal value of text[from, to), or -1 if it is not all ASCII digits. */
  private static int decimalDigits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private LocalDate optDate() throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      refuseNullWhenStrict();
      return null;
    }
    if (t != JsonToken.VALUE_STRING) {
      throw wrongType("a date as a string yyyy-MM-dd");
    }
    return parseDate(p.getText());
  }

  private <E extends Enum<E>> E enumValue(EnumNames<E> names) throws IOException {
    E e = optEnum(names);
    if (e == null) {
      throw wrongType(names.what());
    }
    return e;
  }

  private <E extends Enum<E>> E optEnum(EnumNames<E> names) throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NULL) {
      refuseNullWhenStrict();
      return null;
    }
    if (t != JsonToken.VALUE_STRING) {
      throw here(
          "expected " + names.what() + " (one of " + names.expected() + "), found " + found(t));
    }
    String text = p.getText();
    E e = names.parse(text);
    if (e == null) {
      throw here(
          "expected "
              + names.what()
              + " (one of "
              + names.expected()
              + "), found \""
              + text
              + "\"");
    }
    return e;
  }

  /** One element of an array, at its first token. */
  private interface Element<T> {
    T read(JsonToken t) throws IOException;
  }

  /** An array; null reads as empty. */
  private <T> List<T> array(Element<T> element) throws IOException {
    if (!optArray()) {
      return List.of();
    }
    List<T> out = new ArrayList<>();
    for (JsonToken t; (t = p.nextToken()) != JsonToken.END_ARRAY; ) {
      out.add(element.read(t));
    }
    return out;
  }

  /** An array of strings; null reads as empty. */
  private List<String> strings() throws IOException {
    return array(t -> {
      if (t != JsonToken.VALUE_STRING) {
        throw wrongType("a string");
      }
      return p.getText();
    });
  }

  /** An array of 32-bit integers; null reads as empty. */
  private List<Integer> integers() throws IOException {
    return array(this::integer);
  }

  /** Advances to the value: true at START_OBJECT, false at null, else an error. */
  private boolean optObject(String what) throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_OBJECT) {
      return true;
    }
    if (t == JsonToken.VALUE_NULL) {
      refuseNullWhenStrict();
      return false;
    }
    throw wrongType(what);
  }

  private void object(String what) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw wrongType(what);
    }
  }

  /** Advances to the value: true at START_ARRAY, false at null, else an error. */
  private boolean optArray() throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_ARRAY) {
      return true;
    }
    if (t == JsonToken.VALUE_NULL) {
      refuseNullWhenStrict();
      return false;
    }
    throw wrongType("an array");
  }

  /** Advances to the next array element, which must be an object; false at the array's end. */
  private boolean nextObjectInArray(String what) throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.END_ARRAY) {
      return false;
    }
    if (t != JsonToken.START_OBJECT) {
      throw wrongType(what);
    }
    return true;
  }

  // ---- extension values ----------------------------------------------------------------------

  /** The "extensions" object of an element; null reads as empty. */
  private Map<String, ExtensionValue> extensionObject() throws IOException {
    if (!optObject("an object of extensions")) {
      return null;
    }
    Map<String, ExtensionValue> out = new LinkedHashMap<>();
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      if (key.isBlank()) {
        throw here("an extension key is blank; extension keys are names such as \"org.example:code\"");
      }
      if (out.containsKey(key)) {
        throw here("duplicate property \"" + key + "\"");
      }
      p.nextToken();
      out.put(key, extensionValue());
    }
    return out;
  }

  /** Any JSON value at the current token, kept exactly (numbers as BigDecimal). */
  private ExtensionValue extensionValue() throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case VALUE_STRING:
        return ExtensionValue.string(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return ExtensionValue.number(exactDecimal(t));
      case VALUE_TRUE:
        return ExtensionValue.bool(true);
      case VALUE_FALSE:
        return ExtensionValue.bool(false);
      case VALUE_NULL:
        return ExtensionValue.nullValue();
      case START_ARRAY:
        {
          List<ExtensionValue> elements = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            elements.add(extensionValue());
          }
          return ExtensionValue.array(elements);
        }
      case START_OBJECT:
        {
          Map<String, ExtensionValue> members = new LinkedHashMap<>();
          for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            if (members.containsKey(key)) {
              throw here("duplicate property \"" + key + "\"");
            }
            p.nextToken();
            members.put(key, extensionValue());
          }
          return ExtensionValue.object(members);
        }
      default:
        throw wrongType("a JSON value");
    }
  }

  // ---- the plan ------------------------------------------------------------------------------

  private Plan plan() throws IOException {
    Frame f = frame();
    Plan.Builder b = Plan.builder();
    Props props = Props.PLAN;
    boolean idDeclared = false;
    beginObject();
    for (String name; (name = nextProperty(props, f, f.start)) != null; ) {
      switch (name) {
        case "formatVersion":
          formatVersion();
          break;
        case "id":
          {
            String id = id();
            if (id != null) {
              b.id(id);
              idDeclared = true;
            }
            break;
          }
        case "title":
          b.title(string());
          break;
        case "organization":
          if (optObject("an object")) {
            b.organization(organization(f));
          }
          break;
        case "period":
          if (optObject("an object")) {
            b.period(period(f));
          }
          break;
        case "planKind":
          {
            var kind = optEnum(Enums.PLAN_KIND);
            if (kind != null) {
              b.planKind(kind);
            }
            break;
          }
        case "language":
          {
            String language = optString();
            if (language != null) {
              if (language.isBlank()) {
                throw here("expected a language tag such as \"zh-CN\", found \"" + language + "\"");
              }
              b.language(language);
            }
            break;
          }
        case "preamble":
          b.preamble(strings());
          break;
        case "targets":
          if (optArray()) {
            while (nextObjectInArray("an indicator object")) {
              b.addTarget(indicator());
            }
          }
          break;
        case "documentNumber":
          b.documentNumber(Optional.ofNullable(optString()));
          break;
        case "vision":
          b.vision(Optional.ofNullable(optString()));
          break;
        case "mission":
          b.mission(Optional.ofNullable(optString()));
          break;
        case "values":
          b.values(strings());
          break;
        case "status":
          b.status(Optional.ofNullable(optEnum(Enums.PLAN_STATUS)));
          break;
        case "version":
          b.version(Optional.ofNullable(optString()));
          break;
        case "adoptedOn":
          b.adoptedOn(Optional.ofNullable(optDate()));
          break;
        case "source":
          if (optObject("an object")) {
            b.source(source(f));
          }
          break;
        case "sections":
          if (optArray()) {
            while (nextObjectInArray("a section object")) {
              b.addSection(section());
            }
          }
          break;
        case "units":
          if (optArray()) {
            while (nextObjectInArray("an organizational unit object")) {
              b.addUnit(organizationalUnit());
            }
          }
          break;
        default:
          elementTail(name, f);
          break;
      }
    }
    if (ids != null && !idDeclared) {
      JsonLocation clash = ids.get(Plan.DEFAULT_ID);
      if (clash != null) {
        throw error(
            "duplicate id \""
                + Plan.DEFAULT_ID
                + "\": a plan without an \"id\" is called \""
                + Plan.DEFAULT_ID
                + "\", so no element may use that id; give the plan an id or rename the element",
            clash,
            pointer());
      }
    }
    b.sourceSpan(Optional.ofNullable(f.span)).sourceNotes(f.notes).extensions(extensions(f));
    try {
      return b.build();
    } catch (RuntimeException e) {
      planRejected = true;
      throw modelError(e, f.start, props.what);
    }
  }

  /**
   * @return whether the last read failed because the model refused the plan as a whole (such as
   *     two elements with one id), which a second read with ids tracked can point at exactly
   */
  boolean planRejected() {
    return planRejected;
  }

  private void formatVersion() throws IOException {
    String v = string();
    int dot = v.indexOf('.');
    if (dot <= 0 || dot == v.length() - 1 || !digits(v, 0, dot) || !digits(v, dot + 1, v.length())) {
      throw here("expected a format version such as \"" + PlanJson.FORMAT_VERSION + "\", found \"" + v + "\"");
    }
    if (!v.substring(0, dot).equals("1")) {
      throw here(
          "unsupported formatVersion \""
              + v
              + "\": this reader reads format 1.x; read the plan with a CivicPlan version that"
              + " knows format "
              + v.substring(0, dot)
              + ".x");
    }
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return to > from;
  }

  private IssuingOrganization organization(Frame owner) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    IssuingOrganization.Builder b = IssuingOrganization.builder();
    Props props = Props.ORGANIZATION;
    beginObject();
    for (String name; (name = nextProperty(props, owner, start)) != null; ) {
      switch (name) {
        case "name":
          b.name(string());
          break;
        case "superiorBodies":
          b.superiorBodies(strings());
          break;
        default:
          b.divisionCode(Optional.ofNullable(optString()));
          break;
      }
    }
    return built(b::build, start, props);
  }

  private SourceDocument source(Frame owner) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    SourceDocument.Builder b = SourceDocument.builder();
    Props props = Props.SOURCE;
    beginObject();
    for (String name; (name = nextProperty(props, owner, start)) != null; ) {
      switch (name) {
        case "name":
          b.name(string());
          break;
        case "mediaType":
          b.mediaType(Optional.ofNullable(optString()));
          break;
        case "sha256":
          b.sha256(Optional.ofNullable(optString()));
          break;
        default:
          b.pageStarts(integers());
          break;
      }
    }
    return built(b::build, start, props);
  }

  private Period period(Frame owner) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    Props props = Props.PERIOD;
    LocalDate first = null;
    LocalDate last = null;
    String label = null;
    beginObject();
    for (String name; (name = nextProperty(props, owner, start)) != null; ) {
      switch (name) {
        case "start":
          first = date();
          if (last != null && last.isBefore(first)) {
            throw here("the period starts (" + first + ") after it ends (" + last + ")");
          }
          break;
        case "end":
          last = date();
          if (first != null && last.isBefore(first)) {
            throw here("the period ends (" + last + ") before it starts (" + first + ")");
          }
          break;
        default:
          label = optString();
          break;
      }
    }
    try {
      Period period = Period.of(first, last);
      return label == null ? period : period.withLabel(label);
    } catch (RuntimeException e) {
      throw modelError(e, start, props.what);
    }
  }

  private Optional<Numbering> optNumbering(Frame owner) throws IOException {
    if (!optObject("an object")) {
      return Optional.empty();
    }
    return Optional.of(numbering(owner));
  }

  private Numbering numbering(Frame owner) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    Props props = Props.NUMBERING;
    int ordinal = 0;
    String label = null;
    NumberingStyle style = null;
    beginObject();
    for (String name; (name = nextProperty(props, owner, start)) != null; ) {
      switch (name) {
        case "ordinal":
          ordinal = integer();
          if (ordinal < 0) {
            throw here("expected an ordinal of 0 or more, found " + ordinal);
          }
          break;
        case "label":
          label = string();
          break;
        default:
          style = enumValue(Enums.NUMBERING_STYLE);
          break;
      }
    }
    try {
      return Numbering.of(ordinal, label, style);
    } catch (RuntimeException e) {
      throw modelError(e, start, props.what);
    }
  }

  private Optional<SourceSpan> optSpan(Frame owner) throws IOException {
    if (!optObject("an object")) {
      return Optional.empty();
    }
    return Optional.of(span(owner));
  }

  private SourceSpan span(Frame owner) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    Props props = Props.SPAN;
    int startLine = 0;
    int startColumn = 0;
    int endLine = 0;
    int endColumn = 0;
    int startOffset = 0;
    int endOffset = 0;
    beginObject();
    for (String name; (name = nextProperty(props, owner, start)) != null; ) {
      switch (name) {
        case "startLine":
          startLine = integer();
          break;
        case "startColumn":
          startColumn = integer();
          break;
        case "endLine":
          endLine = integer();
          break;
        case "endColumn":
          endColumn = integer();
          break;
        case "startOffset":
          startOffset = integer();
          break;
        default:
          endOffset = integer();
          break;
      }
    }
    try {
      return SourceSpan.of(startLine, startColumn, endLine, endColumn, startOffset, endOffset);
    } catch (RuntimeException e) {
      throw modelError(e, start, props.what);
    }
  }

  private List<SourceNote> sourceNotes(Frame owner) throws IOException {
    if (!optArray()) {
      return List.of();
    }
    List<SourceNote> notes = new ArrayList<>();
    while (nextObjectInArray("a source note object")) {
      notes.add(sourceNote(owner));
    }
    return notes;
  }

  private SourceNote sourceNote(Frame owner) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    Props props = Props.SOURCE_NOTE;
    SourceNote.Builder b = SourceNote.builder();
    beginObject();
    for (String name; (name = nextProperty(props, owner, start)) != null; ) {
      switch (name) {
        case "kind":
          b.kind(enumValue(Enums.SOURCE_NOTE_KIND));
          break;
        case "detail":
          b.detail(string());
          break;
        default:
          b.span(optSpan(owner));
          break;
      }
    }
    return built(b::build, start, props);
  }

  // ---- elements ------------------------------------------------------------------------------

  private Section section() throws IOException {
    Frame f = frame();
    Section.Builder b = Section.builder();
    Props props = Props.SECTION;
    beginObject();
    for (String name; (name = nextProperty(props, f, f.start)) != null; ) {
      switch (name) {
        case "id":
          idIfGiven(b::id);
          break;
        case "number":
          b.number(optNumbering(f));
          break;
        case "keywords":
          b.keywords(strings());
          break;
        case "title":
          b.title(string());
          break;
        case "introduction":
          b.introduction(strings());
          break;
        case "indicators":
          if (optArray()) {
            while (nextObjectInArray("an indicator object")) {
              b.addIndicator(indicator());
            }
          }
          break;
        case "goals":
          if (optArray()) {
            while (nextObjectInArray("a goal object")) {
              b.addGoal(goal());
            }
          }
          break;
        case "weight":
          b.weight(Optional.ofNullable(optDecimal()));
          break;
        default:
          elementTail(name, f);
          break;
      }
    }
    b.sourceSpan(Optional.ofNullable(f.span)).sourceNotes(f.notes).extensions(extensions(f));
    return built(b::build, f.start, props);
  }

  private Goal goal() throws IOException {
    Frame f = frame();
    Goal.Builder b = Goal.builder();
    Props props = Props.GOAL;
    beginObject();
    for (String name; (name = nextProperty(props, f, f.start)) != null; ) {
      switch (name) {
        case "id":
          idIfGiven(b::id);
          break;
        case "number":
          b.number(optNumbering(f));
          break;
        case "name":
          b.name(string());
          break;
        case "statement":
          b.statement(Optional.ofNullable(optString()));
          break;
        case "narrative":
          b.narrative(strings());
          break;
        case "indicators":
          if (optArray()) {
            while (nextObjectInArray("an indicator object")) {
              b.addIndicator(indicator());
            }
          }
          break;
        case "initiatives":
          if (optArray()) {
            while (nextObjectInArray("an initiative object")) {
              b.addInitiative(initiative());
            }
          }
          break;
        case "weight":
          b.weight(Optional.ofNullable(optDecimal()));
          break;
        default:
          elementTail(name, f);
          break;
      }
    }
    b.sourceSpan(Optional.ofNullable(f.span)).sourceNotes(f.notes).extensions(extensions(f));
    return built(b::build, f.start, props);
  }

  private Initiative initiative() throws IOException {
    Frame f = frame();
    Initiative.Builder b = Initiative.builder();
    Props props = Props.INITIATIVE;
    LocalDate start = null;
    LocalDate due = null;
    beginObject();
    for (String name; (name = nextProperty(props, f, f.start)) != null; ) {
      switch (name) {
        case "id":
          idIfGiven(b::id);
          break;
        case "text":
          b.text(string());
          break;
        case "shortName":
          b.shortName(Optional.ofNullable(optString()));
          break;
        case "leadUnit":
          b.leadUnit(Optional.ofNullable(optString()));
          break;
        case "supportingUnits":
          b.supportingUnits(strings());
          break;
        case "start":
          start = optDate();
          if (start != null && due != null && due.isBefore(start)) {
            throw here("the initiative starts (" + start + ") after it is due (" + due + ")");
          }
          break;
        case "due":
          due = optDate();
          if (start != null && due != null && due.isBefore(start)) {
            throw here("the initiative is due (" + due + ") before it starts (" + start + ")");
          }
          break;
        case "status":
          b.status(Optional.ofNullable(optEnum(Enums.INITIATIVE_STATUS)));
          break;
        case "mentions":
          if (optArray()) {
            while (nextObjectInArray("a mention object")) {
              b.addMention(mention(f));
            }
          }
          break;
        case "indicators":
          if (optArray()) {
            while (nextObjectInArray("an indicator object")) {
              b.addIndicator(indicator());
            }
          }
          break;
        case "weight":
          b.weight(Optional.ofNullable(optDecimal()));
          break;
        default:
          elementTail(name, f);
          break;
      }
    }
    b.start(Optional.ofNullable(start)).due(Optional.ofNullable(due));
    b.sourceSpan(Optional.ofNullable(f.span)).sourceNotes(f.notes).extensions(extensions(f));
    return built(b::build, f.start, props);
  }

  private Mention mention(Frame owner) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    Props props = Props.MENTION;
    MentionKind kind = null;
    String text = null;
    Optional<SourceSpan> span = Optional.empty();
    beginObject();
    for (String name; (name = nextProperty(props, owner, start)) != null; ) {
      switch (name) {
        case "mentionKind":
          kind = enumValue(Enums.MENTION_KIND);
          break;
        case "text":
          text = string();
          break;
        default:
          span = optSpan(owner);
          break;
      }
    }
    try {
      return Mention.builder().mentionKind(kind).text(text).span(span).build();
    } catch (RuntimeException e) {
      throw modelError(e, start, props.what);
    }
  }

  private Indicator indicator() throws IOException {
    Frame f = frame();
    Indicator.Builder b = Indicator.builder();
    Props props = Props.INDICATOR;
    beginObject();
    for (String name; (name = nextProperty(props, f, f.start)) != null; ) {
      switch (name) {
        case "id":
          idIfGiven(b::id);
          break;
        case "name":
          b.name(string());
          break;
        case "measureKind":
          b.measureKind(enumValue(Enums.MEASURE_KIND));
          break;
        case "baseline":
          if (optObject("an object")) {
            b.baseline(baseline(f));
          }
          break;
        case "target":
          if (optObject("an object")) {
            b.target(target(f));
          }
          break;
        case "milestones":
          if (optArray()) {
            while (nextObjectInArray("a milestone object")) {
              b.addMilestone(milestone(f));
            }
          }
          break;
        case "direction":
          b.direction(Optional.ofNullable(optEnum(Enums.DIRECTION)));
          break;
        case "attribute":
          b.attribute(Optional.ofNullable(optEnum(Enums.INDICATOR_ATTRIBUTE)));
          break;
        case "actuals":
          if (optArray()) {
            while (nextObjectInArray("an actual object")) {
              b.addActual(actual(f));
            }
          }
          break;
        case "weight":
          b.weight(Optional.ofNullable(optDecimal()));
          break;
        default:
          elementTail(name, f);
          break;
      }
    }
    b.sourceSpan(Optional.ofNullable(f.span)).sourceNotes(f.notes).extensions(extensions(f));
    return built(b::build, f.start, props);
  }

  private Baseline baseline(Frame owner) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    Props props = Props.BASELINE;
    Baseline.Builder b = Baseline.builder();
    beginObject();
    for (String name; (name = nextProperty(props, owner, start)) != null; ) {
      if (name.equals("value")) {
        b.value(decimal());
      } else if (optObject("an object")) {
        b.period(period(owner));
      }
    }
    return built(b::build, start, props);
  }

  private Target target(Frame owner) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    Props props = Props.TARGET;
    Target.Builder b = Target.builder();
    Comparator comparator = null;
    beginObject();
    for (String name; (name = nextProperty(props, owner, start)) != null; ) {
      switch (name) {
        case "comparator":
          comparator = enumValue(Enums.COMPARATOR);
          b.comparator(comparator);
          break;
        case "value":
          b.value(decimal());
          break;
        case "upperValue":
          b.upperValue(Optional.ofNullable(optDecimal()));
          break;
        default:
          if (optObject("an object")) {
            b.unit(measureUnit(owner));
          }
          break;
      }
    }
    return built(b::build, start, props);
  }

  private MeasureUnit measureUnit(Frame owner) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    Props props = Props.UNIT;
    String written = null;
    String normalized = null;
    beginObject();
    for (String name; (name = nextProperty(props, owner, start)) != null; ) {
      if (name.equals("written")) {
        written = string();
      } else {
        normalized = optString();
      }
    }
    return MeasureUnit.of(written, normalized == null ? written : normalized);
  }

  private Milestone milestone(Frame owner) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    Props props = Props.MILESTONE;
    Period period = null;
    BigDecimal value = null;
    beginObject();
    for (String name; (name = nextProperty(props, owner, start)) != null; ) {
      if (name.equals("value")) {
        value = decimal();
      } else {
        object("an object");
        period = period(owner);
      }
    }
    return Milestone.of(period, value);
  }

  private Actual actual(Frame owner) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    Props props = Props.ACTUAL;
    Actual.Builder b = Actual.builder();
    beginObject();
    for (String name; (name = nextProperty(props, owner, start)) != null; ) {
      switch (name) {
        case "period":
          object("an object");
          b.period(period(owner));
          break;
        case "value":
          b.value(decimal());
          break;
        default:
          b.note(Optional.ofNullable(optString()));
          break;
      }
    }
    return built(b::build, start, props);
  }

  private OrganizationalUnit organizationalUnit() throws IOException {
    Frame f = frame();
    OrganizationalUnit.Builder b = OrganizationalUnit.builder();
    Props props = Props.ORGANIZATIONAL_UNIT;
    beginObject();
    for (String name; (name = nextProperty(props, f, f.start)) != null; ) {
      switch (name) {
        case "id":
          idIfGiven(b::id);
          break;
        case "name":
          b.name(string());
          break;
        case "shortName":
          b.shortName(Optional.ofNullable(optString()));
          break;
        case "unitKind":
          b.unitKind(Optional.ofNullable(optEnum(Enums.UNIT_KIND)));
          break;
        default:
          elementTail(name, f);
          break;
      }
    }
    b.sourceSpan(Optional.ofNullable(f.span)).sourceNotes(f.notes).extensions(extensions(f));
    return built(b::build, f.start, props);
  }
}
