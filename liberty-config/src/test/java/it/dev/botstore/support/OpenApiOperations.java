package it.dev.botstore.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations of the running server's {@code /openapi} document, read at test time, so a test
 * that walks them covers an operation added tomorrow without being told.
 */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head");
    /**
     * What a description says the body fields are: snake_case names, quoted names, names before "("
     * and names listed between braces and commas.
     */
    private static final Pattern FIELD = Pattern.compile("\\b([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\\b|\"([a-z][a-z0-9_]*)\""
            + "|\\b([a-z][a-z0-9_]*)\\??\\s*\\(|[{,]\\s*([a-z][a-z0-9_]*)(?=\\s*[,}?])");

    /** One parameter: its name and where it goes (path, query, header). */
    public record Parameter(String name, String in) {
    }

    /**
     * @param bodyTypes  media types of the request body; empty when the operation takes none
     * @param fieldHints body field names the description mentions
     */
    public record Operation(String method, String path, List<Parameter> parameters, List<String> bodyTypes,
                            Set<String> fieldHints) {

        public List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private OpenApiOperations() {
    }

    /** Every operation of the document under {@code /api/}. */
    public static List<Operation> read() {
        JsonObject document;
        try (JsonReader reader = Json.createReader(new StringReader(Http.get("/openapi?format=JSON").body()))) {
            document = reader.readObject();
        }
        List<Operation> operations = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> {
            JsonObject operationsOfPath = item.asJsonObject();
            Map<String, Parameter> shared = parameters(operationsOfPath.get("parameters"));
            operationsOfPath.forEach((method, value) -> {
                if (!METHODS.contains(method) || !path.startsWith("/api/")) {
                    return;
                }
                JsonObject operation = value.asJsonObject();
                Map<String, Parameter> all = new LinkedHashMap<>(shared);
                all.putAll(parameters(operation.get("parameters")));
                List<String> bodyTypes = operation.containsKey("requestBody")
                        ? List.copyOf(operation.getJsonObject("requestBody").getJsonObject("content").keySet())
                        : List.of();
                operations.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path,
                        List.copyOf(all.values()), bodyTypes, hints(operation.getString("description", ""))));
            });
        });
        return operations;
    }

    private static Map<String, Parameter> parameters(JsonValue list) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        if (list != null && list.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue p : list.asJsonArray()) {
                JsonObject parameter = p.asJsonObject();
                parameters.put(parameter.getString("in") + ":" + parameter.getString("name"),
                        new Parameter(parameter.getString("name"), parameter.getString("in")));
            }
        }
        return parameters;
    }

    private static Set<String> hints(String description) {
        int covers = description.indexOf("Covers:");
        String text = covers < 0 ? description : description.substring(0, covers);
        Set<String> hints = new LinkedHashSet<>();
        Matcher matcher = FIELD.matcher(text);
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    hints.add(matcher.group(group));
                }
            }
        }
        return hints;
    }
}
