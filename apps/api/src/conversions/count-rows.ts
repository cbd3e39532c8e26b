// Sign-ups counted by status as PostgreSQL names the columns (the counts the sign_ups triggers
// keep, or a query's own), and as the domain names them.
import { StatusCounts } from '@life-relay/domain';

/** The counts of one row, as PostgreSQL names them. */
export type CountRow = Record<'registered' | 'waitlisted' | 'cancelled' | 'checked_in' | 'donated' | 'deferred' | 'no_show', number>;

export function countsOf(r: CountRow): StatusCounts {
  return {
    registered: r.registered,
    waitlisted: r.waitlisted,
    cancelled: r.cancelled,
    checkedIn: r.checked_in,
    donated: r.donated,
    deferred: r.deferred,
    noShow: r.no_show,
  };
}
