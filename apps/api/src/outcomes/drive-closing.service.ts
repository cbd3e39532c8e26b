// Closing a drive: no more sign-ups or changes, and everyone still REGISTERED never came, so
// becomes NO_SHOW (an organizer can still correct that for someone who did come). The drive's
// shifts are locked before the drive and its sign-ups (the order of places.repository.ts): the
// NO_SHOW statement takes the sign-ups' counts in whatever order the rows come, and holding the
// shifts first keeps it from deadlocking with a cancellation, a move or a check-in at that moment.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUuid } from '../common/graphql/uuid';
import type { DriveEntity } from '../drives/drive.entity';
import { DrivesService } from '../drives/drives.service';
import { Places } from '../places/places.repository';
import { SignUpsRepository } from '../sign-ups/sign-ups.repository';
import { DriveClosed } from './drive-closed';

@Injectable()
export class DriveClosing {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drives: DrivesService,
    private readonly places: Places,
    private readonly signUps: SignUpsRepository,
    private readonly closed: DriveClosed,
  ) {}

  async close(id: string): Promise<DriveEntity> {
    return this.dataSource.transaction(async (tx) => {
      if (isUuid(id)) await this.places.lockAllOf(tx, id);
      const { drive, closedNow } = await this.drives.markClosed(tx, id);
      if (closedNow) {
        await this.signUps.markNoShows(tx, drive.id);
        await this.closed.publish(tx, drive.id);
      }
      return drive;
    });
  }

  /**
   * Closes the published drives that ended more than `graceHours` ago, one transaction each. When
   * several API processes reach the same drive, the drive's lock lets one close it; the others
   * find it closed and go on.
   */
  async closeEnded(graceHours: number): Promise<number> {
    let closed = 0;
    for (let due = await this.drives.nextEnded(graceHours); due; due = await this.drives.nextEnded(graceHours)) {
      const id = due;
      const done = await this.dataSource.transaction(async (tx) => {
        await this.places.lockAllOf(tx, id);
        if (!(await this.drives.closeIfStillPublished(tx, id))) return false;
        await this.signUps.markNoShows(tx, id);
        await this.closed.publish(tx, id);
        return true;
      });
      if (done) closed++;
    }
    return closed;
  }
}
