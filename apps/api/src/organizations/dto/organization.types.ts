import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Text } from '../../common/validation/rules';

@ObjectType('Organization', { description: 'Who runs drives: a blood centre, a Red Cross branch, a registry, a garrison.' })
export class OrganizationType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@InputType()
export class CreateOrganizationInput {
  @Text(120)
  @Field()
  name: string;
}
