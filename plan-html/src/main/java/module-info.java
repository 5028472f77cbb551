/**
 * Web pages for {@code org.civicplan.io}: {@link org.civicplan.html.HtmlReader} reads the article
 * of a government or news page, found by {@code PlanDocuments} as a {@link
 * org.civicplan.io.spi.DocumentReader} service.
 *
 * <p>Nothing to {@code requires}: a module that reads {@code org.civicplan.io} gets this one by
 * service binding when its jar is on the module path.
 *
 * <pre>{@code
 * java --module-path libs -m com.example.district/com.example.district.Main plan.html
 * }</pre>
 */
module org.civicplan.html {
  requires transitive org.civicplan.io;
  requires org.jsoup;

  exports org.civicplan.html;

  provides org.civicplan.io.spi.DocumentReader with org.civicplan.html.HtmlReader;
}
