import type { ReactNode } from 'react';
import { SWRConfig } from 'swr';

/** A fresh SWR cache per render, no deduping window and no SWR retries, so tests never share state. */
export function SwrWrapper({ children }: { children: ReactNode }) {
  return (
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0, shouldRetryOnError: false }}>{children}</SWRConfig>
  );
}
