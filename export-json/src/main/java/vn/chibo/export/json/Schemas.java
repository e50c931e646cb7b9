package vn.chibo.export.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Collects the named definitions ({@code $defs}) of a JSON Schema while codecs describe themselves. */
final class Schemas {
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final TreeMap<String, JsonNode> defs = new TreeMap<>();

    JsonNodeFactory nodes() {
        return nodes;
    }

    /** A new empty object. */
    ObjectNode object() {
        return nodes.objectNode();
    }

    /** {@code {"$ref": "#/$defs/name"}}, defining {@code name} on first use. */
    JsonNode ref(String name, Supplier<JsonNode> definition) {
        if (!defs.containsKey(name)) {
            defs.put(name, nodes.objectNode()); // placeholder: a definition may refer to itself
            defs.put(name, definition.get());
        }
        return object().put("$ref", "#/$defs/" + name);
    }

    /** A string schema with a pattern and a description. */
    ObjectNode pattern(String pattern, String description) {
        return object().put("type", "string").put("pattern", pattern).put("description", description);
    }

    /** {@code schema} or null. */
    JsonNode nullable(JsonNode schema) {
        ObjectNode any = object();
        any.putArray("anyOf").add(schema).add(object().put("type", "null"));
        return any;
    }

    /** The definition of {@code name}, once defined. */
    ObjectNode definition(String name) {
        return (ObjectNode) java.util.Objects.requireNonNull(defs.get(name), name);
    }

    /** Every definition, by name. */
    ObjectNode definitions() {
        ObjectNode out = object();
        defs.forEach(out::set);
        return out;
    }
}
