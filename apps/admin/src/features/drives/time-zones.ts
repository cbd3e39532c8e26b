// Every IANA time zone the browser knows, labelled with its current offset so an organizer can
// find "UTC+08:00" as well as "Shanghai".
import { tzOffset } from '@date-fns/tz';

export interface TimeZoneOption {
  value: string;
  label: string;
}

let all: TimeZoneOption[] | null = null;

function offsetLabel(zone: string, at: Date): string {
  const minutes = tzOffset(zone, at);
  if (Number.isNaN(minutes)) return '';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function option(zone: string, at: Date): TimeZoneOption {
  const offset = offsetLabel(zone, at);
  return { value: zone, label: offset ? `${zone.replace(/_/g, ' ')} (${offset})` : zone };
}

/** All zones, plus `current` if the browser lists it under another name (Asia/Calcutta vs Kolkata). */
export function timeZoneOptions(current?: string): TimeZoneOption[] {
  if (!all) {
    const now = new Date();
    const zones = new Set(Intl.supportedValuesOf('timeZone'));
    zones.add('UTC');
    all = [...zones].sort().map((zone) => option(zone, now));
  }
  if (current && !all.some((o) => o.value === current)) return [option(current, new Date()), ...all];
  return all;
}
