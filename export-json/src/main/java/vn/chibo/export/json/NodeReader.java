package vn.chibo.export.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads one JSON value into a {@link Node} tree, at most {@link #maxNodes} values: a record larger
 * than that is skipped, not held ({@link TooLargeException}).
 */
final class NodeReader {
    /** The most values one record may have. */
    static final int DEFAULT_MAX_NODES = 200_000;

    private final JsonParser parser;
    private final int maxNodes;
    private int nodes;

    NodeReader(JsonParser parser, int maxNodes) {
        this.parser = parser;
        this.maxNodes = maxNodes;
    }

    /** A record larger than the limit; the parser stands past its end. */
    static final class TooLargeException extends Exception {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads the value whose first token the parser is on, leaving the parser on its last token.
     *
     * @throws TooLargeException when the value has more than the limit of values; it was skipped
     * @throws IOException when the input is not well-formed JSON or cannot be read
     */
    Node read(String pointer) throws IOException, TooLargeException {
        return read(Node.Pointer.of(pointer));
    }

    /** {@link #read(String)} at a pointer not made yet. */
    Node read(Node.Pointer pointer) throws IOException, TooLargeException {
        nodes = 0;
        int rootDepth = parser.getParsingContext().getNestingDepth();
        boolean container =
                parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY;
        try {
            return value(pointer);
        } catch (TooLargeException e) {
            if (container) {
                // leave every container opened inside the value, then the value's own
                while (parser.getParsingContext().getNestingDepth() >= rootDepth) {
                    if (parser.nextToken() == null) {
                        throw new IOException("unexpected end of input");
                    }
                }
            }
            throw e;
        }
    }

    private Node value(Node.Pointer pointer) throws IOException, TooLargeException {
        if (++nodes > maxNodes) {
            throw new TooLargeException();
        }
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new IOException("unexpected end of input");
        }
        switch (token) {
            case START_OBJECT:
                return object(pointer, line, column);
            case START_ARRAY:
                return array(pointer, line, column);
            case VALUE_STRING:
                return new Node.Scalar(pointer, line, column, Node.ScalarKind.STRING, parser.getText());
            case VALUE_NUMBER_INT:
                return new Node.Scalar(pointer, line, column, Node.ScalarKind.INTEGER, parser.getText());
            case VALUE_NUMBER_FLOAT:
                return new Node.Scalar(pointer, line, column, Node.ScalarKind.DECIMAL, parser.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.Scalar(pointer, line, column, Node.ScalarKind.BOOLEAN, parser.getText());
            case VALUE_NULL:
                return new Node.Scalar(pointer, line, column, Node.ScalarKind.NULL, null);
            default:
                throw new IOException("unexpected token " + token);
        }
    }

    private Node object(Node.Pointer pointer, int line, int column) throws IOException, TooLargeException {
        FieldMap fields = new FieldMap();
        List<Node> duplicates = List.of();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            if (t != JsonToken.FIELD_NAME) {
                throw new IOException("expected a field name, found " + t);
            }
            String name = parser.currentName();
            parser.nextToken();
            Node child = value(pointer.field(name));
            if (!fields.addFirst(name, child)) {
                if (duplicates.isEmpty()) {
                    duplicates = new ArrayList<>();
                }
                duplicates.add(child);
            }
        }
        return new Node.ObjectNode(
                pointer,
                line,
                column,
                fields,
                duplicates.isEmpty() ? List.of() : Collections.unmodifiableList(duplicates));
    }

    private Node array(Node.Pointer pointer, int line, int column) throws IOException, TooLargeException {
        List<Node> items = new ArrayList<>();
        int i = 0;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (t == null) {
                throw new IOException("unexpected end of input");
            }
            items.add(value(pointer.item(i++)));
        }
        return new Node.ArrayNode(pointer, line, column, Collections.unmodifiableList(items));
    }
}
