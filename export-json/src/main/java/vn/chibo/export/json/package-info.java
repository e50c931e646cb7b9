/**
 * JSON for chibo, with Jackson kept in this module: the domain has no Jackson annotation. {@link
 * vn.chibo.export.json.ChiboJson} is the entry point: snapshots of stored data exported and
 * imported streamed (one record in memory at a time) through the domain's {@code BulkReader} and
 * {@code BulkLoader} ports, strictly checked on import (every problem with its JSON Pointer, line
 * and column, all or nothing), in a versioned format described by the JSON Schema shipped in the
 * jar; report documents of the review; privacy profiles (full, statistics); and {@link
 * vn.chibo.export.json.ChiboJacksonModule}, to register on an {@code ObjectMapper} explicitly or
 * through {@code ObjectMapper.findAndRegisterModules()}.
 *
 * <p>Thread safety: exporters, importers, the report reader and writer, the module and its
 * serializers are immutable and safe to share; a {@link vn.chibo.export.json.SnapshotSource} is
 * read once, from one thread. Configure an {@code ObjectMapper} before sharing it, as Jackson
 * requires.
 */
@NullMarked
package vn.chibo.export.json;

import org.jspecify.annotations.NullMarked;
