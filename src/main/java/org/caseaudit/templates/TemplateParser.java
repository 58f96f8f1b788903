package org.caseaudit.templates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.caseaudit.shared.PlainText;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one template file: YAML (SnakeYAML's node tree keeps line numbers), then the JSON Schema
 * ({@code audit-templates/template.schema.json} on the classpath), then the checks a schema cannot express
 * (duplicate ids, known derivations and their scales). Every problem names file, line and field. Thread-safe.
 */
@Component
final class TemplateParser {

    static final String SCHEMA_RESOURCE = "audit-templates/template.schema.json";
    static final int MAX_FILE_BYTES = 1_000_000;
    private static final String ROOT = "(template)";

    private final JsonSchema schema;

    TemplateParser() {
        var config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        try (InputStream in = TemplateParser.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is not on the classpath");
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, InputFormat.JSON, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid file: its definition, its base name and the line of its version number (for later messages). */
    record ParsedTemplate(TemplateDefinition definition, String file, int versionLine) {
    }

    /** Parses and validates; throws {@link TemplateValidationException} listing every problem found. */
    TemplateDefinition parse(String fileName, byte[] content) {
        return parseFile(fileName, content).definition();
    }

    ParsedTemplate parseFile(String fileName, byte[] content) {
        String file = baseName(fileName);
        if (content.length > MAX_FILE_BYTES) {
            throw new TemplateValidationException(new TemplateProblem(file, 0, ROOT,
                    "file is larger than " + MAX_FILE_BYTES / 1000 + " kB"));
        }
        Map<String, Integer> lines = new HashMap<>();
        List<TemplateProblem> problems = new ArrayList<>();
        JsonNode tree = readYaml(file, decode(file, content), lines, problems);
        if (problems.isEmpty()) {
            problems.addAll(schemaProblems(file, tree, lines));
        }
        if (problems.isEmpty()) {
            problems.addAll(semanticProblems(file, tree, lines));
        }
        if (!problems.isEmpty()) {
            throw new TemplateValidationException(problems);
        }
        return new ParsedTemplate(toDefinition(tree), file, lineOf(lines, "version"));
    }

    static String baseNameOf(String fileName) {
        return baseName(fileName);
    }

    private static String decode(String file, byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new TemplateValidationException(new TemplateProblem(file, 0, ROOT, "the file is not UTF-8 text"));
        }
    }

    private static JsonNode readYaml(String file, String text, Map<String, Integer> lines,
            List<TemplateProblem> problems) {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_FILE_BYTES);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            problems.add(new TemplateProblem(file, line, "YAML syntax", what + context));
            return null;
        } catch (YAMLException e) {
            problems.add(new TemplateProblem(file, 0, "YAML syntax", e.getMessage()));
            return null;
        }
        if (root == null) {
            problems.add(new TemplateProblem(file, 1, ROOT, "the file is empty"));
            return null;
        }
        return convert(file, root, "", lines, problems);
    }

    /** SnakeYAML node tree to a Jackson tree, remembering the line of every field path. */
    private static JsonNode convert(String file, Node node, String path, Map<String, Integer> lines,
            List<TemplateProblem> problems) {
        lines.putIfAbsent(path, node.getStartMark().getLine() + 1);
        var factory = JsonNodeFactory.instance;
        if (node instanceof MappingNode mapping) {
            ObjectNode object = factory.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                int keyLine = tuple.getKeyNode().getStartMark().getLine() + 1;
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    problems.add(new TemplateProblem(file, keyLine, fieldName(path),
                            "a field name must be plain text"));
                    continue;
                }
                String key = keyNode.getValue();
                String childPath = path.isEmpty() ? key : path + "." + key;
                if (object.has(key)) {
                    problems.add(new TemplateProblem(file, keyLine, childPath, "field '" + key + "' appears twice"));
                    continue;
                }
                lines.put(childPath, keyLine);
                object.set(key, convert(file, tuple.getValueNode(), childPath, lines, problems));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = factory.arrayNode();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                array.add(convert(file, items.get(i), path + "[" + i + "]", lines, problems));
            }
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (Tag.NULL.equals(tag)) {
                return factory.nullNode();
            }
            if (Tag.BOOL.equals(tag)) {
                return factory.booleanNode(Set.of("true", "yes", "on", "y").contains(value.toLowerCase()));
            }
            if (Tag.INT.equals(tag)) {
                return factory.numberNode(new BigInteger(value.replace("_", "")));
            }
            if (Tag.FLOAT.equals(tag)) {
                return factory.numberNode(Double.parseDouble(value.replace("_", "")));
            }
        } catch (NumberFormatException e) {
            // An unusual YAML 1.1 number form (octal, sexagesimal): keep it as text and let the schema say what it
            // expected.
        }
        return factory.textNode(value);
    }

    private List<TemplateProblem> schemaProblems(String file, JsonNode tree, Map<String, Integer> lines) {
        Set<TemplateProblem> problems = new LinkedHashSet<>();
        schema.validate(tree).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .forEach(m -> problems.add(toProblem(file, m, lines)));
        return List.copyOf(problems);
    }

    private static TemplateProblem toProblem(String file, ValidationMessage m, Map<String, Integer> lines) {
        String path = path(m.getInstanceLocation());
        JsonNode value = m.getInstanceNode();
        String shown = value == null ? "" : value.isTextual() ? value.asText() : value.toString();
        return switch (m.getType()) {
            case "required" -> problemAt(file, lines, path, join(path, m.getProperty()),
                    "required field '" + m.getProperty() + "' is missing");
            case "additionalProperties" -> problemAt(file, lines, join(path, m.getProperty()),
                    join(path, m.getProperty()), "unknown field '" + m.getProperty() + "'");
            case "enum" -> problemAt(file, lines, path, path, path.endsWith("scale")
                    ? "unknown answer scale '" + shown + "'; expected one of " + names(AnswerScale.values())
                    : "'" + shown + "' is not allowed; expected one of " + m.getArguments()[0]);
            case "maxLength" -> problemAt(file, lines, path, path, "is " + shown.length()
                    + " characters long; at most " + m.getArguments()[0] + " are allowed");
            case "pattern" -> problemAt(file, lines, path, path, patternMessage(shown, String.valueOf(
                    m.getArguments()[0])));
            default -> problemAt(file, lines, path, path, m.getError());
        };
    }

    private static String patternMessage(String value, String pattern) {
        if (pattern.equals("\\S")) {
            return "must not be blank";
        }
        if (pattern.startsWith("^[a-z0-9]+(-[a-z0-9]+)*$")) {
            return "'" + value
                    + "' must be lower-case letters and digits, words joined by hyphens (e.g. consent-at-contact)";
        }
        if (pattern.equals("^[A-Z][A-Z0-9_]*$")) {
            return "'" + value + "' must be capital letters, digits and underscores (e.g. S47_ENQUIRY)";
        }
        return "'" + value + "' does not match the pattern " + pattern;
    }

    private static List<TemplateProblem> semanticProblems(String file, JsonNode tree, Map<String, Integer> lines) {
        List<TemplateProblem> problems = new ArrayList<>();
        Set<String> sectionIds = new HashSet<>();
        Map<String, String> questionIds = new HashMap<>();
        textProblems(file, tree, "", lines, problems);
        JsonNode sections = tree.get("sections");
        for (int s = 0; s < sections.size(); s++) {
            JsonNode section = sections.get(s);
            String sectionPath = "sections[" + s + "]";
            String sectionId = section.get("id").asText();
            if (!sectionIds.add(sectionId)) {
                problems.add(problemAt(file, lines, sectionPath + ".id", sectionPath + ".id",
                        "duplicate section id '" + sectionId + "'"));
            }
            JsonNode questions = section.get("questions");
            for (int q = 0; q < questions.size(); q++) {
                String path = sectionPath + ".questions[" + q + "]";
                problems.addAll(questionProblems(file, questions.get(q), path, questionIds, lines));
            }
        }
        // a domain's grade is answered as a question: its id must not clash with any question's
        for (int s = 0; s < sections.size(); s++) {
            JsonNode grade = sections.get(s).get("grade");
            if (grade == null) {
                continue;
            }
            String path = "sections[" + s + "].grade";
            String id = grade.get("id").asText();
            String earlier = questionIds.putIfAbsent(id, path);
            if (earlier != null) {
                problems.add(problemAt(file, lines, path + ".id", path + ".id", "duplicate question id '" + id
                        + "' (already used at " + earlier + ", line " + lines.get(earlier + ".id") + ")"));
            }
        }
        return problems;
    }

    private static List<TemplateProblem> questionProblems(String file, JsonNode question, String path,
            Map<String, String> questionIds, Map<String, Integer> lines) {
        List<TemplateProblem> problems = new ArrayList<>();
        String id = question.get("id").asText();
        String earlier = questionIds.putIfAbsent(id, path);
        if (earlier != null) {
            problems.add(problemAt(file, lines, path + ".id", path + ".id",
                    "duplicate question id '" + id + "' (already used at " + earlier + ", line " + lines.get(earlier
                    + ".id") + ")"));
        }
        AnswerScale scale = AnswerScale.valueOf(question.get("scale").asText());
        if (question.hasNonNull("derivation")) {
            String name = question.get("derivation").asText();
            var derivation = Derivation.byName(name);
            if (derivation.isEmpty()) {
                problems.add(problemAt(file, lines, path + ".derivation", path + ".derivation",
                        "unknown derivation '" + name + "'; known derivations: " + names(Derivation.values())));
            } else if (!derivation.get().isCompatibleWith(scale)) {
                problems.add(problemAt(file, lines, path + ".derivation", path + ".derivation",
                        "derivation " + name + " cannot propose an answer on the " + scale + " scale; it fits "
                                + derivation.get().compatibleScales().stream().map(Enum::name).sorted()
                                        .collect(Collectors.joining(", "))));
            }
        }
        if (question.path("keyMeasure").asBoolean(false) && !scale.canBeNonCompliant() && scale != AnswerScale.NUMBER) {
            problems.add(problemAt(file, lines, path + ".keyMeasure", path + ".keyMeasure",
                    "a key measure needs a scale that can be counted (YES_NO_NA, YES_PARTLY_NO_NA, OFSTED_GRADE or "
                    + "NUMBER), not " + scale));
        }
        for (String field : List.of("evidenceRequiredWhenNonCompliant", "findingText", "suggestedAction")) {
            JsonNode value = question.get(field);
            boolean used = value != null && !(value.isBoolean() && !value.asBoolean());
            if (used && !scale.canBeNonCompliant()) {
                problems.add(problemAt(file, lines, path + "." + field, path + "." + field,
                        "only used when an answer is non-compliant, and a " + scale + " answer never is"));
            }
        }
        return problems;
    }

    /** Every text in the file follows the one text rule: titles and ids single-line, longer texts multi-line. */
    private static void textProblems(String file, JsonNode node, String path, Map<String, Integer> lines,
                                     List<TemplateProblem> problems) {
        if (node.isTextual()) {
            String key = path.substring(path.lastIndexOf('.') + 1);
            boolean singleLine = key.equals("title") || key.equals("id") || key.equals("theme") || key.contains("[");
            PlainText.problem("the text", node.asText(), singleLine ? PlainText.Lines.SINGLE : PlainText.Lines.MULTI)
                    .ifPresent(problem -> problems.add(problemAt(file, lines, path, path, problem)));
        } else if (node.isObject()) {
            node.properties().forEach(e -> textProblems(file, e.getValue(),
                    path.isEmpty() ? e.getKey() : path + "." + e.getKey(), lines, problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                textProblems(file, node.get(i), path + "[" + i + "]", lines, problems);
            }
        }
    }

    private static TemplateProblem problemAt(String file, Map<String, Integer> lines, String linePath, String field,
            String message) {
        return new TemplateProblem(file, lineOf(lines, linePath), fieldName(field), message);
    }

    /** The line of a path, or of its nearest parent that has one (a missing field has no line of its own). */
    private static int lineOf(Map<String, Integer> lines, String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }

    private static String path(JsonNodePath location) {
        var sb = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                sb.append('[').append(index).append(']');
            } else {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(element);
            }
        }
        return sb.toString();
    }

    private static String join(String path, String property) {
        return path.isEmpty() ? property : path + "." + property;
    }

    private static String fieldName(String path) {
        return path.isEmpty() ? ROOT : path;
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String baseName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "(unnamed file)" : fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private static TemplateDefinition toDefinition(JsonNode tree) {
        List<SectionDefinition> sections = new ArrayList<>();
        for (JsonNode s : tree.get("sections")) {
            List<QuestionDefinition> questions = new ArrayList<>();
            for (JsonNode q : s.get("questions")) {
                questions.add(new QuestionDefinition(
                        q.get("id").asText(),
                        q.get("text").asText().strip(),
                        text(q, "guidance"),
                        strings(q.get("references")),
                        AnswerScale.valueOf(q.get("scale").asText()),
                        q.path("evidenceRequiredWhenNonCompliant").asBoolean(false),
                        q.path("keyMeasure").asBoolean(false),
                        q.hasNonNull("derivation") ? Derivation.valueOf(q.get("derivation").asText()) : null,
                        text(q, "theme"),
                        text(q, "findingText"),
                        text(q, "suggestedAction"),
                        text(q, "sourceQuestion")));
            }
            DomainGradeDefinition domain = null;
            JsonNode g = s.get("grade");
            if (g != null) {
                domain = new DomainGradeDefinition(g.get("id").asText(), g.get("text").asText().strip());
                questions.add(new QuestionDefinition(domain.questionId(), domain.text(), text(g, "guidance"), List.of(),
                        AnswerScale.OFSTED_GRADE, g.path("rationaleRequired").asBoolean(false), false, null, null, null,
                        null, null));
            }
            sections.add(new SectionDefinition(s.get("id").asText(), s.get("title").asText().strip(),
                    text(s, "description"), questions, domain));
        }
        JsonNode grade = tree.get("overallGrade");
        return new TemplateDefinition(
                tree.get("id").asText(),
                tree.get("version").asInt(),
                tree.get("title").asText().strip(),
                tree.get("purpose").asText().strip(),
                strings(tree.get("caseTypes")),
                sections,
                grade == null ? null : new OverallGradeDefinition(grade.get("text").asText().strip(),
                        text(grade, "guidance"), grade.path("rationaleRequired").asBoolean(false)));
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText().strip() : null;
    }

    private static List<String> strings(JsonNode array) {
        if (array == null) {
            return List.of();
        }
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.asText().strip()).toList();
    }
}
