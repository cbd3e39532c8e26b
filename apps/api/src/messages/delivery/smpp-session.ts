// What both ends of an SMPP session share: the housekeeping PDUs each side answers, and status
// codes as operators read them. The client (sms-sender.ts), the built-in catcher and the tests'
// SMPP server use it.
import * as smpp from 'smpp';

const STATUS_NAMES = new Map(Object.entries(smpp.errors).map(([name, code]) => [code, name]));
/** A command_status as operators read it: ESME_RTHROTTLED (0x58). */
export function smppStatus(code: number): string {
  return `${STATUS_NAMES.get(code) ?? 'status'} (0x${code.toString(16).padStart(2, '0')})`;
}

/**
 * What either side of an SMPP session answers on its own: enquire_link (the
 * keep-alive) and unbind (the other side is leaving: answer, then close).
 */
export function answerHousekeeping(session: smpp.Session): void {
  session.on('enquire_link', (pdu: smpp.PDU) => session.send(pdu.response()));
  session.on('unbind', (pdu: smpp.PDU) => {
    session.send(pdu.response());
    session.close();
  });
}
