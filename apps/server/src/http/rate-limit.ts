// Fixed-window counters per key, in process memory. Enough for one API process; behind several
// processes each enforces its own share (documented in docs/ARCHITECTURE.md).
export function createRateLimiter(now: () => number = () => Date.now()) {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = now();
  return {
    allow(key: string, perMinute: number): boolean {
      const t = now();
      if (t - lastSweep > 60_000) {
        for (const [k, w] of windows) if (t - w.start >= 60_000) windows.delete(k);
        lastSweep = t;
      }
      const w = windows.get(key);
      if (!w || t - w.start >= 60_000) {
        windows.set(key, { start: t, count: 1 });
        return true;
      }
      w.count++;
      return w.count <= perMinute;
    },
  };
}
