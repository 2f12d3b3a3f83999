import { describe, expect, it } from 'vitest';
import { checkTimeZone, dayKey, daysFrom, formatMoment, parseSince, queryBounds, ReportOptionError } from '../../src/report/period.ts';

const NOW = Date.parse('2024-01-07T20:00:00+08:00');

describe('report periods', () => {
  it('reads 7d as today and the six days before, in the report time zone', () => {
    expect(parseSince('7d', NOW, 'Asia/Shanghai')).toEqual({ firstDay: '2024-01-01', lastDay: '2024-01-07', timeZone: 'Asia/Shanghai' });
    expect(parseSince('1d', NOW, 'Asia/Shanghai').firstDay).toBe('2024-01-07');
    expect(parseSince('2w', NOW, 'Asia/Shanghai').firstDay).toBe('2023-12-25');
  });

  it('counts a moment on the calendar day of the time zone, not of UTC', () => {
    const justAfterMidnight = Date.parse('2024-01-06T00:10:00+08:00');
    expect(dayKey(justAfterMidnight, 'Asia/Shanghai')).toBe('2024-01-06');
    expect(dayKey(justAfterMidnight, 'UTC')).toBe('2024-01-05');
    expect(formatMoment(justAfterMidnight, 'Asia/Shanghai')).toBe('2024-01-06 00:10');
  });

  it('reads a start date and all', () => {
    expect(parseSince('2024-01-03', NOW, 'UTC')).toEqual({ firstDay: '2024-01-03', lastDay: '2024-01-07', timeZone: 'UTC' });
    expect(parseSince('all', NOW, 'UTC').firstDay).toBeUndefined();
  });

  it('refuses periods it cannot read, naming the option and the value', () => {
    for (const bad of ['7', 'last week', '0d', '2024-02-30', '2025-01-01']) expect(() => parseSince(bad, NOW, 'UTC')).toThrow(ReportOptionError);
    expect(() => parseSince('7x', NOW, 'UTC')).toThrow('--since: "7x" is not a period; use 7d, 2w, a date like 2024-01-01, or all');
    expect(() => checkTimeZone('Mars/Olympus')).toThrow('--tz: unknown time zone "Mars/Olympus"');
  });

  it('lists every day of a period and bounds the query around it', () => {
    expect(daysFrom('2023-12-30', '2024-01-02')).toEqual(['2023-12-30', '2023-12-31', '2024-01-01', '2024-01-02']);
    const period = parseSince('2d', NOW, 'Pacific/Kiritimati');
    const { from, to } = queryBounds(period);
    expect(from).toBeLessThanOrEqual(Date.parse(`${period.firstDay}T00:00:00+14:00`));
    expect(to).toBeGreaterThanOrEqual(Date.parse(`${period.lastDay}T23:59:59+14:00`));
  });
});
