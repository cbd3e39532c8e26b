// Copying and sharing links: the system share sheet where the phone has one, the clipboard
// otherwise, and a polite announcement of what happened.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // not a secure context, or refused: the link stays on screen to copy by hand
  }
}

export function CopyButton({ text, label, doneLabel }: { text: string; label: string; doneLabel: string }) {
  const [done, setDone] = useState(false);
  return (
    <>
      <button type="button" className="btn btn--quiet btn--small" onClick={async () => setDone(await copyText(text))}>
        {label}
      </button>
      <span className="visually-hidden" role="status">
        {done ? doneLabel : ''}
      </span>
    </>
  );
}

export function ShareButton({ url, title, text, label }: { url: string; title: string; text: string; label: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const share = async () => {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ url, title, text });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    setCopied(await copyText(url));
  };
  return (
    <>
      <button type="button" className="btn btn--quiet btn--small" onClick={share}>
        {label}
      </button>
      <span role="status" className={copied ? 'muted' : 'visually-hidden'}>
        {copied ? t('confirm.copied') : ''}
      </span>
    </>
  );
}
