import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, DeskWork, Organizers } from '../common/auth/access.decorators';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { InOrganization } from '../common/auth/in-organization';
import { SignUpType } from '../sign-ups/dto/roster.types';
import { OutcomeInput } from './dto/outcome.types';
import { DeskTapInput } from './dto/desk-tap.types';
import { OptionalInput } from '../common/validation/optional-input.pipe';
import { OutcomesService } from './outcomes.service';
import { DriveClosing } from './drive-closing.service';
import type { DriveEntity } from '../drives/drive.entity';
import { DriveType } from '../drives/dto/drive.types';

@Resolver()
export class OutcomesResolver {
  constructor(
    private readonly outcomes: OutcomesService,
    private readonly closing: DriveClosing,
  ) {}

  @Organizers()
  @InOrganization({ id: 'drive' })
  @Mutation(() => DriveType, { description: 'End the drive: no more sign-ups or changes.' })
  closeDrive(@Args('id', { type: () => ID }) id: string): Promise<DriveEntity> {
    return this.closing.close(id);
  }

  @DeskWork()
  @InOrganization({ signUpId: 'signUp' })
  @Mutation(() => SignUpType, { description: 'Organizers and the drive’s desk staff at the desk: the person has arrived.' })
  checkIn(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('signUpId', { type: () => ID }) signUpId: string,
    @Args('tap', { type: () => DeskTapInput, nullable: true }, new OptionalInput(DeskTapInput)) tap: DeskTapInput | null,
  ): Promise<SignUpType> {
    return this.outcomes.checkIn(actor, signUpId, tap);
  }

  @DeskWork()
  @InOrganization({ signUpId: 'signUp' })
  @Mutation(() => SignUpType, {
    description:
      'Organizers and the drive’s desk staff: the person signed the consent to health data (publicDrive.healthConsentText) at the desk; ' +
      'recorded as given at the desk, so that their screening details are recorded again.',
  })
  recordHealthConsent(@Args('signUpId', { type: () => ID }) signUpId: string): Promise<SignUpType> {
    return this.outcomes.recordHealthConsent(signUpId);
  }

  @DeskWork()
  @InOrganization({ signUpId: 'signUp' })
  @Mutation(() => SignUpType, { description: 'Organizers and the drive’s desk staff: DONATED (with volume), DEFERRED (with reason) or NO_SHOW; also corrects one.' })
  recordOutcome(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('signUpId', { type: () => ID }) signUpId: string,
    @Args('input') input: OutcomeInput,
    @Args('tap', { type: () => DeskTapInput, nullable: true }, new OptionalInput(DeskTapInput)) tap: DeskTapInput | null,
  ): Promise<SignUpType> {
    return this.outcomes.recordOutcome(actor, signUpId, input, tap);
  }
}
