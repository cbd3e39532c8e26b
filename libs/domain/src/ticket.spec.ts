import { groupTicket, parseTicket, ticketPayload } from './ticket';

const CODE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('tickets', () => {
  it('reads a scanned payload, and a typed code in any case and grouping', () => {
    expect(parseTicket(ticketPayload(CODE))).toBe(CODE);
    expect(parseTicket(` lr1:${CODE.toLowerCase()} `)).toBe(CODE);
    expect(parseTicket(groupTicket(CODE))).toBe(CODE);
    expect(parseTicket(groupTicket(CODE).replace(/ /g, '-'))).toBe(CODE);
  });

  it('refuses anything that is not a ticket: a link, a short code, other characters', () => {
    expect(parseTicket('https://example.org/d/blood-day?team=ABC234')).toBeNull();
    expect(parseTicket('LR1:ABC')).toBeNull();
    expect(parseTicket(`LR1:${CODE.slice(1)}0`)).toBeNull();
    expect(parseTicket(`LR2:${CODE}`)).toBeNull();
  });

  it('groups a code by four for reading', () => {
    expect(groupTicket(CODE)).toBe('ABCD EFGH IJKL MNOP QRST UVWX YZ');
  });
});
