// How long personal data is kept (issue 20). One place for the periods that the API's jobs, the
// token checks and docs/privacy.md state; RETENTION_DAYS itself is configuration (the runtime
// contract), its default here.

/** Days after a drive closes that its volunteers' personal data is kept, unless they took part in a later drive. */
export const DEFAULT_RETENTION_DAYS = 730;

/** A message's rendered body (what it said, kept for the Outbox) is cleared this many days after it was sent. */
export const RENDERED_BODY_DAYS = 30;

/** A manage link stops working this many days after its drive ended. */
export const MANAGE_LINK_DAYS_AFTER_DRIVE = 30;

/** The day a person's data falls due for erasure: RETENTION_DAYS after the close of their last drive. */
export function erasureDueOn(lastDriveClosedAt: Date, retentionDays: number): Date {
  return new Date(lastDriveClosedAt.getTime() + retentionDays * 24 * 3600 * 1000);
}
