import { Column } from 'typeorm';

/** A count of sign-ups per status, as the triggers on sign_ups keep them (drive_team_stats, shift_stats). */
export abstract class StatusCountColumns {
  @Column({ type: 'int', default: 0 })
  registered: number;

  @Column({ type: 'int', default: 0 })
  waitlisted: number;

  @Column({ type: 'int', default: 0 })
  cancelled: number;

  @Column({ name: 'checked_in', type: 'int', default: 0 })
  checkedIn: number;

  @Column({ type: 'int', default: 0 })
  donated: number;

  @Column({ type: 'int', default: 0 })
  deferred: number;

  @Column({ name: 'no_show', type: 'int', default: 0 })
  noShow: number;
}
