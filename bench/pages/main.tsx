// The bench page: renders the groups of banners the runner asks for and records commits and flips per group.
import { Profiler, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SWRConfig } from 'swr';
import { DowntimeBanner } from '../../src/index';
import { ownEndpointOf, sharedEndpointOf, type BenchGroup, type BenchPageConfig, type BenchPageStats } from './benchConfig';
import { FetchOnceBanner, NaivePollingBanner } from './baselines';

declare global {
  interface Window {
    __bench: BenchPageStats;
  }
}

// From the hash, which browsers never send: in the query it would ride along in every request's Referer and inflate
// the bytes measured per poll.
const config = JSON.parse(new URLSearchParams(window.location.hash.slice(1)).get('config') ?? '{"tab":0,"groups":[]}') as BenchPageConfig;
const stats: BenchPageStats = { commits: {}, flips: {}, visibility: document.visibilityState };
window.__bench = stats;
document.addEventListener('visibilitychange', () => {
  stats.visibility = document.visibilityState;
});

function Banner({ group, index }: { group: BenchGroup; index: number }) {
  const { intervalMs, leadTimeMs } = group;
  switch (group.variant) {
    case 'ours':
      return <DowntimeBanner endpoint={sharedEndpointOf(group)} refreshInterval={intervalMs} leadTimeMs={leadTimeMs} />;
    case 'naive':
      return <NaivePollingBanner endpoint={ownEndpointOf(group, config.tab, index)} intervalMs={intervalMs} leadTimeMs={leadTimeMs} />;
    case 'once':
      return <FetchOnceBanner endpoint={ownEndpointOf(group, config.tab, index)} leadTimeMs={leadTimeMs} />;
  }
}

function Group({ group }: { group: BenchGroup }) {
  const ref = useRef<HTMLElement>(null);
  // One SWR cache per group, as if each group were its own app: the hook's poller and server clock live per cache,
  // so one group's polls can't re-render (or dedupe) another's.
  const [provider] = useState(() => {
    const cache = new Map();
    return () => cache;
  });
  stats.commits[group.id] ??= [];
  stats.flips[group.id] ??= [];

  // Watches the DOM itself, so a flip counts when the banner is really there (or really gone), not when React decides.
  useEffect(() => {
    const element = ref.current!;
    let last = '';
    const check = () => {
      const state = element.querySelector('[data-state]')?.getAttribute('data-state') ?? '';
      if (state !== last) {
        last = state;
        stats.flips[group.id]!.push({ at: Date.now(), state });
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(element, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    check();
    return () => observer.disconnect();
  }, [group.id]);

  return (
    <section ref={ref} data-group={group.id}>
      <SWRConfig value={{ provider }}>
        <Profiler
          id={group.id}
          onRender={(_id, phase) => {
            if (phase !== 'mount') stats.commits[group.id]!.push(Date.now());
          }}
        >
          {Array.from({ length: group.count }, (_, i) => (
            <Banner key={i} group={group} index={i} />
          ))}
        </Profiler>
      </SWRConfig>
    </section>
  );
}

createRoot(document.getElementById('root')!).render(
  <>
    {config.groups.map((group) => (
      <Group key={group.id} group={group} />
    ))}
  </>,
);
