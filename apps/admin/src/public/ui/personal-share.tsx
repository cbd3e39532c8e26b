// A volunteer's personal share link (issue 22): the drive's page with their team's code and their
// own referral code, so the friends it brings count as theirs (and join their team). Shown on the
// confirmation and on the manage page, with what the link has brought so far where known.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DriveKind } from '../../generated/graphql';
import { wordFor } from '../../app/i18n/registry-words';
import { CopyButton, ShareButton } from './share';

export interface Brought {
  signUps: number;
  /** Null: withheld, as it could tell a friend's screening result. */
  donated: number | null;
}

/** At a stem-cell registry drive (`kind`) the friends brought joined the registry: they donated nothing. */
export function PersonalShare({ title, sharePath, brought, extra, kind }: { title: string; sharePath: string; brought?: Brought | null; extra?: ReactNode; kind?: DriveKind }) {
  const { t } = useTranslation();
  const url = `${window.location.origin}${sharePath}`;
  return (
    <section className="card" aria-labelledby="personal-share-title" data-testid="personal-share">
      <h2 id="personal-share-title" style={{ marginTop: 0, fontSize: '1.1rem' }}>
        {t('referral.title')}
      </h2>
      <p>{t('referral.body')}</p>
      {brought && (
        <p data-testid="referral-count">
          <strong>
            {brought.donated === null ? t('referral.brought', { count: brought.signUps }) : t(wordFor(kind, 'referral.broughtDonated'), { count: brought.signUps, donated: brought.donated })}
          </strong>
        </p>
      )}
      <div className="link-box">
        <a href={url} data-testid="share-link">
          {url}
        </a>
        <CopyButton text={url} label={t('confirm.copy')} doneLabel={t('confirm.copied')} />
      </div>
      <div className="actions" style={{ marginBottom: 0 }}>
        <ShareButton url={url} title={title} text={t('confirm.shareText', { title })} label={t('referral.share')} />
        {extra}
      </div>
    </section>
  );
}
