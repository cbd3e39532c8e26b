// "Add to calendar": a real download link to an .ics file made in the browser. The calendar code
// loads when the link is first shown, so the form never pays for it.
import { useEffect, useState } from 'react';
import type { CalendarEntry } from './calendar';

export function CalendarLink({ entry, fileName, label }: { entry: CalendarEntry; fileName: string; label: string }) {
  const [href, setHref] = useState<string>();
  const key = JSON.stringify(entry);

  useEffect(() => {
    let url: string | undefined;
    let live = true;
    import('./calendar').then(
      ({ calendarFile }) => {
        if (!live) return;
        const text = calendarFile(entry);
        url =
          typeof URL.createObjectURL === 'function'
            ? URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }))
            : `data:text/calendar;charset=utf-8,${encodeURIComponent(text)}`;
        setHref(url);
      },
      () => undefined,
    );
    return () => {
      live = false;
      if (url?.startsWith('blob:')) URL.revokeObjectURL(url);
    };
    // `entry` is compared by value through `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  if (!href) return null;
  return (
    <a className="btn btn--small" href={href} download={fileName}>
      <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2">
        <rect x="3" y="5" width="18" height="16" rx="2" />
        <path d="M16 3v4M8 3v4M3 10h18M12 13v5M9.5 15.5h5" />
      </svg>
      {label}
    </a>
  );
}
