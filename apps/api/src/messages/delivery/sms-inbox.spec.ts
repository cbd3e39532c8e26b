import { isStopReply, readReceipt, replyPhone } from './sms-inbox.service';

describe('what comes back from an SMS gateway', () => {
  it('reads a delivery receipt from its TLVs, or from its text when the gateway sends none', () => {
    expect(readReceipt({ esm_class: 0x04, receipted_message_id: 'abc', short_message: { message: 'id:abc sub:001 dlvrd:001 submit date:3012040815 done date:3012040816 stat:DELIVRD err:000 text:' } })).toEqual({
      messageId: 'abc',
      state: 'DELIVRD',
      at: new Date('2030-12-04T08:16:00Z'),
    });
    expect(readReceipt({ esm_class: 0x04, short_message: { message: 'id:7F3A sub:001 dlvrd:000 submit date:301204081530 done date:301204091530 stat:UNDELIV err:001' } })).toMatchObject({
      messageId: '7F3A',
      state: 'UNDELIV',
      at: new Date('2030-12-04T09:15:30Z'),
    });
    expect(readReceipt({ esm_class: 0x04, receipted_message_id: 'x9', message_state: 3, short_message: { message: '' } })).toMatchObject({ messageId: 'x9', state: 'EXPIRED' });
    expect(readReceipt({ esm_class: 0x00, short_message: { message: 'id:1 stat:DELIVRD' } })).toBeNull();
  });

  it('takes STOP, TD and 退订 as a request to stop, trimmed and in any case, and nothing else', () => {
    for (const reply of ['STOP', ' stop ', 'Td', '退订', '\n退订\n']) expect(isStopReply(reply)).toBe(true);
    for (const reply of ['stop please', '不要退订', 'OK', '']) expect(isStopReply(reply)).toBe(false);
  });

  it('names the sender of a reply in E.164', () => {
    expect(replyPhone({ source_addr: '8613912345678', source_addr_ton: 1 })).toBe('+8613912345678');
    expect(replyPhone({ source_addr: '13912345678', source_addr_ton: 0 })).toBe('+8613912345678');
    expect(replyPhone({ source_addr: '+8613912345678', source_addr_ton: 1 })).toBe('+8613912345678');
    expect(replyPhone({ source_addr: '', source_addr_ton: 1 })).toBeNull();
  });
});
