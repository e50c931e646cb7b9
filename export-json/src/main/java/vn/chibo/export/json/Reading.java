package vn.chibo.export.json;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.Masking;
import vn.chibo.domain.common.Sensitive;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.common.ViolationCollector;

/**
 * What reading one document needs: where to report problems, the validator, and whether the value
 * being read is sensitive (its rejected values are then masked) or validated by an enclosing value
 * ({@code @Valid}).
 */
final class Reading {
    private static final Map<Class<?>, Boolean> CONSTRAINED = new ConcurrentHashMap<>();
    private static final int SHOWN = 80;

    private final ViolationCollector problems;
    private final @Nullable Validator validator;
    private int sensitive;
    private int cascaded;

    Reading(ViolationCollector problems, @Nullable Validator validator) {
        this.problems = Objects.requireNonNull(problems, "problems");
        this.validator = validator;
    }

    ViolationCollector problems() {
        return problems;
    }

    /** Reports a problem at {@code node}. */
    void report(Node node, String rule, String shown, Label message) {
        problems.add(Violation.of(node.where(), rule, shown, message));
    }

    /** Reports a problem at {@code pointer}, placed at {@code node}'s line and column. */
    void report(Node node, String pointer, String rule, String shown, Label message) {
        problems.add(Violation.of(node.where(pointer), rule, shown, message));
    }

    /** The value as a violation may show it: masked when sensitive, cut when long. */
    String shown(Node node) {
        if (!(node instanceof Node.Scalar s)) {
            return node.kind();
        }
        if (s.isNull()) {
            return "null";
        }
        if (sensitive > 0) {
            return Masking.MASK;
        }
        String text = s.value();
        return text.length() > SHOWN ? text.substring(0, SHOWN - 1) + "… (" + text.length() + " characters)" : text;
    }

    /** Reports a value of the wrong JSON type. */
    void wrongType(Node node, String expected) {
        report(
                node,
                JsonRules.TYPE,
                shown(node),
                Label.of(
                        "phải là " + Messages.vi(expected) + ", không phải " + Messages.vi(node.kind()),
                        "must be " + expected + ", not " + node.kind()));
    }

    /** Reports a value of the right type that is not allowed. */
    void badValue(Node node, String expectedVi, String expectedEn) {
        report(node, JsonRules.VALUE, shown(node), Label.of("phải là " + expectedVi, "must be " + expectedEn));
    }

    /** Runs {@code read} with values masked in violations. */
    <T> @Nullable T sensitively(java.util.function.Supplier<@Nullable T> read) {
        sensitive++;
        try {
            return read.get();
        } finally {
            sensitive--;
        }
    }

    /** Runs {@code read} for a value an enclosing value validates ({@code @Valid}). */
    <T> @Nullable T cascading(java.util.function.Supplier<@Nullable T> read) {
        cascaded++;
        try {
            return read.get();
        } finally {
            cascaded--;
        }
    }

    /**
     * Validates {@code value} read from {@code node} with the Jakarta validator, unless an
     * enclosing value will; each violation names the JSON Pointer of the value at fault.
     */
    void validate(Object value, Node node) {
        if (validator == null || cascaded > 0) {
            return;
        }
        Validator v = validator;
        boolean constrained = CONSTRAINED.computeIfAbsent(
                value.getClass(), c -> v.getConstraintsForClass(c).isBeanConstrained());
        if (!constrained) {
            return;
        }
        v.validate(value).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> cv) ->
                                cv.getPropertyPath().toString())
                        .thenComparing(cv -> cv.getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getName()))
                .forEach(cv -> problems.add(toViolation(cv, node)));
    }

    private Violation toViolation(ConstraintViolation<Object> cv, Node root) {
        StringBuilder pointer = new StringBuilder(root.pointer());
        String leaf = null;
        for (Path.Node n : cv.getPropertyPath()) {
            if (n.isInIterable()) {
                Object key = n.getIndex() != null ? n.getIndex() : n.getKey();
                pointer.append('/').append(key);
            }
            if (n.getKind() == jakarta.validation.ElementKind.PROPERTY && n.getName() != null) {
                pointer.append('/').append(n.getName());
                leaf = n.getName();
            }
        }
        String p = pointer.toString();
        Node at = find(root, p).orElse(root);
        boolean masked = sensitive > 0 || isSensitive(cv.getLeafBean(), leaf);
        Object invalid = cv.getInvalidValue();
        String shown = masked ? Masking.mask(invalid) : String.valueOf(invalid);
        if (shown.length() > SHOWN) {
            shown = shown.substring(0, SHOWN - 1) + "… (" + shown.length() + " characters)";
        }
        String rule = "validation:"
                + cv.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return Violation.of(at.where(p), rule, shown, cv.getMessage());
    }

    private static boolean isSensitive(@Nullable Object bean, @Nullable String property) {
        if (bean == null || property == null || !bean.getClass().isRecord()) {
            return false;
        }
        for (var c : bean.getClass().getRecordComponents()) {
            if (c.getName().equals(property)) {
                return c.isAnnotationPresent(Sensitive.class) || c.getAccessor().isAnnotationPresent(Sensitive.class);
            }
        }
        return false;
    }

    /** The node at {@code pointer} under {@code root}, if there is one. */
    static Optional<Node> find(Node root, String pointer) {
        if (!pointer.startsWith(root.pointer())) {
            return Optional.empty();
        }
        Node at = root;
        String rest = pointer.substring(root.pointer().length());
        for (String part : rest.isEmpty() ? new String[0] : rest.substring(1).split("/", -1)) {
            String name = part.replace("~1", "/").replace("~0", "~");
            if (at instanceof Node.ObjectNode o && o.fields().containsKey(name)) {
                at = o.fields().get(name);
            } else if (at instanceof Node.ArrayNode a && name.chars().allMatch(Character::isDigit) && !name.isEmpty()) {
                int i = Integer.parseInt(name);
                if (i >= a.items().size()) {
                    return Optional.of(at);
                }
                at = a.items().get(i);
            } else {
                return Optional.of(at);
            }
        }
        return Optional.of(at);
    }
}
