// The volunteer's ticket for the check-in desk (issue 21): a QR code of `LR1:<code>` and the code
// in groups to read aloud, on the confirmation and the manage page. The QR library is loaded only
// when there is a ticket to draw, so the form itself stays light.
import { groupTicket, ticketPayload } from '@life-relay/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Big enough for a desk's camera at arm's length, small enough for a phone's screen. */
const QR_PIXELS = 256;

export function Ticket({ code }: { code: string }) {
  const { t } = useTranslation();
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode').then(({ default: QRCode }) =>
      QRCode.toDataURL(ticketPayload(code), { errorCorrectionLevel: 'M', width: QR_PIXELS, margin: 4 }).then((url) => current && setImage(url)),
    );
    return () => {
      current = false;
    };
  }, [code]);

  return (
    <section className="card ticket" aria-labelledby="ticket-title" data-testid="ticket">
      <h2 id="ticket-title" style={{ marginTop: 0, fontSize: '1.1rem' }}>
        {t('ticket.title')}
      </h2>
      <p className="muted">{t('ticket.hint')}</p>
      {image ? (
        <img src={image} width={QR_PIXELS} height={QR_PIXELS} alt={t('ticket.alt')} data-testid="ticket-qr" style={{ display: 'block', margin: '0 auto', imageRendering: 'pixelated' }} />
      ) : (
        <p className="muted" style={{ height: QR_PIXELS }}>
          {t('ticket.loading')}
        </p>
      )}
      <p style={{ textAlign: 'center', fontFamily: 'monospace', fontSize: '1.05rem' }}>{t('ticket.code', { code: groupTicket(code) })}</p>
    </section>
  );
}
