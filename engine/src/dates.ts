/**
 * Civil dates (YYYY-MM-DD) and calendar durations, with no time zone involved:
 * a document dated 2025-11-23 with a 12-month maximum age is valid through
 * 2026-11-23 whatever the machine's zone. Dates are compared as strings (ISO order).
 */
import { count } from './l10n/index.js';

export type CivilDate = string; // 'YYYY-MM-DD', always valid once produced by parseCivilDate

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant of a civil date at 00:00 UTC (Date.UTC reads a year below 100 as 19xx). */
function utcTime(y: number, monthIndex: number, day: number): number {
  const t = new Date(0);
  return t.setUTCFullYear(y, monthIndex, day);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcTime(year, month, 0)).getUTCDate();
}

/** Returns the date if `text` is a real calendar date in YYYY-MM-DD form, else undefined. */
export function parseCivilDate(text: unknown): CivilDate | undefined {
  if (typeof text !== 'string') return undefined;
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]),
    mo = Number(m[2]),
    d = Number(m[3]);
  // year 0000 does not exist in the calendar a dossier uses (it printed as "00-1--1-15")
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return text;
}

/**
 * Dates are compared as their 'YYYY-MM-DD' text, which orders them as dates only while every year
 * has four digits; so a computed date saturates at 0001-01-01 and 9999-12-31. That is exact for
 * every comparison with a date a dossier can hold (a validity that would end in year 10000 ends
 * after every as-of date: a document dated 9999-06-01 is not stale on 9999-12-31).
 */
const FIRST_DAY = '0001-01-01',
  LAST_DAY = '9999-12-31';
/** A computed end that fell beyond the calendar (saturated): no end worth announcing. */
export function beyondCalendar(d: CivilDate): boolean {
  return d === LAST_DAY;
}
function format(y: number, m: number, d: number): CivilDate {
  if (y > 9999) return LAST_DAY;
  if (y < 1) return FIRST_DAY;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface Duration {
  amount: number;
  unit: 'day' | 'month';
  /** the text it was read from, for messages */
  text: string;
}

const UNITS: Record<string, { unit: 'day' | 'month'; factor: number }> = {
  day: { unit: 'day', factor: 1 },
  days: { unit: 'day', factor: 1 },
  jour: { unit: 'day', factor: 1 },
  jours: { unit: 'day', factor: 1 },
  week: { unit: 'day', factor: 7 },
  weeks: { unit: 'day', factor: 7 },
  semaine: { unit: 'day', factor: 7 },
  semaines: { unit: 'day', factor: 7 },
  month: { unit: 'month', factor: 1 },
  months: { unit: 'month', factor: 1 },
  mois: { unit: 'month', factor: 1 },
  year: { unit: 'month', factor: 12 },
  years: { unit: 'month', factor: 12 },
  an: { unit: 'month', factor: 12 },
  ans: { unit: 'month', factor: 12 },
};

export const DURATION_PATTERN = `^[1-9][0-9]* (${Object.keys(UNITS).join('|')})$`;
export const NO_DURATION = ['none', 'aucune', 'aucun'];

/** Parses '12 months', '1 an', '30 jours' … Returns undefined when malformed. */
export function parseDuration(text: unknown): Duration | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^([1-9][0-9]*) ([a-z]+)$/.exec(text.trim());
  if (!m) return undefined;
  const u = UNITS[m[2]];
  if (!u) return undefined;
  return { amount: Number(m[1]) * u.factor, unit: u.unit, text: text.trim() };
}

/** Calendar addition; the day is clamped to the end of the month (2024-02-29 + 12 months = 2025-02-28). */
export function addDuration(date: CivilDate, duration: Duration, sign: 1 | -1 = 1): CivilDate {
  const [y, m, d] = date.split('-').map(Number);
  if (duration.unit === 'day') {
    const t = new Date(utcTime(y, m - 1, d + sign * duration.amount));
    return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  const total = y * 12 + (m - 1) + sign * duration.amount;
  const ny = Math.floor(total / 12),
    nm = (total % 12) + 1;
  return format(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return addDuration(date, { amount: Math.abs(days), unit: 'day', text: '' }, days < 0 ? -1 : 1);
}

/** Today in the local calendar of this machine. */
export function today(now: Date = new Date()): CivilDate {
  return format(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** "12 mois" / "12 months", "1 an" / "1 year", "30 jours" / "30 days". */
export function formatDuration(d: Duration, lang: 'fr' | 'en'): string {
  if (d.unit === 'month' && d.amount % 12 === 0 && d.amount > 12) return count(lang, 'count.year', d.amount / 12);
  return count(lang, d.unit === 'day' ? 'count.day' : 'count.month', d.amount);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  const utc = (d: CivilDate) => {
    const [y, m, day] = d.split('-').map(Number);
    return utcTime(y, m - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
