package org.civicplan.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the {@code .properties} texts of a {@link BundleRule} as UTF-8 resources of the rule's own
 * module, the same way on the class path and on the module path ({@code ResourceBundle.Control},
 * which the rules once used, is not supported in named modules). Lookup as {@code ResourceBundle}
 * does it without the default-locale fallback: for zh_CN the files {@code <base>_zh_CN}, {@code
 * <base>_zh} and {@code <base>}, the more specific winning key by key.
 *
 * <p>Thread-safe. The bundles of this module (the built-in rules) are read once per JVM; others
 * are read for each rule built, so that no class loader of a custom-rule jar is held.
 */
final class Bundles {
  private static final Module OWN = Bundles.class.getModule();
  private static final Map<String, Map<String, String>> OWN_CACHE = new ConcurrentHashMap<>();

  private Bundles() {}

  /**
   * @param owner the class whose module holds the files
   * @param baseName the bundle's base name, such as {@code com.example.messages}
   * @param language the language
   * @return the texts by key, or {@code null} if no file of the bundle exists for the language
   * @throws IllegalStateException if a file cannot be read, or lies in a package of a named module
   *     that is not open to this module
   */
  static Map<String, String> texts(Class<?> owner, String baseName, Language language) {
    Module module = owner.getModule();
    if (module == OWN) {
      Map<String, String> cached = OWN_CACHE.computeIfAbsent(
          baseName + "_" + language.name(), k -> orEmpty(read(module, baseName, language)));
      return cached.isEmpty() ? null : cached;
    }
    return read(module, baseName, language);
  }

  private static Map<String, String> orEmpty(Map<String, String> texts) {
    return texts == null ? Map.of() : texts;
  }

  private static Map<String, String> read(Module module, String baseName, Language language) {
    checkOpen(module, baseName);
    Map<String, String> texts = null;
    // Least specific first: later files override earlier ones.
    for (String suffix : suffixes(language.locale())) {
      String resource = baseName.replace('.', '/') + suffix + ".properties";
      Properties properties = load(module, resource);
      if (properties != null) {
        if (texts == null) {
          texts = new HashMap<>();
        }
        for (String key : properties.stringPropertyNames()) {
          texts.put(key, properties.getProperty(key));
        }
      }
    }
    return texts == null ? null : Map.copyOf(texts);
  }

  /** @return "", "_zh", "_zh_CN": the candidate suffixes of a locale, least specific first */
  private static List<String> suffixes(Locale locale) {
    String language = locale.getLanguage();
    String country = locale.getCountry();
    if (language.isEmpty()) {
      return List.of("");
    }
    if (country.isEmpty()) {
      return List.of("", "_" + language);
    }
    return List.of("", "_" + language, "_" + language + "_" + country);
  }

  private static void checkOpen(Module module, String baseName) {
    int dot = baseName.lastIndexOf('.');
    String pkg = dot < 0 ? "" : baseName.substring(0, dot);
    if (module.isNamed() && module.getPackages().contains(pkg) && !module.isOpen(pkg, OWN)) {
      throw new IllegalStateException("the texts " + baseName + " of module " + module.getName()
          + " are in package " + pkg + ", which is not open to " + OWN.getName()
          + ": add \"opens " + pkg + " to " + OWN.getName() + ";\" to its module-info.java");
    }
  }

  private static Properties load(Module module, String resource) {
    try (InputStream in = module.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      return properties;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }
}
