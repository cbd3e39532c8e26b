// A published drive's place or time changed (or a shift's times): the people it concerns are told,
// in the same transaction as the change. Telling them is the business of messages, which build on
// drives, so they subscribe here. shiftId: only that shift's people; null: the whole drive's.
import { Injectable } from '@nestjs/common';
import { TransactionEvent } from '../common/transaction-event';

@Injectable()
export class DriveChanged extends TransactionEvent<[driveId: string, shiftId: string | null]> {}
