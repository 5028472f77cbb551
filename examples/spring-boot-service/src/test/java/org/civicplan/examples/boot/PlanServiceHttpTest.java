package org.civicplan.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.json.PlanJson;
import org.civicplan.rules.Finding;
import org.civicplan.rules.NamedPlan;
import org.civicplan.rules.ValidationReport;
import org.civicplan.rules.Validator;
import org.civicplan.rules.report.ReportJsonModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The service on a random local port, called over real HTTP as a client would: the bundled
 * sample uploaded as Markdown and Word, the report as JSON and SARIF, broken uploads as problem
 * details.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanServiceHttpTest {
  static final Path SAMPLE = Path.of("..", "jiangsu-road-2024.md");
  static final Path SAMPLE_DOCX =
      Path.of("..", "..", "plan-docx", "src", "test", "resources", "documents", "jiangsu-road-2024.docx");
  /** A client's own mapper, with the report module: it reads the JSON report back. */
  static final ObjectMapper CLIENT = new ObjectMapper().registerModule(new ReportJsonModule());

  static ValidationReport expected;

  @Autowired TestRestTemplate http;

  @BeforeAll
  static void validateLocally() throws IOException {
    ImportResult imported;
    try (InputStream in = Files.newInputStream(SAMPLE)) {
      imported = PlanDocuments.create().read(in, "jiangsu-road-2024.md");
    }
    expected = Validator.builder().build().validateAll(List.of(
        new NamedPlan("jiangsu-road-2024.md", imported.plan(), imported.locations())));
    assertThat(expected.findings()).hasSize(5);
  }

  static HttpEntity<MultiValueMap<String, Object>> upload(String fileName, byte[] bytes, MediaType... accept) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    if (accept.length > 0) {
      headers.setAccept(List.of(accept));
    }
    return new HttpEntity<>(body, headers);
  }

  static HttpEntity<MultiValueMap<String, Object>> upload(Path file, MediaType... accept) throws IOException {
    return upload(file.getFileName().toString(), Files.readAllBytes(file), accept);
  }

  @Test
  void theSampleUploadedGivesItsValidationReportAsJson() throws IOException {
    ResponseEntity<String> response =
        http.postForEntity("/validations", upload(SAMPLE, MediaType.APPLICATION_JSON), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    JsonNode tree = CLIENT.readTree(response.getBody());
    assertThat(tree.at("/summary/warning").intValue()).isEqualTo(5);
    assertThat(tree.at("/files/0/source").textValue()).isEqualTo("jiangsu-road-2024.md");
    assertThat(tree.at("/files/0/findings/0/span/startLine").intValue()).isEqualTo(27);
    // the client reads it back: the very report the library gives in-process
    assertThat(CLIENT.readValue(response.getBody(), ValidationReport.class)).isEqualTo(expected);
  }

  @Test
  void sarifIsChosenByTheAcceptHeaderOrTheFormatParameter() throws IOException {
    ResponseEntity<String> byAccept =
        http.postForEntity("/validations", upload(SAMPLE, PlanController.SARIF), String.class);
    ResponseEntity<String> byParameter =
        http.postForEntity("/validations?format=sarif", upload(SAMPLE), String.class);
    for (ResponseEntity<String> response : List.of(byAccept, byParameter)) {
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(response.getHeaders().getContentType()).isEqualTo(PlanController.SARIF);
      JsonNode run = CLIENT.readTree(response.getBody()).at("/runs/0");
      assertThat(CLIENT.readTree(response.getBody()).path("version").textValue()).isEqualTo("2.1.0");
      List<String> ruleIds = run.path("results").findValuesAsText("ruleId");
      assertThat(ruleIds).containsExactlyElementsOf(expected.findings().stream().map(Finding::ruleId).toList());
      assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").textValue())
          .isEqualTo("jiangsu-road-2024.md");
      assertThat(run.at("/results/0/locations/0/physicalLocation/region/startLine").intValue()).isEqualTo(27);
    }
    ResponseEntity<String> json = http.postForEntity("/validations?format=json", upload(SAMPLE), String.class);
    assertThat(json.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
  }

  @Test
  void aWordDocumentAndAnotherProfileAndLanguage() throws IOException {
    ResponseEntity<String> response =
        http.postForEntity("/validations?profile=strict&lang=en", upload(SAMPLE_DOCX), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    ValidationReport report = CLIENT.readValue(response.getBody(), ValidationReport.class);
    assertThat(report.profile().id()).isEqualTo("strict");
    assertThat(report.language().tag()).isEqualTo("en");
    assertThat(report.results().get(0).source()).isEqualTo("jiangsu-road-2024.docx");
    assertThat(report.rules()).hasSizeGreaterThan(expected.rules().size());
  }

  @Test
  void theImportedPlanComesBackInThePlanJsonFormat() throws IOException {
    ResponseEntity<String> response = http.postForEntity("/plans", upload(SAMPLE), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    ImportResult local;
    try (InputStream in = Files.newInputStream(SAMPLE)) {
      local = PlanDocuments.create().read(in, "jiangsu-road-2024.md");
    }
    assertThat(PlanJson.create().read(response.getBody())).isEqualTo(local.plan());
  }

  @Test
  void aBrokenJsonPlanIs422WithItsLineAndColumn() throws IOException {
    byte[] broken = "{\n  \"formatVersion\": \"1.1\",\n  \"title\": [],\n  \"sections\": []\n}"
        .getBytes(StandardCharsets.UTF_8);
    ResponseEntity<String> response =
        http.postForEntity("/validations", upload("broken.json", broken), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = CLIENT.readTree(response.getBody());
    assertThat(problem.path("status").intValue()).isEqualTo(422);
    assertThat(problem.path("source").textValue()).isEqualTo("broken.json");
    assertThat(problem.path("line").intValue()).isEqualTo(3);
    assertThat(problem.path("column").intValue()).isPositive();
    assertThat(problem.path("pointer").textValue()).isEqualTo("/title");
    assertThat(problem.path("detail").textValue()).startsWith("broken.json:3:");
    assertThat(problem.path("instance").textValue()).isEqualTo("/validations");
  }

  @Test
  void otherBadUploadsAreProblemDetailsToo() throws IOException {
    ResponseEntity<String> unknown =
        http.postForEntity("/validations", upload("plan.xyz", new byte[] {1, 2}), String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(CLIENT.readTree(unknown.getBody()).path("detail").textValue())
        .contains("unsupported file extension").contains(".md").contains(".docx");
    ResponseEntity<String> notWord =
        http.postForEntity("/validations", upload("plan.docx", "not a zip".getBytes(StandardCharsets.UTF_8)), String.class);
    assertThat(notWord.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(CLIENT.readTree(notWord.getBody()).has("line")).isFalse(); // no place to point at
    ResponseEntity<String> profile =
        http.postForEntity("/validations?profile=lenient", upload(SAMPLE), String.class);
    assertThat(profile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(CLIENT.readTree(profile.getBody()).path("detail").textValue()).contains("unknown profile \"lenient\"");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> noFile = http.postForEntity(
        "/validations", new HttpEntity<>(new LinkedMultiValueMap<String, Object>(), headers), String.class);
    assertThat(noFile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }
}
