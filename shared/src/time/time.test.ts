import { describe, expect, it } from 'vitest';
import {
  addDays,
  amountFor,
  formatMinutes,
  isIsoDate,
  isoWeekLabel,
  parseDuration,
  roundUp,
  weekDays,
  weekStart,
} from './index.js';

describe('durations people type', () => {
  it.each([
    ['1.5', 90],
    ['1,5', 90],
    ['1:30', 90],
    ['90m', 90],
    ['2h', 120],
    ['1h30', 90],
    ['1h 30m', 90],
    ['0:05', 5],
    ['', 0],
    [' 8 ', 480],
  ])('reads %j as %i minutes', (input, minutes) => {
    expect(parseDuration(input)).toEqual({ ok: true, minutes });
  });

  it('explains what it cannot read', () => {
    expect(parseDuration('abc')).toEqual({
      ok: false,
      message: '"abc" is not a duration: use 1.5, 1:30 or 90m.',
    });
    expect(parseDuration('1:75')).toMatchObject({ ok: false });
    expect(parseDuration('25')).toEqual({ ok: false, message: 'A day has at most 24 hours.' });
  });

  it('formats, rounds and prices minutes', () => {
    expect(formatMinutes(90)).toBe('1:30');
    expect(formatMinutes(5)).toBe('0:05');
    expect(roundUp(7, 15)).toBe(15);
    expect(roundUp(15, 15)).toBe(15);
    expect(roundUp(7, 1)).toBe(7);
    expect(amountFor(90, 10000)).toBe(15000);
    expect(amountFor(1, 10000)).toBe(167);
  });
});

describe('ISO weeks', () => {
  it('finds the Monday and the ISO week, across years', () => {
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
    expect(isoWeekLabel('2027-01-01')).toBe('2026-W53');
    expect(isoWeekLabel('2026-01-01')).toBe('2026-W01');
    expect(weekDays('2026-11-23')).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });

  it('validates calendar dates', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
  });
});
