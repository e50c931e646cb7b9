package vn.chibo.export.json;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one JSON object as {@link NodeReader} reads them: in document order, the first of
 * each name, looked up by a scan (an object of the format has a dozen fields or fewer, whose names
 * the parser hands out as the same strings each time). Read-only once read.
 */
final class FieldMap extends AbstractMap<String, Node> {
    private String[] names = new String[8];
    private Node[] values = new Node[8];
    private int size;

    /** Adds the field unless one of that name is there; whether it was added. */
    boolean addFirst(String name, Node value) {
        if (indexOf(name) >= 0) {
            return false;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
        return true;
    }

    private int indexOf(@Nullable Object name) {
        for (int i = 0; i < size; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The name of field {@code i}, in document order. */
    String name(int i) {
        return names[i];
    }

    /** The value of field {@code i}, in document order. */
    Node value(int i) {
        return values[i];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public @Nullable Node get(@Nullable Object name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(@Nullable Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public Set<Map.Entry<String, Node>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Node>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, Node> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
