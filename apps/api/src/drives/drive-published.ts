// A drive was published (for the first time or again after a change): features above drives
// follow up in the same transaction (messages announce it to past volunteers, once per drive).
import { Injectable } from '@nestjs/common';
import { TransactionEvent } from '../common/transaction-event';

@Injectable()
export class DrivePublished extends TransactionEvent<[driveId: string]> {}
