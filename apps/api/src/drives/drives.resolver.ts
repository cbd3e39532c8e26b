import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DriveStatus } from '@life-relay/domain';
import { CurrentUser, Organizers } from '../common/auth/access.decorators';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { requestLoader } from '../common/graphql/request-loader';
import { Connection } from '../common/pagination/connection';
import { DriveEntity } from './drive.entity';
import { DrivesService } from './drives.service';
import { CreateDriveInput, DriveConnection, DriveType, ShiftInput, ShiftType, UpdateDriveInput, UpdateShiftInput } from './dto/drive.types';
import { ShiftEntity } from './shift.entity';

@Resolver(() => DriveType)
export class DrivesResolver {
  constructor(private readonly service: DrivesService) {}

  @Organizers()
  @Query(() => DriveType, { nullable: true, description: 'Organizers: one drive; null when there is none with this id.' })
  drive(@Args('id', { type: () => ID }) id: string): Promise<DriveEntity | null> {
    return this.service.get(id);
  }

  @Organizers()
  @Query(() => DriveConnection, { description: 'Organizers: drives, newest first, optionally by status or matching a text.' })
  drives(
    @Args('status', { type: () => DriveStatus, nullable: true }) status?: DriveStatus,
    @Args('search', { nullable: true }) search?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<Connection<DriveEntity>> {
    return this.service.list({ status, search, first, after });
  }

  @Organizers()
  @Mutation(() => DriveType, { description: 'A new drive in DRAFT, optionally with its shifts.' })
  createDrive(@CurrentUser() actor: AuthenticatedUser, @Args('input') input: CreateDriveInput): Promise<DriveEntity> {
    return this.service.create(actor.id, input);
  }

  @Organizers()
  @Mutation(() => DriveType, { description: 'A new DRAFT copied from a drive (details and shifts), moved to start at startsAt.' })
  copyDrive(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('startsAt', { type: () => Date }) startsAt: Date,
  ): Promise<DriveEntity> {
    return this.service.copy(actor.id, id, startsAt);
  }

  @Organizers()
  @Mutation(() => DriveType, { description: 'Edit a drive that is not closed; a published drive keeps its kind and its shifts’ dates.' })
  updateDrive(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateDriveInput): Promise<DriveEntity> {
    return this.service.update(id, input);
  }

  @Organizers()
  @Mutation(() => ShiftType)
  addShift(@Args('driveId', { type: () => ID }) driveId: string, @Args('input') input: ShiftInput): Promise<ShiftEntity> {
    return this.service.addShift(driveId, input);
  }

  @Organizers()
  @Mutation(() => ShiftType, { description: 'Capacity may go down to the places taken; times change only while nobody has signed up.' })
  updateShift(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateShiftInput): Promise<ShiftEntity> {
    return this.service.updateShift(id, input);
  }

  @Organizers()
  @Mutation(() => DriveType, { description: 'Remove a shift nobody has signed up for.' })
  removeShift(@Args('id', { type: () => ID }) id: string): Promise<DriveEntity> {
    return this.service.removeShift(id);
  }

  @Organizers()
  @Mutation(() => DriveType, { description: 'Open the drive for sign-ups; it needs at least one shift.' })
  publishDrive(@Args('id', { type: () => ID }) id: string): Promise<DriveEntity> {
    return this.service.publish(id);
  }

  @Organizers()
  @ResolveField(() => [ShiftType])
  async shifts(@Parent() drive: DriveEntity, @Context('req') req: object): Promise<ShiftEntity[]> {
    const shifts = await requestLoader<string, ShiftEntity[]>(req, 'shiftsByDrive', async (ids) => {
      const map = await this.service.shiftsOf(ids);
      return ids.map((id) => map.get(id) ?? []);
    }).load(drive.id);
    return shifts ?? [];
  }
}
