/** Small statistics and measurement helpers for the benchmark. */

export interface Summary {
  n: number;
  median: number;
  p95: number;
  mean: number;
  total: number;
}

/** Nearest-rank percentile of an unsorted list (0 for an empty one). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export function summarize(values: readonly number[]): Summary {
  const total = values.reduce((a, b) => a + b, 0);
  return {
    n: values.length,
    median: percentile(values, 50),
    p95: percentile(values, 95),
    mean: values.length === 0 ? 0 : total / values.length,
    total,
  };
}

/** Highest resident set size and V8 heap seen at the sample points. */
export class MemoryPeak {
  rss = 0;
  heapUsed = 0;
  sample(): void {
    const m = process.memoryUsage();
    if (m.rss > this.rss) this.rss = m.rss;
    if (m.heapUsed > this.heapUsed) this.heapUsed = m.heapUsed;
  }
}

export const mib = (bytes: number) => bytes / (1024 * 1024);
