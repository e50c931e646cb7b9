package vn.chibo.domain.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of chibo, applied in every domain {@code package-info.java}.
 *
 * <p>Generated {@code Immutable*} classes are package-private and never appear in public
 * signatures: each value type exposes its own {@code of(...)} or {@code builder()}. Validated types
 * use JavaBean accessors ({@code getName()}) so that any Jakarta {@code Validator}, including a
 * host's default-configured one, sees their constraints; builders keep the plain names
 * ({@code name(...)}). Collections are Guava immutable collections.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        get = {"get*", "is*"},
        init = "*",
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        jdkOnly = false,
        jacksonIntegration = false,
        optionalAcceptNullable = false,
        defaults = @Value.Immutable(copy = true),
        allParameters = false,
        depluralize = true)
public @interface ChiboStyle {}
