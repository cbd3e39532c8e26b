import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { qrPng, qrSide } from './qr-png';

describe('QR codes as PNG', () => {
  it('draws a code that reads back, black on white with its quiet zone', () => {
    const { png, side } = qrPng('LR1:ABCDEFGHIJKLMNOPQRSTUVWXYZ', 7);
    const image = PNG.sync.read(png);
    expect([image.width, image.height]).toEqual([side, side]);
    expect(side).toBe((25 + 8) * 7); // version 2, the whole payload in alphanumeric mode
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe('LR1:ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    expect([...image.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  });

  it('reads back at any size, and with a payload outside the alphanumeric set', () => {
    for (const [text, pixels] of [
      ['LR1:22222234567QRSTUVWXYZABCDE', 3],
      ['LR1:ABCDEFGHIJKLMNOPQRSTUVWXYZ', 5],
      ['https://relay.example/t/lower-case?x=1', 4],
    ] as const) {
      const image = PNG.sync.read(qrPng(text, pixels).png);
      expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(text);
    }
  });

  it('knows the side of an image before drawing it, for every length of an alphanumeric payload and for any other', () => {
    for (let length = 1; length <= 120; length++) {
      const text = 'LR1:' + 'A2'.repeat(length).slice(0, length);
      expect([length, qrSide(text, 7)]).toEqual([length, qrPng(text, 7).side]);
      expect(qrSide(text, 3)).toBe(qrPng(text, 3).side); // remembered by length, scaled anew
    }
    for (const text of ['https://relay.example/t/lower-case?x=1', 'ticket ü', 'x'.repeat(90)]) expect(qrSide(text, 4)).toBe(qrPng(text, 4).side);
  });
});
