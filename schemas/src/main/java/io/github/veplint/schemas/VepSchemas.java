package io.github.veplint.schemas;

import java.io.InputStream;
import java.util.Objects;

/**
 * Names and opens the JSON Schemas shipped in this module.
 *
 * <p>For every schema, {@code ID_BASE + name} is its {@code $id} and {@code RESOURCE_DIRECTORY +
 * name} its classpath resource, so mapping the prefix {@link #ID_BASE} to {@code
 * classpath:schemas/} resolves all of them, including references between them, without network
 * access.
 */
public final class VepSchemas {

  /** Common prefix of the {@code $id} of every schema in this module. */
  public static final String ID_BASE = "https://veplint.github.io/schemas/";

  /** Absolute classpath directory holding every schema in this module. */
  public static final String RESOURCE_DIRECTORY = "/schemas/";

  /** Classpath resource of the schema for the YAML front matter of a {@code vep.md}. */
  public static final String FRONTMATTER_RESOURCE =
      RESOURCE_DIRECTORY + "vep-frontmatter.schema.json";

  /** {@code $id} of the schema for the YAML front matter of a {@code vep.md}. */
  public static final String FRONTMATTER_ID = ID_BASE + "vep-frontmatter.schema.json";

  /** Classpath resource of the schema for {@code .vep-lint.yaml}. */
  public static final String CONFIG_RESOURCE = RESOURCE_DIRECTORY + "vep-lint-config.schema.json";

  /** {@code $id} of the schema for {@code .vep-lint.yaml}. */
  public static final String CONFIG_ID = ID_BASE + "vep-lint-config.schema.json";

  /** Classpath resource of the schema for the JSON report. */
  public static final String REPORT_RESOURCE = RESOURCE_DIRECTORY + "vep-lint-report.schema.json";

  /** {@code $id} of the schema for the JSON report. */
  public static final String REPORT_ID = ID_BASE + "vep-lint-report.schema.json";

  /** Classpath resource of the schema for baseline files ({@code vep-lint baseline -o FILE}). */
  public static final String BASELINE_RESOURCE = RESOURCE_DIRECTORY + "vep-lint-baseline.schema.json";

  /** {@code $id} of the schema for baseline files. */
  public static final String BASELINE_ID = ID_BASE + "vep-lint-baseline.schema.json";

  private VepSchemas() {}

  /**
   * Opens a schema shipped in this module.
   *
   * @param resourcePath absolute classpath path of the schema, such as {@link
   *     #FRONTMATTER_RESOURCE}
   * @return a stream of the schema's JSON text, which the caller must close
   * @throws IllegalStateException if no such resource is on the classpath
   */
  public static InputStream open(String resourcePath) {
    Objects.requireNonNull(resourcePath, "resourcePath");
    InputStream schema = VepSchemas.class.getResourceAsStream(resourcePath);
    if (schema == null) {
      throw new IllegalStateException(
          "Schema resource "
              + resourcePath
              + " is not on the classpath; expected an absolute path under "
              + RESOURCE_DIRECTORY
              + " inside the vep-schemas jar");
    }
    return schema;
  }
}
