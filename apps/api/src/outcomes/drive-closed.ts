// A drive was closed (by an organizer or the closer), its no-shows marked: features above
// outcomes follow up in the same transaction (messages write to the no-shows), so they subscribe.
import { Injectable } from '@nestjs/common';
import { TransactionEvent } from '../common/transaction-event';

@Injectable()
export class DriveClosed extends TransactionEvent<[driveId: string]> {}
