/**
 * A deterministic, seeded generator of a whole country's party data at any scale ({@link
 * vn.chibo.examples.generate.NationalGenerator}): the four-level tree until 30/6/2025 and the
 * three-level one from 1/7/2025, members with dated histories, the reviews of 2021–2025 under each
 * year's regime and a year of meetings for a sample of cells, streamed as {@link
 * vn.chibo.domain.port.BulkRecord}s one grassroots organisation at a time.
 *
 * <p>Everything it makes is illustrative: the province names and the 2025 mergers are the real ones
 * as reported, every district, commune, unit, cell and person is made up.
 *
 * <p>Thread safety: a generator is immutable; each {@link vn.chibo.domain.port.BulkSource} it hands
 * out is read by one thread.
 */
@NullMarked
package vn.chibo.examples.generate;

import org.jspecify.annotations.NullMarked;
