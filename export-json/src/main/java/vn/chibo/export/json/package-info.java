/**
 * JSON for chibo, with Jackson kept in this module: the domain has no Jackson annotation. {@link
 * vn.chibo.export.json.ChiboJacksonModule} is the entry point: register it on an {@code
 * ObjectMapper} explicitly, or let {@code ObjectMapper.findAndRegisterModules()} find it.
 *
 * <p>Thread safety: the module and its serializers are stateless and safe to share; configure the
 * {@code ObjectMapper} before sharing it, as Jackson requires.
 */
@NullMarked
package vn.chibo.export.json;

import org.jspecify.annotations.NullMarked;
