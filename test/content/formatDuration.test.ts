import { describe, expect, it } from 'vitest';
import { catalogEs } from '../../src/content/catalog.es';
import { formatDuration } from '../../src/content/formatDuration';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('formatDuration', () => {
  it('writes a 30-minute window in minutes, not "0 hours"', () => {
    expect(formatDuration(30 * MINUTE)).toBe('30 minutes');
  });

  it('writes hours and minutes together', () => {
    expect(formatDuration(90 * MINUTE)).toBe('1 hour and 30 minutes');
    expect(formatDuration(HOUR + MINUTE)).toBe('1 hour and 1 minute');
  });

  it('drops minutes on whole hours', () => {
    expect(formatDuration(HOUR)).toBe('1 hour');
    expect(formatDuration(2 * HOUR)).toBe('2 hours');
    expect(formatDuration(26 * HOUR)).toBe('26 hours');
  });

  it('rounds to the nearest minute but never shows a positive span as 0', () => {
    expect(formatDuration(20_000)).toBe('1 minute');
    expect(formatDuration(2 * HOUR + 29_999)).toBe('2 hours');
    expect(formatDuration(2 * HOUR + 30_000)).toBe('2 hours and 1 minute');
  });

  it('writes no "NaN" for a span that is not a number', () => {
    expect(formatDuration(Number.NaN)).toBe('0 minutes');
    expect(formatDuration(-HOUR)).toBe('0 minutes');
  });

  it('writes Spanish', () => {
    expect(formatDuration(30 * MINUTE, catalogEs)).toBe('30 minutos');
    expect(formatDuration(MINUTE, catalogEs)).toBe('1 minuto');
    expect(formatDuration(90 * MINUTE, catalogEs)).toBe('1 hora y 30 minutos');
    expect(formatDuration(2 * HOUR, catalogEs)).toBe('2 horas');
  });
});
