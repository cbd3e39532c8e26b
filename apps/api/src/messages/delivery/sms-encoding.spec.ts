import { DATA_CODING_GSM7, DATA_CODING_UCS2, decodeSmsPart, encodeSms, ESM_CLASS_UDHI, fitsGsm7, plainForSms, smsLength, smsShape, splitSms } from './sms-encoding';

/** What a phone shows: the parts decoded and put together in their order. */
function reassemble(text: string, reference = 7): string {
  const sms = encodeSms(text, reference);
  const parts = sms.parts.map((p) => decodeSmsPart(p, sms.dataCoding, sms.esmClass));
  return parts
    .sort((a, b) => (a.concat?.index ?? 0) - (b.concat?.index ?? 0))
    .map((p) => p.text)
    .join('');
}

describe('SMS encoding', () => {
  it('sends plain English in the GSM 7-bit alphabet, one septet per octet', () => {
    const sms = encodeSms('Hello @ Life Relay!', 1);
    expect(sms).toMatchObject({ encoding: 'gsm7', dataCoding: DATA_CODING_GSM7, esmClass: 0 });
    expect(sms.parts).toHaveLength(1);
    expect(sms.parts[0][0]).toBe('H'.charCodeAt(0));
    expect(sms.parts[0][6]).toBe(0x00); // '@' is septet 0 in GSM 03.38
    expect(reassemble('Hello @ Life Relay!')).toBe('Hello @ Life Relay!');
  });

  it('counts the euro sign and the other extension characters twice, and keeps them in GSM-7', () => {
    expect(fitsGsm7('Ticket 5€ [free] {x} ~ | ^ \\')).toBe(true);
    expect(smsLength('€')).toBe(2);
    const sms = encodeSms('5€', 1);
    expect([...sms.parts[0]]).toEqual([0x35, 0x1b, 0x65]);
    expect(reassemble('Costs 5€ [or {less}] ~ ^|\\')).toBe('Costs 5€ [or {less}] ~ ^|\\');
  });

  it('sends Chinese, or anything outside the GSM alphabet, as UCS-2', () => {
    const sms = encodeSms('报名成功：献血日', 1);
    expect(sms).toMatchObject({ encoding: 'ucs2', dataCoding: DATA_CODING_UCS2, esmClass: 0 });
    expect(sms.parts[0]).toEqual(Buffer.from([0x62, 0xa5, 0x54, 0x0d, 0x62, 0x10, 0x52, 0x9f, 0xff, 0x1a, 0x73, 0x2e, 0x88, 0x40, 0x65, 0xe5]));
    expect(fitsGsm7('Straße ok? ç')).toBe(false); // ç lowercase is not in the default table
    expect(encodeSms('Zoë 😀', 1).encoding).toBe('ucs2');
    expect(reassemble('献血 Zoë 😀')).toBe('献血 Zoë 😀');
  });

  it('keeps exactly 160 GSM-7 septets in one part and splits 161 into parts of at most 153', () => {
    expect(encodeSms('a'.repeat(160), 1).parts).toHaveLength(1);
    const split = encodeSms('a'.repeat(161), 1);
    expect(split.texts.map((t) => t.length)).toEqual([153, 8]);
    expect(split.esmClass).toBe(ESM_CLASS_UDHI);
    expect([...split.parts[0].subarray(0, 6)]).toEqual([0x05, 0x00, 0x03, 1, 2, 1]);
    expect([...split.parts[1].subarray(0, 6)]).toEqual([0x05, 0x00, 0x03, 1, 2, 2]);
    expect(split.parts[0]).toHaveLength(6 + 153);
  });

  it('counts the euro sign twice at the limit: 80 of them fill one part, 81 need two', () => {
    expect(encodeSms('€'.repeat(80), 1).parts).toHaveLength(1);
    const split = encodeSms('€'.repeat(81), 1);
    expect(split.parts).toHaveLength(2);
    // 76 euro signs are 152 septets: the 77th does not fit in 153 and its escape is not split.
    expect(split.texts.map((t) => t.length)).toEqual([76, 5]);
    expect(reassemble('€'.repeat(81))).toBe('€'.repeat(81));
  });

  it('keeps exactly 70 UCS-2 characters in one part and splits 71 into parts of at most 67', () => {
    expect(encodeSms('献'.repeat(70), 1).parts).toHaveLength(1);
    const split = encodeSms('献'.repeat(71), 1);
    expect(split.texts.map((t) => t.length)).toEqual([67, 4]);
    expect(split.parts[0]).toHaveLength(6 + 67 * 2);
  });

  it('never splits a surrogate pair between two parts', () => {
    const text = '献'.repeat(66) + '😀' + '血'.repeat(10);
    const parts = splitSms(text, 'ucs2');
    expect(parts[0]).toBe('献'.repeat(66));
    expect(parts[1].startsWith('😀')).toBe(true);
    expect(reassemble(text)).toBe(text);
  });

  it('splits a long Chinese reminder into numbered parts that reassemble to the text', () => {
    const text = '【生命接力】张三您好，提醒您明天参加“国际志愿者日献血活动”，时间 2030年12月5日 09:00–11:00，地点：呼和浩特万达广场献血车。请带身份证，献血前吃清淡早餐、睡眠充足。如需改期或取消：https://relay.test/s/AbCdEfGhIjKl 回复退订不再接收此类消息。';
    const sms = encodeSms(text, 200);
    expect(sms.parts.length).toBe(Math.ceil(text.length / 67));
    for (const [i, part] of sms.parts.entries()) {
      const decoded = decodeSmsPart(part, sms.dataCoding, sms.esmClass);
      expect(decoded.concat).toEqual({ reference: 200, total: sms.parts.length, index: i + 1 });
      expect(part.length).toBeLessThanOrEqual(140);
    }
    expect(reassemble(text, 200)).toBe(text);
  });

  it('tells the encoding and the parts of a text as encodeSms sends it, without encoding it', () => {
    const texts = ['Hi', 'a'.repeat(160), 'a'.repeat(161), '€'.repeat(81), '献'.repeat(71), '献'.repeat(66) + '😀' + '血'.repeat(10), 'Zoë 😀', 'x'.repeat(400) + '€'];
    for (const text of texts) {
      const sms = encodeSms(text, 9);
      expect([text, smsShape(text)]).toEqual([text, { encoding: sms.encoding, parts: sms.parts.length }]);
    }
  });

  it('measures a lone surrogate as one UCS-2 unit, and a character outside the alphabet as two septets when counted as GSM-7', () => {
    expect(fitsGsm7('a\ud83d')).toBe(false);
    expect(smsLength('a\ud83d')).toBe(2);
    expect(smsLength('a😀', 'gsm7')).toBe(3);
    expect(reassemble('\ud83d' + '献'.repeat(80))).toBe('\ud83d' + '献'.repeat(80));
  });

  it('refuses a text longer than 255 parts', () => {
    expect(() => encodeSms('a'.repeat(153 * 255 + 1), 1)).toThrow(/255/);
  });
});

describe('plain typography for SMS', () => {
  it('turns dashes, curly quotes and narrow spaces into their GSM equivalents, so English stays 7-bit', () => {
    const text = plainForSms('Tomorrow 9:00\u202fAM–11:00\u202fAM, “Wanda Plaza” … don’t forget');
    expect(text).toBe('Tomorrow 9:00 AM-11:00 AM, "Wanda Plaza" ... don\'t forget');
    expect(fitsGsm7(text)).toBe(true);
    expect(plainForSms('明天 09:00–11:00')).toBe('明天 09:00-11:00');
  });
});
