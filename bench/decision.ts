// The decision's cost by snapshot size: `npx tsx bench/decision.ts`, or as part of `npm run bench`. Not a test; timings vary by machine.
import { fileURLToPath } from 'node:url';
import { getDowntimeState } from '../src/core/getDowntimeState';
import { PROVIDER_IDS, SHARED_DEPENDENCY_IDS } from '../src/core/providers';
import type { DowntimeSnapshot, MaintenanceWindow } from '../src/core/types';

const NOW = Date.parse('2025-03-09T06:30:00.000Z');
const HOUR = 3_600_000;
const SERVICES = [...PROVIDER_IDS, ...SHARED_DEPENDENCY_IDS];
const SIZES = [100, 1_000, 10_000, 100_000];

// A deterministic generator, so every run measures the same payload.
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function snapshotOf(count: number): DowntimeSnapshot {
  const random = lcg(count);
  const windows: MaintenanceWindow[] = [];
  for (let i = 0; i < count; i++) {
    // Spread over a year around NOW, so some windows are past, a few active and most upcoming; many overlap.
    const startsAt = NOW + Math.round((random() - 0.2) * 365 * 24 * HOUR);
    const open = random() < 0.001;
    windows.push({
      id: String(i),
      service: SERVICES[i % SERVICES.length]!,
      startsAt,
      endsAt: open ? null : startsAt + Math.round((0.25 + random() * 6) * HOUR),
      description: i % 7 === 0 ? 'Scheduled work on the sign-in service.' : '',
    });
  }
  // Shuffle: vets-api returns rows in database order, not start order.
  for (let i = windows.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [windows[i], windows[j]] = [windows[j]!, windows[i]!];
  }
  return { windows, statuses: [], reportedAt: null, problems: [] };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface DecisionRow {
  windows: number;
  medianMs: number;
  runs: number;
}

/** Median time of one `getDowntimeState` call per snapshot size, after a warm-up. */
export function measureDecision(sizes: readonly number[] = SIZES): DecisionRow[] {
  const rows: DecisionRow[] = [];
  for (const size of sizes) {
    const snapshot = snapshotOf(size);
    const runs = size >= 100_000 ? 21 : 101;
    for (let i = 0; i < 5; i++) getDowntimeState(snapshot, { now: NOW });
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      getDowntimeState(snapshot, { now: NOW });
      times.push(performance.now() - start);
    }
    rows.push({ windows: size, medianMs: Number(median(times).toFixed(3)), runs });
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(measureDecision());
