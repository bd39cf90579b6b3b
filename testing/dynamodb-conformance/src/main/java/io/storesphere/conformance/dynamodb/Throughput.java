package io.storesphere.conformance.dynamodb;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed-model load loop for benchmarks: a fixed number of threads, each calling the
 * operation again as soon as it returns, for a while; then the rate and the latency
 * percentiles of every call. It prints figures and asserts nothing.
 */
public final class Throughput {

	private Throughput() {
	}

	/**
	 * Measures the operation on that many threads for that long; an operation that throws
	 * counts as failed, and the loop goes on.
	 */
	public static Result measure(int threads, Duration duration, Runnable operation) throws Exception {
		long started = System.nanoTime();
		Counted counted = drive(threads, duration, operation);
		double seconds = (System.nanoTime() - started) / 1e9;
		return new Result(counted.latencies(), counted.latencies().length / seconds, counted.failed());
	}

	/** Runs the operation on every thread until the time is up; the latencies of all. */
	public static Counted drive(int threads, Duration duration, Runnable operation) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			long deadline = System.nanoTime() + duration.toNanos();
			List<Future<Counted>> results = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				results.add(pool.submit(() -> {
					long[] latencies = new long[1 << 16];
					int n = 0;
					int failed = 0;
					while (System.nanoTime() < deadline) {
						long started = System.nanoTime();
						try {
							operation.run();
						}
						catch (RuntimeException ex) {
							failed++;
						}
						if (n == latencies.length) {
							latencies = Arrays.copyOf(latencies, n * 2);
						}
						latencies[n++] = System.nanoTime() - started;
					}
					return new Counted(Arrays.copyOf(latencies, n), failed);
				}));
			}
			List<long[]> all = new ArrayList<>();
			int failed = 0;
			for (Future<Counted> result : results) {
				all.add(result.get().latencies());
				failed += result.get().failed();
			}
			return new Counted(all.stream().flatMapToLong(Arrays::stream).toArray(), failed);
		}
		finally {
			pool.shutdownNow();
		}
	}

	static double percentile(long[] sorted, double fraction) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		return sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] / 1e6;
	}

	/** The latencies of every call, in nanoseconds, and how many threw. */
	public record Counted(long[] latencies, int failed) {

	}

	/**
	 * A measurement: every call's latency, the rate of calls per second, how many failed.
	 */
	public record Result(long[] latencies, double rate, int failed) {

		public Result {
			latencies = latencies.clone();
			Arrays.sort(latencies);
		}

		public double p50() {
			return percentile(this.latencies, 0.50);
		}

		public double p99() {
			return percentile(this.latencies, 0.99);
		}

		/** One line; a latency-only result (rate {@code NaN}) leaves the rate out. */
		public void print(String name) {
			String rate = Double.isNaN(this.rate) ? "" : String.format(Locale.ROOT, "%8.0f ops/s", this.rate);
			System.out.printf(Locale.ROOT, "%-48s %14s  p50 %6.2f ms  p99 %7.2f ms  (%d calls, %d failed)%n", name,
					rate, p50(), p99(), this.latencies.length, this.failed);
		}

	}

}
