import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockScenario, mockWindow, MOCK_HOUR, MOCK_MINUTE } from '../../src/mocks/mockScenario';
import { DowntimeBanner } from '../../src/react/DowntimeBanner';
import { dismissedIn } from '../react/bannerHarness';
import { snapshotOf } from '../react/snapshotOf';

const NOW = Date.parse('2025-06-15T05:00:00.000Z');
const upcoming = mockScenario({
  windows: [mockWindow(NOW, 'logingov', { startsInMs: 90 * MOCK_MINUTE, durationMs: 2 * MOCK_HOUR, id: '91' })],
});

describe('the "Show sign-in status" recall button', () => {
  it('carries its own link-style look, without relying on VA.gov page CSS', () => {
    render(<DowntimeBanner snapshot={snapshotOf(upcoming, NOW)} now={NOW} dismissalStorage={dismissedIn(upcoming, NOW)} />);
    const button = screen.getByRole('button', { name: 'Show sign-in status' });
    expect(button.style.backgroundColor).toBe('transparent');
    expect(button.style.borderStyle).toBe('none');
    expect(button.style.padding).toBe('0px');
    expect(button.style.color).toBe('rgb(0, 94, 162)');
    expect(button.style.textDecoration).toBe('underline');
    expect(button.style.cursor).toBe('pointer');
    expect(button.style.font).toBe('inherit');
    expect(button.style.getPropertyValue('justify-self')).toBe('start');
    // The focus ring comes from the browser or VA.gov's focus style, so the button must not set an outline.
    expect(button.style.outline).toBe('');
    expect(button.style.outlineStyle).toBe('');
  });
});
