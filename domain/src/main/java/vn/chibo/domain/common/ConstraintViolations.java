package vn.chibo.domain.common;

import com.google.common.collect.ImmutableList;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.Comparator;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a Jakarta {@link Validator} reports into {@link Violation}s: the property path, the
 * constraint as the rule ({@code validation:NotBlank}), the rejected value (masked when the
 * property is {@link Sensitive}) and the validator's message.
 */
public final class ConstraintViolations {
    private ConstraintViolations() {}

    /** Validates {@code input} and returns every violation, sorted by path, each prefixed. */
    public static ImmutableList<Violation> validate(Validator validator, Object input, String pathPrefix) {
        Set<ConstraintViolation<Object>> found = validator.validate(input);
        return found.stream()
                .map(cv -> toViolation(cv, pathPrefix))
                .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::rule))
                .collect(ImmutableList.toImmutableList());
    }

    private static Violation toViolation(ConstraintViolation<?> cv, String prefix) {
        String path = cv.getPropertyPath().toString();
        String rule = "validation:"
                + cv.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        boolean sensitive = isSensitive(cv.getLeafBean(), leafName(cv.getPropertyPath()));
        Object value = cv.getInvalidValue();
        String shown = sensitive ? Masking.mask(value) : show(value);
        return Violation.of(prefix + path, rule, shown, cv.getMessage());
    }

    private static String show(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        return text.length() > 120 ? text.substring(0, 117) + "… (" + text.length() + " characters)" : text;
    }

    private static @Nullable String leafName(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    private static boolean isSensitive(@Nullable Object bean, @Nullable String property) {
        if (bean == null || property == null) {
            return false;
        }
        Class<?> type = bean.getClass();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals(property)) {
                    return annotated(c);
                }
            }
        }
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            for (var m : t.getDeclaredMethods()) {
                String n = m.getName();
                boolean accessor = m.getParameterCount() == 0
                        && (n.equals(property)
                                || n.equalsIgnoreCase("get" + property)
                                || n.equalsIgnoreCase("is" + property));
                if (accessor && annotated(m)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean annotated(AnnotatedElement e) {
        return e.isAnnotationPresent(Sensitive.class);
    }
}
