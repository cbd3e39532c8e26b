// A drive's sign-ups as a spreadsheet. The download needs the bearer token (personal data), so it
// is fetched and handed to the browser as a file rather than opened as a plain link.
import { session } from '../../app/auth/session';
import { exportFileName } from './sign-ups-filters';

/** Saves every sign-up of the drive (the API's export takes no filters) as `<slug>-sign-ups-<day>.csv`. */
export async function downloadSignUpsCsv(driveId: string, slug: string): Promise<void> {
  const token = session.get()?.token;
  const response = await fetch(`/api/drives/${encodeURIComponent(driveId)}/sign-ups.csv`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new Error(`The export failed (${response.status})`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(slug, new Date());
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
