/** A file name people recognise in their downloads: "<drive slug>.ics". */
export function calendarFileName(slug: string): string {
  return `${slug.replace(/[^a-z0-9-]+/gi, '-').slice(0, 60) || 'life-relay'}.ics`;
}
