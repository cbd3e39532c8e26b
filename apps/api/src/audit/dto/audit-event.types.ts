import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AuditAction, AuditSubjectType, Role } from '@life-relay/domain';
import { Paginated } from '../../common/pagination/connection';

registerEnumType(AuditAction, { name: 'AuditAction', description: 'What an audit event records.' });
registerEnumType(AuditSubjectType, { name: 'AuditSubjectType', description: 'What an audit event is about.' });

@ObjectType('AuditActor', { description: 'Who acted, as they were at the time (a later change of e-mail or role does not rewrite the log).' })
export class AuditActorType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => Role)
  role: Role;
}

@ObjectType('AuditEvent')
export class AuditEventType {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  @Field(() => AuditAction)
  action: AuditAction;

  @Field(() => AuditActorType, { nullable: true, description: 'Null for an anonymous caller or the platform itself.' })
  actor: AuditActorType | null;

  @Field(() => AuditSubjectType, { nullable: true })
  subjectType: AuditSubjectType | null;

  @Field(() => ID, { nullable: true })
  subjectId: string | null;

  @Field({ description: 'A JSON object of ids, counts and enum values (never personal data), e.g. {"rows":12}.' })
  details: string;

  @Field(() => String, { nullable: true, description: 'The client’s address.' })
  ip: string | null;

  @Field(() => String, { nullable: true })
  userAgent: string | null;
}

@ObjectType()
export class AuditEventConnection extends Paginated(AuditEventType, 'AuditEvent') {}
