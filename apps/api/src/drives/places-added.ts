// A shift whose capacity is raised has places for the people waiting for it, who move up in the
// same transaction (published with the shift's row locked, after its capacity grew). Who waits is
// the business of sign-ups, which build on drives, so they subscribe here.
import { Injectable } from '@nestjs/common';
import { TransactionEvent } from '../common/transaction-event';

@Injectable()
export class PlacesAdded extends TransactionEvent<[shiftId: string]> {}
