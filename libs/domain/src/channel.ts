// Where a sign-up came from, for the funnel: share links carry `source=<channel>`.
export enum SignUpChannel {
  LINK = 'LINK',
  QR = 'QR',
  POSTER = 'POSTER',
  CHAT = 'CHAT',
  WALK_IN = 'WALK_IN',
  IMPORT = 'IMPORT',
  OTHER = 'OTHER',
}

const ALIASES: Record<string, SignUpChannel> = {
  link: SignUpChannel.LINK,
  qr: SignUpChannel.QR,
  qrcode: SignUpChannel.QR,
  poster: SignUpChannel.POSTER,
  flyer: SignUpChannel.POSTER,
  chat: SignUpChannel.CHAT,
  wechat: SignUpChannel.CHAT,
  share: SignUpChannel.CHAT,
  qq: SignUpChannel.CHAT,
};

/** The channel for a link's `source`; no source is a plain link, an unknown one is OTHER. */
export function channelOf(source: string | null | undefined): SignUpChannel {
  if (!source || !source.trim()) return SignUpChannel.LINK;
  return ALIASES[source.trim().toLowerCase().replace(/[\s_-]+/g, '')] ?? SignUpChannel.OTHER;
}
