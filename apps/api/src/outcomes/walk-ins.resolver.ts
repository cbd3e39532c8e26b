import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditAction, AuditSubjectType, pickLocale } from '@life-relay/domain';
import { Audited } from '../audit/audited.decorator';
import { CurrentUser, DeskWork } from '../common/auth/access.decorators';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { InOrganization } from '../common/auth/in-organization';
import { AppRequest } from '../common/auth/request-of';
import { DeskTeam, WalkInInput, WalkInResult } from './dto/walk-in.types';
import { WalkInsService } from './walk-ins.service';

/** The desk's walk-in form: organizers, and desk staff on the drives they work. */
@Resolver()
export class WalkInsResolver {
  constructor(private readonly walkIns: WalkInsService) {}

  @DeskWork()
  @InOrganization({ driveId: 'drive' })
  @Query(() => [DeskTeam], { description: 'Organizers and the drive’s desk staff: the teams a walk-in can be credited to (the drive’s organization’s).' })
  deskTeams(@Args('driveId', { type: () => ID }) driveId: string): Promise<DeskTeam[]> {
    return this.walkIns.teams(driveId);
  }

  @DeskWork()
  // The team is checked by the service against the drive's organization (a field error), not here:
  // desk staff reach no team by id, and another organization's team is bad input, not a secret.
  @InOrganization({ 'input.driveId': 'drive', 'input.shiftId': 'shift' })
  @Audited<WalkInResult>(AuditAction.WALK_IN_REGISTERED, ({ result }) => ({
    subjectType: AuditSubjectType.VOLUNTEER,
    subjectId: result.signUp.volunteer.id,
    details: { signUpId: result.signUp.id, duplicate: result.duplicate, placeAdded: result.placeAdded },
  }))
  @Mutation(() => WalkInResult, {
    description:
      'Organizers and the drive’s desk staff: register a person who came without signing up (channel WALK_IN) and check them in at once, ' +
      'on the chosen shift or the one in progress. No code (the desk sees the person); the form’s rules otherwise. ' +
      'Someone already signed up for the drive gets their sign-up back, unchanged (duplicate). A full shift grows by the walk-in’s place (placeAdded).',
  })
  registerWalkIn(@CurrentUser() actor: AuthenticatedUser, @Args('input') input: WalkInInput, @Context('req') req: AppRequest): Promise<WalkInResult> {
    return this.walkIns.register(actor, input, pickLocale(req.headers['accept-language']));
  }
}
