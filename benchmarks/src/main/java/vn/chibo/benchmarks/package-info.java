/**
 * JMH benchmarks of chibo at national scale, each beside a hand-written baseline doing the same work
 * on the same objects in the same run: classification of members under a regime ({@link
 * vn.chibo.benchmarks.ClassificationBenchmark}), the report per grade per subtree recomputed in
 * memory ({@link vn.chibo.benchmarks.ReportBenchmark}) and from the database ({@link
 * vn.chibo.benchmarks.StorageReportBenchmark}), bulk loads ({@link
 * vn.chibo.benchmarks.BulkLoadBenchmark}, {@link vn.chibo.benchmarks.H2BulkLoadBenchmark}), the
 * Phường 5 report ({@link vn.chibo.benchmarks.Phuong5ReportBenchmark}). The data is made by the
 * examples' national generator. {@link vn.chibo.benchmarks.Results} runs them and writes the
 * figures for {@code RESULTS.md}.
 *
 * <p>Thread safety: JMH drives each benchmark state from one thread.
 */
@NullMarked
package vn.chibo.benchmarks;

import org.jspecify.annotations.NullMarked;
