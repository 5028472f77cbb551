package org.civicplan.io.document;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The document formats {@link PlanDocuments} reads, with their file extensions and media types.
 *
 * <pre>{@code
 * DocumentFormat.fromFileName("plan.md");   // Optional[MARKDOWN]
 * DocumentFormat.TEXT.mediaType();          // "text/plain"
 * }</pre>
 */
public enum DocumentFormat {
  /** CommonMark with GFM tables: {@code .md}, {@code .markdown}. */
  MARKDOWN("text/markdown", List.of("md", "markdown")),
  /** Plain text, one paragraph per line: {@code .txt}. */
  TEXT("text/plain", List.of("txt")),
  /** The canonical JSON form of {@link org.civicplan.io.json.PlanJson}. */
  JSON("application/json", List.of("json"));

  private final String mediaType;
  private final List<String> extensions;

  DocumentFormat(String mediaType, List<String> extensions) {
    this.mediaType = mediaType;
    this.extensions = extensions;
  }

  /** @return the media type recorded on {@link org.civicplan.model.SourceDocument} */
  public String mediaType() {
    return mediaType;
  }

  /** @return the file extensions of the format, lower case, without the dot */
  public List<String> extensions() {
    return extensions;
  }

  /**
   * @param fileName a file name such as {@code plan.md}
   * @return the format its extension names (case-insensitive), if any
   */
  public static Optional<DocumentFormat> fromFileName(String fileName) {
    String ext = extensionOf(fileName);
    for (DocumentFormat f : values()) {
      if (f.extensions.contains(ext)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  static String extensionOf(String fileName) {
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    int dot = fileName.lastIndexOf('.');
    return dot > slash ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  static String known() {
    StringBuilder sb = new StringBuilder();
    for (DocumentFormat f : values()) {
      for (String e : f.extensions) {
        sb.append(sb.length() == 0 ? "" : ", ").append('.').append(e);
      }
    }
    return sb.toString();
  }
}
