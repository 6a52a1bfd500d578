import { describe, expect, it } from 'vitest';
import {
  detectDateFormat,
  parseBoolean,
  parseDate,
  parseHours,
  parseImportDuration,
  parseMoney,
  parseTime,
} from './import-values.js';
import { zonedTime } from './zoned-time.js';

const value = <T>(p: { ok: true; value: T } | { ok: false; message: string }) =>
  p.ok ? p.value : p.message;

describe('values as other tools write them', () => {
  it('reads dates in ISO, day-first and month-first form', () => {
    expect(value(parseDate('2026-03-02', 'DMY'))).toBe('2026-03-02');
    expect(value(parseDate('2026-03-02 09:00:00', 'DMY'))).toBe('2026-03-02');
    expect(value(parseDate('02/03/2026', 'DMY'))).toBe('2026-03-02');
    expect(value(parseDate('03/02/2026', 'MDY'))).toBe('2026-03-02');
    expect(value(parseDate('2.3.2026', 'MDY'))).toBe('2026-03-02');
    expect(value(parseDate('31/02/2026', 'DMY'))).toMatch(/not a day of the calendar/);
    expect(value(parseDate('yesterday', 'DMY'))).toMatch(/not a date/);
  });

  it('tells the date format from a column when a number gives it away', () => {
    expect(detectDateFormat(['03/02/2026', '03/13/2026'])).toBe('MDY');
    expect(detectDateFormat(['13/03/2026', '02/03/2026'])).toBe('DMY');
    expect(detectDateFormat(['2.3.2026'])).toBe('DMY');
    expect(detectDateFormat(['2026-03-02'])).toBe('YMD');
    expect(detectDateFormat(['03/02/2026'])).toBeNull();
  });

  it('reads times of day, 24-hour and 12-hour', () => {
    expect(value(parseTime('09:30'))).toBe(570);
    expect(value(parseTime('9:30:40'))).toBe(571);
    expect(value(parseTime('12:30 PM'))).toBe(750);
    expect(value(parseTime('12:05 am'))).toBe(5);
    expect(value(parseTime('2026-03-02 17:45:00'))).toBe(1065);
    expect(value(parseTime('25:00'))).toMatch(/not a time/);
  });

  it('reads durations in minutes', () => {
    expect(value(parseImportDuration('1:30'))).toBe(90);
    expect(value(parseImportDuration('01:30:29'))).toBe(90);
    expect(value(parseImportDuration('01:30:30'))).toBe(91);
    expect(value(parseImportDuration('1.5'))).toBe(90);
    expect(value(parseImportDuration('1,25'))).toBe(75);
    expect(value(parseImportDuration('1.5h'))).toBe(90);
    expect(value(parseImportDuration('90m'))).toBe(90);
    expect(value(parseImportDuration('25:00:00'))).toMatch(/at most 24 hours/);
    expect(value(parseImportDuration(''))).toMatch(/empty/);
    expect(value(parseHours('120:30'))).toBe(7230);
    expect(value(parseHours('2400'))).toBe(144000);
  });

  it('reads yes and no, and money in cents', () => {
    expect([' Yes', 'no', '1', '0', 'x', ''].map(v => value(parseBoolean(v)))).toEqual([
      true,
      false,
      true,
      false,
      true,
      null,
    ]);
    expect(value(parseBoolean('maybe'))).toMatch(/not yes or no/);
    expect(
      ['95', '95.5', '95,50', '€ 1.234,56', '$1,234.56', '1.234', ''].map(v =>
        value(parseMoney(v)),
      ),
    ).toEqual([9500, 9550, 9550, 123456, 123456, 123400, null]);
    expect(value(parseMoney('-5'))).toMatch(/0 or more/);
  });

  it('turns a wall-clock time into an instant, across daylight saving time', () => {
    expect(zonedTime('2026-03-02', 9 * 60, 'Europe/Amsterdam').toISOString()).toBe(
      '2026-03-02T08:00:00.000Z',
    );
    expect(zonedTime('2026-07-01', 9 * 60, 'Europe/Amsterdam').toISOString()).toBe(
      '2026-07-01T07:00:00.000Z',
    );
    expect(zonedTime('2026-03-29', 12 * 60, 'Europe/Amsterdam').toISOString()).toBe(
      '2026-03-29T10:00:00.000Z',
    );
    expect(zonedTime('2026-03-02', 9 * 60, 'America/New_York').toISOString()).toBe(
      '2026-03-02T14:00:00.000Z',
    );
  });
});
