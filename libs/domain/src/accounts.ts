// Rules of the accounts of the people who run the platform, shared by the API's validation and
// the organizers' app's password forms (set through a link, changed when signed in).
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
