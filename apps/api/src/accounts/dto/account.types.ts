import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsOptional, IsUUID, MinLength, MaxLength } from 'class-validator';
import { Role } from '@life-relay/domain';
import { Email, Text } from '../../common/validation/rules';

registerEnumType(Role, { name: 'Role' });

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

  @Field({ description: 'False until the invited person has set a password.' })
  active: boolean;

  /** Resolved by field resolver: null for an admin, who runs the platform. */
  organizationId: string | null;

  @Field()
  createdAt: Date;
}

export const MIN_PASSWORD_LENGTH = 10;

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
  @MaxLength(200, { message: 'tooLong', context: { max: 200 } })
  password: string;
}
