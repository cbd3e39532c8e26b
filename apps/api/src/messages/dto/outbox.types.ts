import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '../../common/pagination/connection';

export enum OutboxState {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  FAILED = 'FAILED',
  SKIPPED = 'SKIPPED',
}
registerEnumType(OutboxState, { name: 'OutboxState' });

@ObjectType('OutboxMessage', { description: 'One message the platform sent or will send.' })
export class OutboxMessage {
  @Field(() => ID)
  id: string;

  @Field({ description: 'e.g. SIGN_UP_CONFIRMATION, SHIFT_REMINDER, WAITLIST_PROMOTION.' })
  purpose: string;

  @Field({ description: 'EMAIL or SMS.' })
  channel: string;

  @Field({ description: 'An e-mail address, or a phone number in E.164 for SMS.' })
  recipient: string;

  @Field()
  locale: string;

  @Field(() => OutboxState)
  state: OutboxState;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => String, { nullable: true, description: 'Once rendered.' })
  subject: string | null;

  @Field(() => String, { nullable: true, description: 'The text as sent, with manage links masked.' })
  body: string | null;

  @Field()
  createdAt: Date;

  @Field()
  sendAfter: Date;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  sortKey: string;
}

@ObjectType()
export class OutboxMessageConnection extends Paginated(OutboxMessage, 'OutboxMessage') {}
