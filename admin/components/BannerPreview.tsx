import { useMemo, useState } from 'react';
import { DowntimeBanner, formatEasternTime, getDowntimeState, parseDowntimeResponse } from '../../src/index';
import type { StatusesResult } from '../adminClient';
import { easternInputToInstant, easternInputValue } from '../easternTime';
import { useAdmin } from './adminContext';
import { Field } from './Field';

function failureWords(status: number): string {
  return status === 0 ? 'does not answer (the connection drops)' : `answers with an error (HTTP ${status})`;
}

/**
 * The real `DowntimeBanner`, fed the server's own `backend_statuses` body, at the server's time or at a time the
 * admin picks. Nothing here changes the server, so anyone can look ahead freely.
 */
export function BannerPreview({ statuses }: { statuses: StatusesResult }) {
  const { serverNow } = useAdmin();
  const [mode, setMode] = useState<'now' | 'at'>('now');
  const [at, setAt] = useState('');
  const snapshot = useMemo(() => (statuses.ok ? parseDowntimeResponse(statuses.body) : undefined), [statuses]);
  const chosen = mode === 'at' ? easternInputToInstant(at) : null;
  const previewNow = chosen === null ? serverNow : chosen.ok ? chosen.ms : null;
  const bannerCount = snapshot && previewNow !== null ? getDowntimeState(snapshot, { now: previewNow }).banners.length : 0;

  function choose(next: 'now' | 'at') {
    setMode(next);
    if (next === 'at' && at === '') setAt(easternInputValue(serverNow + 86_400_000));
  }

  return (
    <section className="admin-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">What Veterans see</h2>
      <p className="admin-hint">The real sign-in banner, drawn from the same data the sign-in page reads from this server.</p>
      <fieldset className="admin-fieldset">
        <legend>Show the sign-in page at</legend>
        <div className="admin-check">
          <input id="preview-now" type="radio" name="preview-mode" checked={mode === 'now'} onChange={() => choose('now')} />
          <label htmlFor="preview-now">The server's time now</label>
        </div>
        <div className="admin-check">
          <input id="preview-later" type="radio" name="preview-mode" checked={mode === 'at'} onChange={() => choose('at')} />
          <label htmlFor="preview-later">Another time, to see what the schedule shows then</label>
        </div>
        {mode === 'at' ? (
          <Field id="preview-at" label="Time, Eastern" error={chosen && !chosen.ok ? chosen.message : undefined}>
            {(control) => <input {...control} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />}
          </Field>
        ) : null}
      </fieldset>
      <div className="admin-preview-frame" data-testid="banner-preview">
        <p className="admin-preview-caption">{previewNow === null ? 'Pick a time above.' : `Sign-in page at ${formatEasternTime(previewNow)}`}</p>
        {!statuses.ok ? (
          <p className="admin-preview-empty">
            The status endpoint {failureWords(statuses.status)} in this setup. The banner stays hidden until it gets a good answer, so
            Veterans see no banner.
          </p>
        ) : previewNow === null ? null : bannerCount === 0 ? (
          <p className="admin-preview-empty">No banner: every sign-in option works at this time.</p>
        ) : (
          <DowntimeBanner snapshot={snapshot} now={previewNow} headingLevel={3} />
        )}
      </div>
    </section>
  );
}
