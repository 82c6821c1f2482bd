// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { parseDowntimeResponse } from '../../src/core/parseDowntimeResponse';
import { buildScenario, type ScenarioName } from '../../src/mocks/scenarios';
import { backendStatusesBody } from '../../src/mocks/vetsApiBody';
import { DowntimeBanner } from '../../src/react/DowntimeBanner';

const NOW = Date.parse('2025-03-09T05:00:00.000Z');
const EMPTY_REGION_ONLY = /^<div role="status" aria-live="polite" aria-atomic="true" style="[^"]*" data-downtime-announcer="polite" lang="en"><\/div>$/;

function snapshotOf(name: ScenarioName) {
  return parseDowntimeResponse(backendStatusesBody(buildScenario(name, NOW), NOW, 'camel'));
}

describe('DowntimeBanner on the server', () => {
  it('runs where there is no window or document at all', () => {
    // Any read of `window.x` or `document.x` in render would throw a ReferenceError here.
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders the outage banner from a snapshot and a fixed now', () => {
    const html = renderToString(<DowntimeBanner snapshot={snapshotOf('idme-down')} now={NOW} />);
    expect(html).toMatch(/^<div data-state="down" style="[^"]*" lang="en">/);
    expect(html).toContain('<va-alert status="warning" data-state="down"');
    expect(html).toMatch(/<h2 id="[^"]+-headline" slot="headline" tabindex="-1">You can(&#x27;|')t sign in with ID\.me right now<\/h2>/);
    expect(html).toContain('You can still sign in with Login.gov');
    expect(html).toContain('<va-telephone contact="8006982411"');
    // React 19 writes a true custom-element attribute as tty="", React 18 as tty="true"; both mean true to the component.
    expect(html).toMatch(/<va-telephone contact="711" tty="(true)?"/);
  });

  // The live region is mounted up front, so it is in the server HTML too, empty; nothing visible is.
  it('renders only the empty live region when every provider is ok', () => {
    expect(renderToString(<DowntimeBanner snapshot={snapshotOf('all-ok')} now={NOW} />)).toMatch(EMPTY_REGION_ONLY);
  });

  it('renders only the empty live region without a snapshot, since the server makes no request', () => {
    const html = renderToString(<DowntimeBanner now={NOW} endpoint="https://api.va.gov/v0/backend_statuses" />);
    expect(html).toMatch(EMPTY_REGION_ONLY);
  });

  it('leaves out dismissible banners, which wait for the dismissal read, but keeps the live region', () => {
    const html = renderToString(<DowntimeBanner snapshot={snapshotOf('upcoming-maintenance')} now={NOW} />);
    expect(html).not.toContain('va-alert');
    expect(html).toMatch(EMPTY_REGION_ONLY);
  });

  it('renders upcoming maintenance on the server when dismissal is turned off', () => {
    const html = renderToString(<DowntimeBanner snapshot={snapshotOf('upcoming-maintenance')} now={NOW} dismissible={false} />);
    expect(html).toMatch(/^<div data-state="upcoming" style="[^"]*" lang="en"><va-alert status="info" data-state="upcoming"/);
    expect(html).not.toContain('closeable');
  });
});
