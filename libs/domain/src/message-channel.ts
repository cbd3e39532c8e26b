// How a message reaches a volunteer: by e-mail or by text message (SMS), whichever contact they
// gave and verified (in China most people read SMS, not e-mail).
export enum MessageChannel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
}
