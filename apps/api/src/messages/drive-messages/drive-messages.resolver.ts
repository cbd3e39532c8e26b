import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditAction, AuditSubjectType } from '@life-relay/domain';
import { Audited } from '../../audit/audited.decorator';
import { Organizers } from '../../common/auth/access.decorators';
import { InOrganization } from '../../common/auth/in-organization';
import { DriveMessagesService } from './drive-messages.service';
import { DriveMessageAudience, DriveMessageAudienceInput, DriveMessageSent, SendDriveMessageInput } from './dto/drive-message.types';

@Resolver()
export class DriveMessagesResolver {
  constructor(private readonly service: DriveMessagesService) {}

  @Organizers()
  @InOrganization({ 'input.driveId': 'drive' })
  @Query(() => DriveMessageAudience, { description: 'Organizers: whom a message to their drive’s sign-ups would reach (each person once), before sending it.' })
  driveMessageAudience(@Args('input') input: DriveMessageAudienceInput): Promise<DriveMessageAudience> {
    return this.service.audienceOf(input);
  }

  @Organizers()
  @InOrganization({ 'input.driveId': 'drive' })
  @Audited<DriveMessageSent>(AuditAction.DRIVE_MESSAGE_SENT, ({ result }) => ({
    subjectType: AuditSubjectType.DRIVE,
    subjectId: result.driveId,
    details: { messageId: result.id, queued: result.queued },
  }))
  @Mutation(() => DriveMessageSent, { description: 'Organizers: write to their drive’s sign-ups picked by status, shift and team; each person gets it once, in their language.' })
  sendDriveMessage(@Args('input') input: SendDriveMessageInput): Promise<DriveMessageSent> {
    return this.service.send(input);
  }
}
