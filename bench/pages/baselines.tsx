// The two baselines, written the way such code usually is. Both render through the library's own DowntimeBanner in
// controlled mode, so only the fetching differs from ours.
import { useEffect, useState } from 'react';
import { DowntimeBanner, parseDowntimeResponse, type DowntimeSnapshot } from '../../src/index';

interface Fetched {
  snapshot: DowntimeSnapshot;
  /** When it arrived: these baselines decide once per response, at that instant. */
  at: number;
}

async function load(endpoint: string): Promise<Fetched | null> {
  const response = await fetch(endpoint, { headers: { 'X-Key-Inflection': 'camel' } });
  if (!response.ok) return null;
  return { snapshot: parseDowntimeResponse(await response.json()), at: Date.now() };
}

interface BaselineProps {
  endpoint: string;
  intervalMs: number;
  leadTimeMs?: number;
}

/** Baseline A: every banner runs its own timer and request, and stores each response as new state. */
export function NaivePollingBanner({ endpoint, intervalMs, leadTimeMs }: BaselineProps) {
  const [fetched, setFetched] = useState<Fetched | null>(null);
  useEffect(() => {
    let live = true;
    const poll = () =>
      void load(endpoint).then((next) => {
        if (live && next) setFetched(next);
      });
    poll();
    const timer = setInterval(poll, intervalMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [endpoint, intervalMs]);
  if (!fetched) return null;
  return <DowntimeBanner snapshot={fetched.snapshot} now={fetched.at} leadTimeMs={leadTimeMs} />;
}

/** Baseline B, what VA.gov does today: one request when the component mounts, decided once, never again until reload. */
export function FetchOnceBanner({ endpoint, leadTimeMs }: Omit<BaselineProps, 'intervalMs'>) {
  const [fetched, setFetched] = useState<Fetched | null>(null);
  useEffect(() => {
    let live = true;
    void load(endpoint).then((next) => {
      if (live && next) setFetched(next);
    });
    return () => {
      live = false;
    };
  }, [endpoint]);
  if (!fetched) return null;
  return <DowntimeBanner snapshot={fetched.snapshot} now={fetched.at} leadTimeMs={leadTimeMs} />;
}
