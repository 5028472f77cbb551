package org.civicplan.examples.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.model.Plan;
import org.civicplan.rules.Language;
import org.civicplan.rules.NamedPlan;
import org.civicplan.rules.Profile;
import org.civicplan.rules.ValidationReport;
import org.civicplan.rules.Validator;
import org.civicplan.rules.report.SarifReportWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports an uploaded plan document ({@code .md}, {@code .txt}, {@code .json}, {@code .docx},
 * {@code .doc}, {@code .html}, {@code .pdf}: the format from the file name, through {@link
 * PlanDocuments}) and validates it.
 *
 * <pre>{@code
 * POST /validations   multipart "file"; ?profile=default|task-decomposition|strict, ?lang=zh|en
 *   Accept: application/json (default) or ?format=json  -> the JSON report
 *   Accept: application/sarif+json     or ?format=sarif -> SARIF 2.1.0
 * POST /plans         multipart "file" -> the imported plan in the plan JSON format
 * }</pre>
 *
 * <p>Thread-safe: the readers and validators are immutable and shared by all requests.
 */
@RestController
class PlanController {
  /** SARIF's media type (OASIS SARIF 2.1.0, §3.1). */
  static final MediaType SARIF = MediaType.parseMediaType("application/sarif+json");

  private final PlanDocuments documents = PlanDocuments.create();
  private final Map<String, Validator> validators = new ConcurrentHashMap<>();
  private final ContentNegotiationManager negotiation;

  PlanController(ContentNegotiationManager negotiation) {
    this.negotiation = negotiation;
  }

  /**
   * Validates an uploaded plan.
   *
   * @param file the document; its file name chooses the format and names it in the report
   * @param profile the rule profile
   * @param lang the language of the messages
   * @param request the request, for the format it asks for
   * @return the report, as JSON (Boot's ObjectMapper, through {@code ReportJsonModule}) or SARIF
   * @throws IOException a {@code PlanFormatException} if the upload is not a readable plan
   * @throws HttpMediaTypeNotAcceptableException if the format asked for is neither
   */
  @PostMapping(
      path = "/validations",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = {MediaType.APPLICATION_JSON_VALUE, "application/sarif+json"})
  ResponseEntity<?> validate(
      @RequestPart("file") MultipartFile file,
      @RequestParam(defaultValue = "default") String profile,
      @RequestParam(defaultValue = "zh") String lang,
      NativeWebRequest request)
      throws IOException, HttpMediaTypeNotAcceptableException {
    boolean sarif = wantsSarif(negotiation.resolveMediaTypes(request));
    Validator validator = validator(Profile.parse(profile), Language.parse(lang));
    String name = fileName(file);
    ImportResult imported = read(file, name);
    ValidationReport report =
        validator.validateAll(List.of(new NamedPlan(name, imported.plan(), imported.locations())));
    if (!sarif) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }
    StringWriter out = new StringWriter();
    new SarifReportWriter().write(report, out);
    return ResponseEntity.ok()
        .contentType(SARIF)
        .body(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Imports an uploaded plan.
   *
   * @param file the document
   * @return the plan, written by Boot's ObjectMapper through {@code PlanJson.module()}
   * @throws IOException a {@code PlanFormatException} if the upload is not a readable plan
   */
  @PostMapping(path = "/plans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Plan importPlan(@RequestPart("file") MultipartFile file) throws IOException {
    return read(file, fileName(file)).plan();
  }

  private ImportResult read(MultipartFile file, String name) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return documents.read(in, name);
    }
  }

  /** The upload's own name without any directory a browser sent with it. */
  private static String fileName(MultipartFile file) {
    String original = file.getOriginalFilename();
    if (original == null || original.isBlank()) {
      throw new IllegalArgumentException(
          "the upload has no file name; the name's extension (.md, .docx, …) says its format");
    }
    Path name = Path.of(original.replace('\\', '/')).getFileName();
    return name == null ? original : name.toString();
  }

  /** The first media type asked for that the service writes: SARIF, or else JSON. */
  private static boolean wantsSarif(List<MediaType> accepted) {
    for (MediaType type : accepted) {
      if (type.equalsTypeAndSubtype(SARIF)) {
        return true;
      }
      if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
        return false;
      }
    }
    return false;
  }

  private Validator validator(Profile profile, Language language) {
    return validators.computeIfAbsent(
        profile.id() + "/" + language.tag(),
        k -> Validator.builder().profile(profile).language(language).build());
  }
}
