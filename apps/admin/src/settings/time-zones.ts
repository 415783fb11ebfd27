/** The IANA zones this browser knows (the api checks the name again). */
export function timeZoneChoices(): { id: string; name: string }[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = zones.includes('UTC') ? zones : ['UTC', ...zones];
  return all.map((zone) => ({ id: zone, name: zone }));
}

export function validTimeZone(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return 'ra.validation.required';
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return undefined;
  } catch {
    return 'ys.settings.invalid_time_zone';
  }
}
