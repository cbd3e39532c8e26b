// How rendered text looks: dates and times in a drive's time zone, the HTML version of the
// plain text, and tidy blank lines.

// Making a DateTimeFormat (locale data, time zone rules) costs far more than formatting with one.
const formats = new Map<string, Intl.DateTimeFormat>();

function cachedFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    if (formats.size >= 1000) formats.clear(); // a few locales times the drives' time zones
    formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  }
  return format;
}

export const dateFormat = (locale: string, timeZone: string, dateStyle: 'full' | 'long' | 'medium') => cachedFormat(locale, { timeZone, dateStyle });
/** A day as a text message names it: "Thu, Dec 5", "12月5日周四". */
export const shortDayFormat = (locale: string, timeZone: string) => cachedFormat(locale, { timeZone, weekday: 'short', month: 'short', day: 'numeric' });
export const timeFormat = (locale: string, timeZone: string) => cachedFormat(locale, { timeZone, timeStyle: 'short' });

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** A simple, readable HTML version of the text: paragraphs and clickable links. */
export function toHtml(text: string, lang: string): string {
  const paragraphs = text
    .trim()
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>').replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return `<!doctype html><html lang="${lang}"><body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:36em">${paragraphs}</body></html>`;
}

/** At most one blank line in a row, and one newline at the end. */
export function tidy(text: string): string {
  return text.replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
