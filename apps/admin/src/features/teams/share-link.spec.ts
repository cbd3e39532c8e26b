import { qrFileName, shareLink } from './share-link';

describe('a team’s share link', () => {
  it('names the team and, except for a plain link, where it was passed on', () => {
    expect(shareLink('https://relay.example', 'dec-5-blood-drive', 'K7M2QX', 'LINK')).toBe('https://relay.example/d/dec-5-blood-drive?team=K7M2QX');
    expect(shareLink('https://relay.example', 'dec-5-blood-drive', 'K7M2QX', 'QR')).toBe('https://relay.example/d/dec-5-blood-drive?team=K7M2QX&source=qr');
    expect(shareLink('https://relay.example', 'dec-5-blood-drive', 'K7M2QX', 'POSTER')).toContain('&source=poster');
  });

  it('names the QR file after the team and the drive, Chinese names included', () => {
    expect(qrFileName('Medics & Friends', 'dec-5')).toBe('medics-friends-dec-5-qr.png');
    expect(qrFileName('医学院献血队', 'dec-5')).toBe('医学院献血队-dec-5-qr.png');
    expect(qrFileName('!!!', 'dec-5')).toBe('team-dec-5-qr.png');
  });
});
