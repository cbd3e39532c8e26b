import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BloodType, ShortageLevel } from '@life-relay/domain';

registerEnumType(ShortageLevel, { name: 'ShortageLevel', description: 'How much an organization needs a blood group now.' });

// BloodType is registered once, by the sign-ups types that first used it.
@ObjectType('BloodShortage', { description: 'A blood group and how much it is needed.' })
export class BloodShortageType {
  @Field(() => BloodType)
  bloodType: BloodType;

  @Field(() => ShortageLevel)
  level: ShortageLevel;
}
