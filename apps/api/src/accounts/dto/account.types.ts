import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsOptional, IsUUID, MinLength, MaxLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, Role } from '@life-relay/domain';
import { Email, Text } from '../../common/validation/rules';

registerEnumType(Role, { name: 'Role' });

/** Where an account stands; `active` keeps its older meaning (a password is set). */
export enum UserStatus {
  /** Invited; no password set yet. */
  INVITED = 'INVITED',
  /** Can sign in. */
  ACTIVE = 'ACTIVE',
  /** Cannot sign in and has no sessions; kept for its history and can be reactivated. */
  DEACTIVATED = 'DEACTIVATED',
}

registerEnumType(UserStatus, { name: 'UserStatus' });

@ObjectType()
export class AuthPayload {
  @Field()
  token: string;

  @Field(() => Role)
  role: Role;

  @Field(() => Date, { description: 'When the token stops working.' })
  expiresAt: Date;
}

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => Role)
  role: Role;

  @Field({ description: 'False until the invited person has set a password (a deactivated account keeps it); see status.' })
  active: boolean;

  /** Resolved by field resolver: null for an admin, who runs the platform. */
  organizationId: string | null;

  @Field(() => UserStatus)
  status: UserStatus;

  @Field(() => Date, { nullable: true, description: 'When the account was deactivated; null while it is not.' })
  deactivatedAt: Date | null;

  @Field()
  createdAt: Date;
}

@InputType()
export class InviteUserInput {
  @Field()
  @Email()
  email: string;

  @Field()
  @Text(120)
  name: string;

  @Field(() => Role)
  @IsIn([Role.ORGANIZER, Role.VIEWER, Role.DESK, Role.TEAM_LEAD], { message: 'invalidRole' })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'ADMIN chooses (the first organization when omitted); an organizer invites into their own.' })
  @IsOptional()
  organizationId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'DESK: the drives (of the organization) whose check-in desk this person works.' })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'tooManyItems', context: { max: 100 } })
  @IsUUID('all', { each: true, message: 'invalidValue' })
  deskDriveIds?: string[] | null;
}

@ObjectType()
export class Invitation {
  @Field(() => UserType)
  user: UserType;

  @Field({ description: 'One-time link where the invited person sets a password. Shown once.' })
  setPasswordUrl: string;

  @Field()
  expiresAt: Date;
}

@InputType()
export class SetPasswordInput {
  @Field()
  @MinLength(1, { message: 'invalidToken' })
  token: string;

  @Field()
  @MinLength(MIN_PASSWORD_LENGTH, { message: 'passwordTooShort', context: { min: MIN_PASSWORD_LENGTH } })
  @MaxLength(MAX_PASSWORD_LENGTH, { message: 'tooLong', context: { max: MAX_PASSWORD_LENGTH } })
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @MinLength(1, { message: 'required' })
  @MaxLength(MAX_PASSWORD_LENGTH, { message: 'tooLong', context: { max: MAX_PASSWORD_LENGTH } })
  currentPassword: string;

  @Field()
  @MinLength(MIN_PASSWORD_LENGTH, { message: 'passwordTooShort', context: { min: MIN_PASSWORD_LENGTH } })
  @MaxLength(MAX_PASSWORD_LENGTH, { message: 'tooLong', context: { max: MAX_PASSWORD_LENGTH } })
  newPassword: string;
}
