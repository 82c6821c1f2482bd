import { parseDowntimeResponse, parseInstant } from '../../src/core/parseDowntimeResponse';
import type { DowntimeSnapshot } from '../../src/core/types';
import { readFixture, readJsonFixture } from '../fixtures/readFixture';

const at = (iso: string) => Date.parse(iso);

function snake(windows: unknown[], statuses: unknown[] = []): unknown {
  return { data: { id: '', type: 'backend_statuses', attributes: { reported_at: null, statuses, maintenance_windows: windows } } };
}

function expectEmptyWithOneProblem(snapshot: DowntimeSnapshot, pattern: RegExp): void {
  expect(snapshot.windows).toEqual([]);
  expect(snapshot.statuses).toEqual([]);
  expect(snapshot.reportedAt).toBeNull();
  expect(snapshot.problems).toHaveLength(1);
  expect(snapshot.problems[0]).toMatch(pattern);
}

describe('parseDowntimeResponse: backend_statuses', () => {
  it('reads the camelCase body (X-Key-Inflection: camel)', () => {
    const snapshot = parseDowntimeResponse(readJsonFixture('backend_statuses.camel.json'));
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.reportedAt).toBe(at('2025-11-01T14:05:00.000Z'));
    expect(snapshot.statuses).toHaveLength(11);
    expect(snapshot.statuses).toContainEqual({ service: 'idme', status: 'critical' });
    expect(snapshot.statuses).toContainEqual({ service: 'evss', status: 'critical' });
    expect(snapshot.statuses).toContainEqual({ service: 'ssoe_oauth', status: 'active' });
    expect(snapshot.windows).toEqual([
      {
        id: '5301',
        service: 'logingov',
        startsAt: at('2025-11-01T15:00:00.000Z'),
        endsAt: at('2025-11-01T16:30:00.000Z'),
        description: 'Login.gov is updating its sign-in pages.',
      },
      { id: '5302', service: 'vaos', startsAt: at('2025-11-01T12:00:00.000Z'), endsAt: at('2025-11-01T20:00:00.000Z'), description: '' },
      { id: '5303', service: 'mhv', startsAt: at('2025-11-01T13:30:00.000Z'), endsAt: null, description: '' },
    ]);
  });

  it('reads the snake_case body (no inflection header)', () => {
    const snapshot = parseDowntimeResponse(readJsonFixture('backend_statuses.snake.json'));
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.reportedAt).toBe(at('2025-11-01T14:05:00.000Z'));
    expect(snapshot.statuses.map((s) => `${s.service}=${s.status}`)).toEqual([
      'dslogon=active',
      'evss=critical',
      'idme=active',
      'logingov=warning',
      'mvi=active',
      'mhv=disabled',
      'ssoe=active',
      'ssoe_oauth=active',
    ]);
    expect(snapshot.windows).toEqual([
      { id: '5310', service: 'idme', startsAt: at('2025-11-01T13:00:00.000Z'), endsAt: at('2025-11-01T18:00:00.000Z'), description: '' },
      {
        id: '5311',
        service: 'global',
        startsAt: at('2025-11-02T05:00:00.000Z'),
        endsAt: at('2025-11-02T07:30:00.000Z'),
        description: 'VA.gov is down for planned work tonight. Sign-in and online tools are paused until it ends.',
      },
      { id: '5312', service: 'dslogon', startsAt: at('2025-11-01T12:00:00.000Z'), endsAt: null, description: '' },
    ]);
  });

  it('gives the same snapshot for the same data in either key case', () => {
    const camel = {
      data: {
        id: '',
        type: 'backend_statuses',
        attributes: {
          reportedAt: '2025-11-01T14:05:00.000+00:00',
          statuses: [{ service: 'ID.me', serviceId: 'idme', status: 'warning', lastIncidentTimestamp: null }],
          maintenanceWindows: [{ id: 9, externalService: 'global', startTime: '2025-11-02T05:00:00.000Z', endTime: '2025-11-02T07:30:00.000Z', description: 'x' }],
        },
      },
    };
    const snakeBody = {
      data: {
        id: '',
        type: 'backend_statuses',
        attributes: {
          reported_at: '2025-11-01T14:05:00.000+00:00',
          statuses: [{ service: 'ID.me', service_id: 'idme', status: 'warning', last_incident_timestamp: null }],
          maintenance_windows: [{ id: 9, external_service: 'global', start_time: '2025-11-02T05:00:00.000Z', end_time: '2025-11-02T07:30:00.000Z', description: 'x' }],
        },
      },
    };
    expect(parseDowntimeResponse(camel)).toEqual(parseDowntimeResponse(snakeBody));
    expect(parseDowntimeResponse(camel).windows).toHaveLength(1);
  });

  it('reads a body passed as the raw response text', () => {
    const fromText = parseDowntimeResponse(readFixture('backend_statuses.snake.json'));
    expect(fromText).toEqual(parseDowntimeResponse(readJsonFixture('backend_statuses.snake.json')));
    expect(fromText.windows).toHaveLength(3);
  });

  it('keeps windows of services that are not for sign-in; deciding about them is not the parser’s job', () => {
    const snapshot = parseDowntimeResponse(readJsonFixture('backend_statuses.camel.json'));
    expect(snapshot.windows.map((w) => w.service)).toContain('vaos');
  });

  it('normalises status case and surrounding spaces', () => {
    const snapshot = parseDowntimeResponse(snake([], [{ service_id: ' idme ', status: ' CRITICAL ' }]));
    expect(snapshot.statuses).toEqual([{ service: 'idme', status: 'critical' }]);
  });

  it('ignores a reported_at without a zone and says so', () => {
    const body = { data: { attributes: { reported_at: '2025-11-01T14:05:00', statuses: [], maintenance_windows: [] } } };
    const snapshot = parseDowntimeResponse(body);
    expect(snapshot.reportedAt).toBeNull();
    expect(snapshot.problems).toEqual(['reported_at: "2025-11-01T14:05:00" is not an ISO instant with a zone; ignored']);
  });
});

describe('parseDowntimeResponse: maintenance_windows (JSON:API)', () => {
  it('reads type "maintenance_window" with snake keys, taking the id from data[].id', () => {
    const snapshot = parseDowntimeResponse(readJsonFixture('maintenance_windows.jsonapi.json'));
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.statuses).toEqual([]);
    expect(snapshot.reportedAt).toBeNull();
    expect(snapshot.windows).toEqual([
      { id: '2201', service: 'idme', startsAt: at('2025-03-09T05:00:00.000Z'), endsAt: at('2025-03-09T09:00:00.000Z'), description: '' },
      {
        id: '2202',
        service: 'dslogon',
        startsAt: at('2025-03-09T06:30:00.000Z'),
        endsAt: at('2025-03-09T08:00:00.000Z'),
        description: 'DS Logon and My HealtheVet are moving to new servers.',
      },
      {
        id: '2203',
        service: 'mhv',
        startsAt: at('2025-03-09T06:30:00.000Z'),
        endsAt: at('2025-03-09T08:00:00.000Z'),
        description: 'DS Logon and My HealtheVet are moving to new servers.',
      },
    ]);
  });

  it('reads the legacy type "maintenance_windows" with camel keys and no attributes.id', () => {
    const snapshot = parseDowntimeResponse(readJsonFixture('maintenance_windows.legacy-camel.json'));
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.windows).toEqual([
      { id: '41', service: 'mvi', startsAt: at('2020-06-13T21:00:00.000Z'), endsAt: at('2020-06-14T02:00:00.000Z'), description: '' },
      { id: '42', service: 'ssoe_oauth', startsAt: at('2020-06-13T23:00:00.000Z'), endsAt: at('2020-06-14T00:15:00.000Z'), description: '' },
    ]);
  });

  it('does not depend on type: an unknown type reads the same', () => {
    const body = readJsonFixture('maintenance_windows.jsonapi.json') as { data: { type: string }[] };
    for (const row of body.data) row.type = 'something_new';
    expect(parseDowntimeResponse(body)).toEqual(parseDowntimeResponse(readJsonFixture('maintenance_windows.jsonapi.json')));
  });

  it('prefers the string data[].id over a different numeric attributes.id', () => {
    const body = {
      data: [{ id: '77', type: 'maintenance_window', attributes: { id: 78, external_service: 'idme', start_time: '2025-03-09T05:00:00Z', end_time: '2025-03-09T06:00:00Z', description: '' } }],
    };
    expect(parseDowntimeResponse(body).windows[0]?.id).toBe('77');
  });

  it('falls back to the numeric attributes.id, as a string, when data[].id is absent', () => {
    const body = { data: [{ type: 'maintenance_window', attributes: { id: 78, external_service: 'idme', start_time: '2025-03-09T05:00:00Z', end_time: '2025-03-09T06:00:00Z' } }] };
    expect(parseDowntimeResponse(body).windows[0]?.id).toBe('78');
  });

  it('reads the empty list as no windows and no problems', () => {
    expect(parseDowntimeResponse(readJsonFixture('maintenance_windows.empty.json'))).toEqual({
      windows: [],
      statuses: [],
      reportedAt: null,
      problems: [],
    });
  });

  it('reads the sitewide static file, a bare list of snake_case windows', () => {
    const snapshot = parseDowntimeResponse(readJsonFixture('maintenance_windows.static-global.json'));
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.windows).toEqual([
      {
        id: 'global@' + at('2025-11-02T05:00:00.000Z'),
        service: 'global',
        startsAt: at('2025-11-02T05:00:00.000Z'),
        endsAt: at('2025-11-02T07:30:00.000Z'),
        description: 'VA.gov is down for planned work tonight. Sign-in and online tools are paused until it ends.',
      },
    ]);
  });
});

describe('parseDowntimeResponse: open-ended windows', () => {
  const start = '2025-11-01T12:00:00.000Z';

  it('treats end_time null as open-ended', () => {
    const snapshot = parseDowntimeResponse(snake([{ id: 1, external_service: 'idme', start_time: start, end_time: null }]));
    expect(snapshot.windows[0]?.endsAt).toBeNull();
    expect(snapshot.problems).toEqual([]);
  });

  it('treats a missing end_time as open-ended', () => {
    const snapshot = parseDowntimeResponse(snake([{ id: 1, external_service: 'idme', start_time: start }]));
    expect(snapshot.windows[0]?.endsAt).toBeNull();
    expect(snapshot.problems).toEqual([]);
  });

  it('treats an empty end_time string as open-ended', () => {
    const snapshot = parseDowntimeResponse(snake([{ id: 1, external_service: 'idme', start_time: start, end_time: '' }]));
    expect(snapshot.windows[0]?.endsAt).toBeNull();
  });
});

describe('parseDowntimeResponse: bad dates drop only their entry', () => {
  const good = { id: 2, external_service: 'logingov', start_time: '2025-11-01T12:00:00.000Z', end_time: '2025-11-01T13:00:00.000Z' };

  it.each([
    ['a start with no zone', { start_time: '2025-11-01T12:00:00', end_time: '2025-11-01T13:00:00Z' }, /start_time/],
    ['an end with no zone', { start_time: '2025-11-01T12:00:00Z', end_time: '2025-11-01T13:00:00.000' }, /end_time/],
    ['a date-only start', { start_time: '2025-11-01', end_time: '2025-11-02T00:00:00Z' }, /start_time/],
    ['a US-style start', { start_time: '11/01/2025 12:00 PM', end_time: '2025-11-02T00:00:00Z' }, /start_time/],
    ['an unparseable start', { start_time: 'soon', end_time: '2025-11-02T00:00:00Z' }, /start_time/],
    ['an unparseable end', { start_time: '2025-11-01T12:00:00Z', end_time: 'later' }, /end_time/],
    ['a start that is a number', { start_time: 1_762_000_000_000, end_time: '2025-11-02T00:00:00Z' }, /start_time/],
    ['a missing start', { end_time: '2025-11-02T00:00:00Z' }, /start_time missing/],
    ['a null start', { start_time: null, end_time: '2025-11-02T00:00:00Z' }, /start_time null/],
    ['an impossible day (Feb 30)', { start_time: '2025-02-30T10:00:00Z', end_time: '2025-03-03T00:00:00Z' }, /start_time/],
    ['an impossible day (Feb 29 in 2025)', { start_time: '2025-02-29T10:00:00Z', end_time: '2025-03-03T00:00:00Z' }, /start_time/],
    ['an impossible hour', { start_time: '2025-11-01T25:00:00Z', end_time: '2025-11-03T00:00:00Z' }, /start_time/],
    ['an end equal to the start', { start_time: '2025-11-01T12:00:00Z', end_time: '2025-11-01T12:00:00.000Z' }, /not after start_time/],
    ['an end before the start', { start_time: '2025-11-01T12:00:00Z', end_time: '2025-11-01T11:59:59.999Z' }, /not after start_time/],
    ['an end equal to the start written in another offset', { start_time: '2025-11-01T12:00:00Z', end_time: '2025-11-01T08:00:00-04:00' }, /not after start_time/],
  ])('drops %s with one problem line', (_label, times, pattern) => {
    const snapshot = parseDowntimeResponse(snake([{ id: 1, external_service: 'idme', description: '', ...times }, good]));
    expect(snapshot.windows.map((w) => w.id)).toEqual(['2']);
    expect(snapshot.problems).toHaveLength(1);
    expect(snapshot.problems[0]).toMatch(/^maintenance_windows\[0\] \(idme\): /);
    expect(snapshot.problems[0]).toMatch(pattern);
  });

  it('keeps a leap day that exists (2024-02-29)', () => {
    const snapshot = parseDowntimeResponse(snake([{ id: 1, external_service: 'idme', start_time: '2024-02-29T10:00:00Z', end_time: '2024-02-29T11:00:00Z' }]));
    expect(snapshot.windows[0]?.startsAt).toBe(Date.UTC(2024, 1, 29, 10));
  });

  it('reads explicit offsets as the instant they name, whatever the process time zone', () => {
    const snapshot = parseDowntimeResponse(
      snake([{ id: 1, external_service: 'idme', start_time: '2025-03-09T01:59:59.999-05:00', end_time: '2025-03-09T03:00:00-04:00' }]),
    );
    expect(snapshot.windows[0]?.startsAt).toBe(at('2025-03-09T06:59:59.999Z'));
    expect(snapshot.windows[0]?.endsAt).toBe(at('2025-03-09T07:00:00.000Z'));
  });

  it('drops every bad entry with its own line and keeps every good one', () => {
    const snapshot = parseDowntimeResponse(
      snake([
        { id: 1, external_service: 'idme', start_time: 'tomorrow' },
        good,
        { id: 3, external_service: 'mhv', start_time: '2025-11-01T12:00:00Z', end_time: '2025-11-01T11:00:00Z' },
        { ...good, id: 4 },
      ]),
    );
    expect(snapshot.windows.map((w) => w.id)).toEqual(['2', '4']);
    expect(snapshot.problems).toHaveLength(2);
    expect(snapshot.problems[0]).toMatch(/^maintenance_windows\[0\]/);
    expect(snapshot.problems[1]).toMatch(/^maintenance_windows\[2\]/);
  });
});

describe('parseInstant', () => {
  it.each([
    ['2025-11-01T12:00:00Z', Date.UTC(2025, 10, 1, 12)],
    ['2025-11-01T12:00:00.000+00:00', Date.UTC(2025, 10, 1, 12)],
    ['2025-11-01T08:00:00-0400', Date.UTC(2025, 10, 1, 12)],
    ['2025-11-01T12:00Z', Date.UTC(2025, 10, 1, 12)],
    [' 2025-11-01T12:00:00Z ', Date.UTC(2025, 10, 1, 12)],
  ])('reads %j', (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });

  it.each([['2025-11-01T12:00:00'], ['2025-11-01'], ['2025-11-31T12:00:00Z'], [''], [null], [undefined], [42], [{}]])(
    'refuses %j',
    (value) => {
      expect(parseInstant(value)).toBeNaN();
    },
  );
});

describe('parseDowntimeResponse: bodies of the wrong shape', () => {
  const NOT_A_STATUS_RESPONSE = /^body: not a backend_statuses or maintenance_windows response; nothing read$/;

  it('reads the PagerDuty 429 error body as nothing, with one problem naming it', () => {
    expectEmptyWithOneProblem(parseDowntimeResponse(readJsonFixture('backend_statuses.pagerduty-429.json')), /error response \(PAGERDUTY_429\)/);
  });

  it('reads the gateway 503 HTML page as nothing, with one problem', () => {
    expectEmptyWithOneProblem(parseDowntimeResponse(readFixture('gateway-503.html')), /^body: not JSON \(a gateway error page\?\); nothing read$/);
  });

  it.each([
    ['null', null, /^body: expected an object, got null; nothing read$/],
    ['undefined', undefined, /^body: expected an object, got missing; nothing read$/],
    ['42', 42, /^body: expected an object, got 42; nothing read$/],
    ['the string "x"', 'x', /not JSON/],
    ['a JSON string of a number', '42', /^body: expected an object, got 42; nothing read$/],
    ['an empty string', '', /not JSON/],
    ['true', true, /^body: expected an object, got true; nothing read$/],
    ['{ errors: [...] }', { errors: [{ title: 'Service unavailable' }] }, /error response \(Service unavailable\)/],
    ['{ errors: [] }', { errors: [] }, /error response/],
    ['an empty object', {}, NOT_A_STATUS_RESPONSE],
    ['{ data: null }', { data: null }, NOT_A_STATUS_RESPONSE],
    ['{ data: { attributes: {} } }', { data: { id: '', type: 'backend_statuses', attributes: {} } }, NOT_A_STATUS_RESPONSE],
    ['{ data: "x" }', { data: 'x' }, NOT_A_STATUS_RESPONSE],
  ])('reads %s as an empty snapshot with one problem', (_label, body, pattern) => {
    expectEmptyWithOneProblem(parseDowntimeResponse(body), pattern);
  });

  // `[]` is not a wrong shape: the sitewide static file vets-api uploads hourly is a bare list, and it is empty
  // whenever no global maintenance is planned. A problem line here would fire on every healthy fallback read.
  it('reads [] as the empty static file: no windows and no problem', () => {
    expect(parseDowntimeResponse([])).toEqual({ windows: [], statuses: [], reportedAt: null, problems: [] });
  });

  it('reports a list body whose entries are not windows, one line each', () => {
    const snapshot = parseDowntimeResponse([1, 'x']);
    expect(snapshot.windows).toEqual([]);
    expect(snapshot.problems).toEqual([expect.stringMatching(/^windows\[0\]/), expect.stringMatching(/^windows\[1\]/)]);
  });

  it('reports lists that are not lists and still reads the rest', () => {
    const snapshot = parseDowntimeResponse({
      data: { attributes: { statuses: 'all good', maintenance_windows: [{ id: 1, external_service: 'idme', start_time: '2025-11-01T12:00:00Z' }] } },
    });
    expect(snapshot.windows).toHaveLength(1);
    expect(snapshot.problems).toEqual([expect.stringMatching(/^statuses: expected a list/)]);
  });
});

describe('parseDowntimeResponse: bad entries drop only the bad part', () => {
  it('keeps only DS Logon from the mixed example of issue 6 and reports the other three', () => {
    const now = '2025-11-01T14:00:00.000Z';
    const snapshot = parseDowntimeResponse({
      data: {
        attributes: {
          reportedAt: now,
          statuses: [],
          maintenanceWindows: [
            { id: 1, externalService: 'idme', startTime: 'soon', endTime: '2025-11-01T18:00:00.000Z', description: '' },
            { id: 2, externalService: 7, startTime: '2025-11-01T13:00:00.000Z', endTime: '2025-11-01T18:00:00.000Z' },
            'x',
            { id: 4, externalService: 'dslogon', startTime: '2025-11-01T13:00:00.000Z', endTime: '2025-11-01T18:00:00.000Z', description: '' },
          ],
        },
      },
    });
    expect(snapshot.windows).toEqual([
      { id: '4', service: 'dslogon', startsAt: at('2025-11-01T13:00:00.000Z'), endsAt: at('2025-11-01T18:00:00.000Z'), description: '' },
    ]);
    expect(snapshot.problems).toHaveLength(3);
    expect(snapshot.problems[0]).toMatch(/^maintenance_windows\[0\] \(idme\): start_time "soon"/);
    expect(snapshot.problems[1]).toMatch(/^maintenance_windows\[1\]: external_service is 7/);
    expect(snapshot.problems[2]).toMatch(/^maintenance_windows\[2\]: expected an object, got "x"/);
  });

  it.each([
    ['null', null],
    ['a number', 5],
    ['a list', []],
    ['a missing service', { start_time: '2025-11-01T13:00:00Z' }],
    ['an empty service', { external_service: '  ', start_time: '2025-11-01T13:00:00Z' }],
    ['a service that is an object', { external_service: { id: 'idme' }, start_time: '2025-11-01T13:00:00Z' }],
  ])('drops a window that is %s with one line', (_label, entry) => {
    const snapshot = parseDowntimeResponse(snake([entry, { id: 9, external_service: 'mhv', start_time: '2025-11-01T13:00:00Z' }]));
    expect(snapshot.windows.map((w) => w.id)).toEqual(['9']);
    expect(snapshot.problems).toHaveLength(1);
  });

  it.each([
    ['null', null],
    ['a string', 'idme'],
    ['a missing service_id', { status: 'critical' }],
    ['a status that is not a string', { service_id: 'idme', status: 500 }],
  ])('drops a status that is %s with one line', (_label, entry) => {
    const snapshot = parseDowntimeResponse(snake([], [entry, { service_id: 'mhv', status: 'active' }]));
    expect(snapshot.statuses).toEqual([{ service: 'mhv', status: 'active' }]);
    expect(snapshot.problems).toHaveLength(1);
  });

  it('keeps a non-string description out of the window text', () => {
    const snapshot = parseDowntimeResponse(snake([{ id: 1, external_service: 'idme', start_time: '2025-11-01T13:00:00Z', description: { html: '<b>x</b>' } }]));
    expect(snapshot.windows[0]?.description).toBe('');
    expect(snapshot.problems).toEqual([]);
  });
});

describe('parseDowntimeResponse never throws', () => {
  const throwing = () =>
    new Proxy(
      {},
      {
        get() {
          throw new Error('getter exploded');
        },
        has() {
          throw new Error('has exploded');
        },
        ownKeys() {
          throw new Error('ownKeys exploded');
        },
        getPrototypeOf() {
          throw new Error('prototype exploded');
        },
      },
    );

  it('reads a body whose getters throw as an empty snapshot with one problem', () => {
    let snapshot: DowntimeSnapshot | undefined;
    expect(() => {
      snapshot = parseDowntimeResponse(throwing());
    }).not.toThrow();
    expectEmptyWithOneProblem(snapshot!, /^body: could not be read \(getter exploded\); nothing read$/);
  });

  it('drops only the entry whose getters throw and keeps its neighbours', () => {
    const snapshot = parseDowntimeResponse(
      snake(
        [throwing(), { id: 2, external_service: 'logingov', start_time: '2025-11-01T13:00:00Z', end_time: '2025-11-01T14:00:00Z' }],
        [throwing(), { service_id: 'idme', status: 'critical' }],
      ),
    );
    expect(snapshot.windows.map((w) => w.id)).toEqual(['2']);
    expect(snapshot.statuses).toEqual([{ service: 'idme', status: 'critical' }]);
    expect(snapshot.problems).toEqual([
      expect.stringMatching(/^statuses\[0\]: could not be read/),
      expect.stringMatching(/^maintenance_windows\[0\]: could not be read/),
    ]);
  });

  it('survives an entry that throws an error whose message is not text', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          const error = new Error('x');
          Object.defineProperty(error, 'message', { value: Symbol('not text') });
          throw error;
        },
      },
    );
    const snapshot = parseDowntimeResponse(snake([hostile, { id: 2, external_service: 'mhv', start_time: '2025-11-01T13:00:00Z' }]));
    expect(snapshot.windows.map((w) => w.id)).toEqual(['2']);
    expect(snapshot.problems).toEqual([expect.stringMatching(/^maintenance_windows\[0\]: could not be read \(unknown error\)/)]);
  });

  it('survives values JSON cannot describe (BigInt, symbols, functions, cycles)', () => {
    const cycle: Record<string, unknown> = { external_service: 'idme' };
    cycle.start_time = cycle;
    const snapshot = parseDowntimeResponse(
      snake([{ external_service: 10n }, { external_service: Symbol('idme') }, { external_service: () => 'idme' }, cycle]),
    );
    expect(snapshot.windows).toEqual([]);
    expect(snapshot.problems).toHaveLength(4);
  });
});
