// Pure rules of the Life Relay domain, shared by the API and the web apps so they cannot
// disagree. No framework imports here.
export * from './enums';
export * from './team-code';
export * from './slug';
export * from './eligibility';
export * from './drive-days';
export * from './sign-up-fields';
export * from './sign-up-status';
export * from './messages';
export * from './message-purposes';
export * from './message-channel';
export * from './consent';
export * from './channel';
export * from './phone';
export * from './contact';
export * from './conversion';
export * from './accounts';
export * from './disclosure';
export * from './referral';
export * from './audit';
export * from './my-data';
export * from './retention';
export * from './ticket';
export * from './registry';
export * from './quiet-hours';
export * from './reserve';
