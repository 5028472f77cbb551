package org.civicplan.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.civicplan.io.PlanFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed input: each case asserts the problem text, the line, the column and the JSON Pointer,
 * read from a String, a Reader, a stream and a byte array alike (columns count characters in all).
 */
class PlanJsonErrorsTest {
  private static final PlanJson JSON = PlanJson.create();

  /** Reads {@code text} four ways; all must fail alike. Returns the String read's exception. */
  private static PlanFormatException failure(PlanJson json, String text) {
    PlanFormatException fromString =
        catchThrowableOfType(PlanFormatException.class, () -> json.read(text));
    assertThat(fromString).as("reading a String fails").isNotNull();
    PlanFormatException fromReader =
        catchThrowableOfType(PlanFormatException.class, () -> json.read(new StringReader(text)));
    PlanFormatException fromBytes =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    PlanFormatException fromByteArray =
        catchThrowableOfType(
            PlanFormatException.class, () -> json.read(text.getBytes(StandardCharsets.UTF_8)));
    for (PlanFormatException other :
        new PlanFormatException[] {fromReader, fromBytes, fromByteArray}) {
      assertThat(other).isNotNull();
      assertThat(other.problem()).isEqualTo(fromString.problem());
      assertThat(other.line()).isEqualTo(fromString.line());
      assertThat(other.column()).isEqualTo(fromString.column());
      assertThat(other.pointer()).isEqualTo(fromString.pointer());
    }
    return fromString;
  }

  private static void assertError(
      PlanFormatException e, String problem, int line, int column, String pointer) {
    assertThat(e.problem()).isEqualTo(problem);
    assertThat(e.line()).as("line").isEqualTo(line);
    assertThat(e.column()).as("column").isEqualTo(column);
    assertThat(e.pointer()).as("pointer").contains(pointer);
    assertThat(e.getMessage())
        .isEqualTo(
            "<input>:" + line + ":" + column + ": at " + (pointer.isEmpty() ? "/" : pointer)
                + ": " + problem);
  }

  @Test
  void truncatedJson() {
    String text =
        "{\n  \"formatVersion\": \"1.0\",\n  \"title\": \"计划\",\n  \"sections\": [\n    {\"title\": \"一";
    assertError(
        failure(JSON, text),
        "unexpected end of input: the JSON text is cut off inside an object",
        5,
        17,
        "/sections/0/title");
  }

  /**
   * PlanJsonPropertiesTest, seed 8e36374935753: one damaged byte made a target's exponent eleven
   * digits long, and BigDecimal's NumberFormatException ("Too many nonzero exponent digits",
   * "Exponent overflow") reached the reader's safety net instead of a located message.
   */
  @Test
  void anExponentBeyondTheIntRange() {
    for (String number : new String[] {"1E+99999999999", "1E+9999999999", "1E+2147483648", "-2.5e-99999999999"}) {
      String text =
          "{\n  \"formatVersion\": \"1.0\",\n  \"title\": \"计划\",\n"
              + "  \"extensions\": {\"x:n\": " + number + "}\n}";
      assertError(
          failure(JSON, text),
          "the number " + number + " has an exponent outside the range a decimal can hold"
              + " (-2147483648 to 2147483647)",
          4,
          25,
          "/extensions/x:n");
    }
  }

  @Test
  void wrongType() {
    String text =
        "{\n  \"formatVersion\": \"1.0\",\n  \"title\": \"江苏路街道 2024 年工作计划\",\n"
            + "  \"sections\": [\n    {\"id\": \"s1\", \"title\": 42}\n  ]\n}";
    assertError(
        failure(JSON, text), "expected a string, found a number", 5, 27, "/sections/0/title");
  }

  @Test
  void wrongTypeAfterChineseTextCountsCharactersNotBytes() {
    String text = "{\"formatVersion\":\"1.0\",\"title\":\"江苏路街道\",\"planKind\":3}";
    PlanFormatException e = failure(JSON, text);
    assertThat(e.column()).isEqualTo(text.indexOf('3') + 1);
    assertThat(e.pointer()).contains("/planKind");
    assertThat(e.problem()).startsWith("expected a plan kind (one of \"annualWorkPlan\",").endsWith("found a number");
  }

  @Test
  void missingRequiredTitle() {
    String text =
        "{\n  \"formatVersion\": \"1.0\",\n  \"title\": \"计划\",\n  \"sections\": [\n"
            + "    {\"id\": \"s1\", \"title\": \"一\"},\n    {\"id\": \"s2\", \"keywords\": [\"招\"]}\n  ]\n}";
    assertError(
        failure(JSON, text), "missing required property \"title\" of a section", 6, 5, "/sections/1");
  }

  @Test
  void missingFormatVersion() {
    assertError(
        failure(JSON, "{\"title\": \"计划\"}"),
        "missing required property \"formatVersion\" of a plan",
        1,
        1,
        "");
  }

  @Test
  void duplicateIdsAcrossTwoSections() {
    String text =
        "{\n  \"formatVersion\": \"1.0\",\n  \"title\": \"计划\",\n  \"sections\": [\n"
            + "    {\"id\": \"s1\", \"title\": \"一\"},\n    {\"id\": \"s1\", \"title\": \"二\"}\n  ]\n}";
    assertError(
        failure(JSON, text),
        "duplicate id \"s1\": already used at line 5, column 12; ids must be unique in the plan",
        6,
        12,
        "/sections/1/id");
  }

  @Test
  void elementIdThatClashesWithTheDefaultPlanId() {
    String text = "{\"formatVersion\":\"1.0\",\"title\":\"a\",\"units\":[{\"id\":\"plan\",\"name\":\"x\"}]}";
    PlanFormatException e = failure(JSON, text);
    assertThat(e.problem()).startsWith("duplicate id \"plan\": a plan without an \"id\" is called \"plan\"");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(text.indexOf("\"plan\"") + 1);
  }

  @Test
  void dueBeforeStart() {
    String text =
        "{\"formatVersion\":\"1.0\",\"title\":\"计划\",\"sections\":[{\"title\":\"一\",\"goals\":"
            + "[{\"name\":\"g\",\"initiatives\":[{\"text\":\"做\",\"start\":\"2024-03-01\","
            + "\"due\":\"2024-01-01\"}]}]}]}";
    assertError(
        failure(JSON, text),
        "the initiative is due (2024-01-01) before it starts (2024-03-01)",
        1,
        text.indexOf("\"2024-01-01\"") + 1,
        "/sections/0/goals/0/initiatives/0/due");
  }

  @Test
  void periodEndBeforeStart() {
    String text =
        "{\"formatVersion\":\"1.0\",\"title\":\"计划\",\"period\":{\"end\":\"2024-01-01\",\"start\":\"2024-12-31\"}}";
    assertError(
        failure(JSON, text),
        "the period starts (2024-12-31) after it ends (2024-01-01)",
        1,
        text.indexOf("\"2024-12-31\"") + 1,
        "/period/start");
  }

  @Test
  void betweenTargetWithoutUpperValueIsRejectedAtTheTarget() {
    String text =
        "{\"formatVersion\":\"1.0\",\"title\":\"a\",\"sections\":[{\"title\":\"一\",\"goals\":[{\"name\":\"g\","
            + "\"initiatives\":[{\"text\":\"做\",\"indicators\":[{\"name\":\"k\",\"measureKind\":\"count\","
            + "\"target\":{\"comparator\":\"between\",\"value\":1}}]}]}]}]}";
    assertError(
        failure(JSON, text),
        "the target is not valid: a BETWEEN target needs an upper value",
        1,
        text.indexOf("{\"comparator\"") + 1,
        "/sections/0/goals/0/initiatives/0/indicators/0/target");
  }

  @Test
  void unknownFormatVersion() {
    assertError(
        failure(JSON, "{\n  \"formatVersion\": \"2.0\",\n  \"title\": \"计划\"\n}"),
        "unsupported formatVersion \"2.0\": this reader reads format 1.x; read the plan with a"
            + " CivicPlan version that knows format 2.x",
        2,
        20,
        "/formatVersion");
    assertError(
        failure(JSON, "{\"formatVersion\": \"one\", \"title\": \"计划\"}"),
        "expected a format version such as \"1.1\", found \"one\"",
        1,
        19,
        "/formatVersion");
    assertError(
        failure(JSON, "{\"formatVersion\": 1.0, \"title\": \"计划\"}"),
        "expected a string, found a number",
        1,
        19,
        "/formatVersion");
  }

  @Test
  void stringOverTheLimit() {
    PlanJson limited = PlanJson.builder().maxStringLength(10).build();
    String text = "{\"formatVersion\":\"1.0\",\n\"title\":\"" + "很".repeat(11) + "\"}";
    PlanFormatException e = failure(limited, text);
    assertThat(e.problem())
        .isEqualTo("a string is longer than the limit of 10 characters (PlanJson.Builder.maxStringLength)");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isGreaterThanOrEqualTo(9);
    assertThat(e.pointer()).contains("/title");
    // The same text is fine under the default limit.
    assertThat(catchThrowableOfType(PlanFormatException.class, () -> JSON.read(text))).isNull();
  }

  @Test
  void nestingBeyondTheLimit() {
    PlanJson limited = PlanJson.builder().maxNestingDepth(5).build();
    String text = "{\"formatVersion\":\"1.0\",\"title\":\"a\",\"extensions\":{\"x\":[[[[[1]]]]]}}";
    assertError(
        failure(limited, text),
        "the JSON is nested deeper than the limit of 5 levels (PlanJson.Builder.maxNestingDepth)",
        1,
        text.indexOf("[[[[[") + 5,
        "/extensions/x/0/0/0");
  }

  @Test
  void tokensOverTheLimit() {
    // { formatVersion "1.0" title "a" extensions { x [ 1 | 2: the eleventh token is the 2
    PlanJson limited = PlanJson.builder().maxTokenCount(10).build();
    String text = "{\"formatVersion\":\"1.0\",\"title\":\"a\",\"extensions\":{\"x\":[1,2,3]}}";
    PlanFormatException e = failure(limited, text);
    assertThat(e.problem())
        .isEqualTo("the document has more than the limit of 10 JSON tokens (names, values, starts and ends"
            + " of objects and arrays) (PlanJson.Builder.maxTokenCount)");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isBetween(text.indexOf("[1,") + 2, text.indexOf(",3]") + 1);
    assertThat(e.pointer()).hasValueSatisfying(p -> assertThat(p).startsWith("/extensions/x"));
    // Fifteen tokens in all, the last two closing braces among them.
    assertThat(catchThrowableOfType(PlanFormatException.class,
        () -> PlanJson.builder().maxTokenCount(15).build().read(text))).isNull();
    assertThat(catchThrowableOfType(PlanFormatException.class,
        () -> PlanJson.builder().maxTokenCount(14).build().read(text)).problem()).contains("limit of 14 JSON tokens");
  }

  @Test
  void elementsOverTheLimit() {
    // The plan, a section and its goal are three elements; the second goal is the fourth.
    PlanJson limited = PlanJson.builder().maxElementCount(3).build();
    String text = "{\"formatVersion\":\"1.1\",\"title\":\"a\",\"sections\":[{\"title\":\"s\",\n"
        + "\"goals\":[{\"name\":\"g\"},{\"name\":\"h\"}]}]}";
    assertError(
        failure(limited, text),
        "the plan has more than 3 elements (the plan, its targets, sections, goals, initiatives,"
            + " indicators and units), over the limit (PlanJson.Builder.maxElementCount)",
        2,
        "\"goals\":[{\"name\":\"g\"},".length() + 1,
        "/sections/0/goals/1");
    assertThat(catchThrowableOfType(PlanFormatException.class,
        () -> PlanJson.builder().maxElementCount(4).build().read(text))).isNull();
  }

  @Test
  void numberOverTheLimit() {
    PlanJson limited = PlanJson.builder().maxNumberLength(5).build();
    String text = "{\"formatVersion\":\"1.0\",\"title\":\"a\",\"extensions\":{\"x\":1234567890}}";
    PlanFormatException e = failure(limited, text);
    assertThat(e.problem())
        .isEqualTo("a number is longer than the limit of 5 characters (PlanJson.Builder.maxNumberLength)");
    assertThat(e.pointer()).contains("/extensions/x");
  }

  @Test
  void documentOverTheLimit() {
    PlanJson limited = PlanJson.builder().maxDocumentLength(20).build();
    String text = "{\"formatVersion\":\"1.0\",\"title\":\"a\"}";
    assertThatThrownBy(() -> limited.read(text))
        .isInstanceOf(PlanFormatException.class)
        .hasMessage(
            "<input>: the document is 35 characters long, over the limit of 20"
                + " (PlanJson.Builder.maxDocumentLength)");
    assertThatThrownBy(() -> limited.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(PlanFormatException.class)
        .hasMessage(
            "<input>: the document is at least 21 bytes long, over the limit of 20"
                + " (PlanJson.Builder.maxDocumentLength)");
    PlanFormatException fromReader =
        catchThrowableOfType(PlanFormatException.class, () -> limited.read(new StringReader(text)));
    assertThat(fromReader.problem()).startsWith("the document is longer than the limit of 20");
  }

  @Test
  void duplicateProperty() {
    assertError(
        failure(JSON, "{\"formatVersion\":\"1.0\",\"title\":\"a\",\"title\":\"b\"}"),
        "duplicate property \"title\"",
        1,
        36,
        "/title");
  }

  @Test
  void duplicatePropertyInsideExtensions() {
    String text = "{\"formatVersion\":\"1.0\",\"title\":\"a\",\"extensions\":{\"k\":{\"a\":1,\"a\":2}}}";
    assertError(
        failure(JSON, text),
        "duplicate property \"a\"",
        1,
        text.lastIndexOf("\"a\"") + 1,
        "/extensions/k/a");
  }

  @Test
  void blankId() {
    String text = "{\"formatVersion\":\"1.0\",\"title\":\"a\",\"units\":[{\"id\":\"  \",\"name\":\"x\"}]}";
    assertError(
        failure(JSON, text),
        "expected a non-blank id, found \"  \"; leave \"id\" out to have one assigned",
        1,
        51,
        "/units/0/id");
  }

  @Test
  void nullForARequiredProperty() {
    assertError(
        failure(JSON, "{\"formatVersion\":\"1.0\",\"title\":null}"),
        "expected a string, found null",
        1,
        32,
        "/title");
  }

  @Test
  void unknownEnumValue() {
    String text =
        "{\"formatVersion\":\"1.0\",\"title\":\"a\",\"units\":[{\"name\":\"x\",\"unitKind\":\"bureau\"}]}";
    assertError(
        failure(JSON, text),
        "expected a unit kind (one of \"government\", \"partyOrganization\", \"department\","
            + " \"office\", \"serviceCentre\", \"community\", \"partner\", \"other\"), found \"bureau\"",
        1,
        text.indexOf("\"bureau\"") + 1,
        "/units/0/unitKind");
  }

  @Test
  void malformedDate() {
    String text = "{\"formatVersion\":\"1.0\",\"title\":\"a\",\"adoptedOn\":\"2024/1/1\"}";
    assertError(
        failure(JSON, text),
        "expected a date as yyyy-MM-dd, found \"2024/1/1\"",
        1,
        48,
        "/adoptedOn");
  }

  @Test
  void contentAfterThePlan() {
    assertError(
        failure(JSON, "{\"formatVersion\":\"1.0\",\"title\":\"a\"}\n{}"),
        "expected the end of the input after the plan, found an object",
        2,
        1,
        "");
  }

  @Test
  void nullOrWrongTypesInsideArrays() {
    String nullSection = "{\"formatVersion\":\"1.0\",\"title\":\"a\",\"sections\":[null]}";
    assertError(
        failure(JSON, nullSection),
        "expected a section object, found null",
        1,
        nullSection.indexOf("null") + 1,
        "/sections/0");
    String numberInStrings = "{\"formatVersion\":\"1.0\",\"title\":\"a\",\"preamble\":[\"一\",2]}";
    assertError(
        failure(JSON, numberInStrings),
        "expected a string, found a number",
        1,
        numberInStrings.indexOf("2]") + 1,
        "/preamble/1");
    String stringForArray = "{\"formatVersion\":\"1.0\",\"title\":\"a\",\"sections\":\"一\"}";
    assertError(
        failure(JSON, stringForArray),
        "expected an array, found a string",
        1,
        stringForArray.indexOf("\"一\"") + 1,
        "/sections");
    String hugeOrdinal =
        "{\"formatVersion\":\"1.0\",\"title\":\"a\",\"sections\":[{\"title\":\"一\",\"number\":"
            + "{\"ordinal\":99999999999,\"label\":\"一\",\"style\":\"other\"}}]}";
    assertError(
        failure(JSON, hugeOrdinal),
        "expected an integer that fits in 32 bits, found 99999999999",
        1,
        hugeOrdinal.indexOf("99999999999") + 1,
        "/sections/0/number/ordinal");
  }

  @Test
  void notAnObject() {
    assertError(
        failure(JSON, "[1, 2]"), "expected a JSON object holding a plan, found an array", 1, 1, "");
  }

  @Test
  void emptyInput() {
    assertError(
        failure(JSON, ""), "the input is empty: expected a JSON object holding a plan", 1, 1, "");
    assertError(
        failure(JSON, " \n "),
        "the input is empty: expected a JSON object holding a plan",
        2,
        2,
        "");
  }

  @Test
  void binaryGarbage() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H'};
    PlanFormatException e =
        catchThrowableOfType(PlanFormatException.class, () -> JSON.read(new ByteArrayInputStream(png)));
    assertThat(e.problem()).isEqualTo("the input is not valid UTF-8 text: Invalid UTF-8 start byte 0x89");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.pointer()).contains("");

    byte[] zeros = {'{', 0, 0, 0, 1, 2, 3};
    PlanFormatException z =
        catchThrowableOfType(PlanFormatException.class, () -> JSON.read(new ByteArrayInputStream(zeros)));
    assertThat(z.getMessage()).isEqualTo("<input>:1:2: the input is not UTF-8 JSON text: byte 2 is zero");
  }

  @Test
  void utf16IsRejected() {
    byte[] utf16 = "{\"formatVersion\":\"1.0\",\"title\":\"a\"}".getBytes(StandardCharsets.UTF_16);
    assertThatThrownBy(() -> JSON.read(new ByteArrayInputStream(utf16)))
        .isInstanceOf(PlanFormatException.class)
        .hasMessage("<input>:1:1: the input starts with a UTF-16 byte-order mark; plan JSON must be UTF-8");
  }

  @Test
  void extensionCollidingWithAnUnknownProperty() {
    String text = "{\"formatVersion\":\"1.0\",\"title\":\"a\",\"foo\":1,\"extensions\":{\"foo\":2}}";
    assertError(
        failure(JSON, text),
        "property \"foo\" is not part of the format and would be kept in \"extensions\", but"
            + " \"extensions\" already has a member \"foo\"; rename or remove one of them",
        1,
        36,
        "/foo");
  }

  @Test
  void strictModeNamesTheUnknownPropertyAndWhatWasExpected() {
    PlanJson strict = PlanJson.builder().strict(true).build();
    String text =
        "{\"formatVersion\":\"1.0\",\"title\":\"a\",\"sections\":[{\"title\":\"一\",\"colour\":\"red\"}]}";
    assertError(
        failure(strict, text),
        "unknown property \"colour\" of a section; expected one of: id, number, keywords, title,"
            + " introduction, indicators, goals, weight, sourceSpan, sourceNotes, extensions",
        1,
        text.indexOf("\"colour\"") + 1,
        "/sections/0/colour");
  }

  @Test
  void fileErrorsNameTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.json");
    Files.writeString(file, "{\n  \"formatVersion\": \"1.0\",\n  \"title\": 7\n}\n");
    assertThatThrownBy(() -> JSON.read(file))
        .isInstanceOf(PlanFormatException.class)
        .hasMessage(file + ":3:12: at /title: expected a string, found a number")
        .satisfies(e -> assertThat(((PlanFormatException) e).sourceName()).contains(file.toString()));
  }

  @Test
  void aFailedReadIsAPlainIoExceptionNotAFormatError(@TempDir Path dir) {
    Throwable missing = catchThrowableOfType(IOException.class, () -> JSON.read(dir.resolve("none.json")));
    assertThat(missing).isInstanceOf(NoSuchFileException.class).isNotInstanceOf(PlanFormatException.class);

    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }
        };
    assertThatThrownBy(() -> JSON.read(broken))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(PlanFormatException.class)
        .hasMessage("disk on fire");
  }
}
