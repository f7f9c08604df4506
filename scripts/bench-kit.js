// Small helpers shared by the benchmark suites: timing, medians, and one JSON line per result.

/** Median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs `fn` `warmup` times, then `runs` times, and returns the median and p95 in ms.
 * `setup` runs before each timed call, outside the timing; so does a full garbage collection when `collect` is set
 * (needs node --expose-gc, which `npm run bench` passes).
 */
export function measure(fn, { runs = 30, warmup = 5, setup, collect = false } = {}) {
  for (let i = 0; i < warmup; i++) fn(setup?.());
  const times = [];
  for (let i = 0; i < runs; i++) {
    const input = setup?.();
    // With `collect`, each run starts on a clean heap: it pays for its own garbage, not for the previous runs'.
    if (collect) globalThis.gc?.();
    const start = performance.now();
    fn(input);
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { median_ms: round(median(times)), p95_ms: round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]), runs };
}

export function round(value, digits = 3) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Prints one result as a JSON line on stdout. */
export function report(result) {
  process.stdout.write(JSON.stringify(result) + '\n');
}

/** Like `measure`, for async functions. */
export async function measureAsync(fn, { runs = 10, warmup = 2, setup, collect = false } = {}) {
  for (let i = 0; i < warmup; i++) await fn(setup?.());
  const times = [];
  for (let i = 0; i < runs; i++) {
    const input = setup?.();
    if (collect) globalThis.gc?.();
    const start = performance.now();
    await fn(input);
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { median_ms: round(median(times)), p95_ms: round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]), runs };
}
