// Two records of one person merged by an organizer: what other features keep about the merged
// record follows it to the one kept, in the same transaction (published with both records locked,
// before the merged one is deleted). Features above sign-ups (messages' unsubscribe links)
// subscribe.
import { Injectable } from '@nestjs/common';
import { TransactionEvent } from '../common/transaction-event';

@Injectable()
export class VolunteersMerged extends TransactionEvent<[mergedId: string, keptId: string]> {}
