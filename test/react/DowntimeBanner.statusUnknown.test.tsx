import { render, screen, waitFor } from '@testing-library/react';
import { createHandlers } from '../../src/mocks/handlers';
import { server } from '../../src/mocks/node';
import { buildScenario } from '../../src/mocks/scenarios';
import { DowntimeBanner } from '../../src/react/DowntimeBanner';
import { FakeStorage } from './fakeStorage';
import { politeRegion } from './snapshotOf';
import { SwrWrapper } from './swrWrapper';

const API = 'https://api.va.gov';
const ENDPOINT = `${API}/v0/backend_statuses`;
const T0 = Date.parse('2025-03-09T05:00:00.000Z');

describe('DowntimeBanner - the generic warning when status cannot be known', () => {
  it('shows the neutral notice with MyVA411 under the generic-warning policy, and announces it', async () => {
    server.use(...createHandlers(() => buildScenario('api-error', T0), { now: T0, baseUrl: API }));
    const { container } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} onApiFailure="generic-warning" announcementStorage={new FakeStorage()} />
      </SwrWrapper>,
    );
    const alert = await waitFor(() => {
      const found = container.querySelector('va-alert[data-state="status-unknown"]');
      if (!found) throw new Error('no notice yet');
      return found;
    });
    expect(container.firstElementChild).toHaveAttribute('data-state', 'status-unknown');
    expect(alert).toHaveAttribute('status', 'warning');
    expect(screen.getByRole('heading')).toHaveTextContent("We can't check sign-in status right now");
    expect(alert.querySelector('va-telephone[contact="8006982411"]')).not.toBeNull();
    expect(container.textContent).not.toMatch(/503|Service Unavailable|<html/i);
    await waitFor(() => expect(politeRegion(container).textContent).toBe("We can't check sign-in status right now"));
  });

  it('shows nothing under the default hide policy', async () => {
    const requests: Request[] = [];
    server.use(
      ...createHandlers(() => buildScenario('api-error', T0), { now: T0, baseUrl: API, onRequest: (r) => requests.push(r) }),
    );
    const { container } = render(
      <SwrWrapper>
        <DowntimeBanner endpoint={ENDPOINT} announcementStorage={new FakeStorage()} />
      </SwrWrapper>,
    );
    await waitFor(() => expect(requests.length).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.querySelector('va-alert, [data-state]')).toBeNull();
    expect(politeRegion(container)).toBeEmptyDOMElement();
  });
});
