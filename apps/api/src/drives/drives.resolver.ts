import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { DriveStatus } from '@life-relay/domain';
import { CurrentUser, DriveReaders, Organizers } from '../common/auth/access.decorators';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { InOrganization } from '../common/auth/in-organization';
import { FieldPrefetch } from '../common/graphql/field-prefetch';
import { byKeys, requestLoader } from '../common/graphql/request-loader';
import { Connection } from '../common/pagination/connection';
import { OrganizationType } from '../organizations/dto/organization.types';
import { OrganizationsService } from '../organizations/organizations.service';
import { DriveEntity } from './drive.entity';
import { DrivesService } from './drives.service';
import { CreateDriveInput, DriveConnection, DriveType, ShiftInput, ShiftType, UpdateDriveInput, UpdateShiftInput } from './dto/drive.types';
import { ShiftEntity } from './shift.entity';

@Resolver(() => DriveType)
export class DrivesResolver {
  constructor(
    private readonly service: DrivesService,
    private readonly organizations: OrganizationsService,
    private readonly prefetch: FieldPrefetch,
  ) {}

  @DriveReaders()
  @InOrganization({ id: 'drive' })
  @Query(() => DriveType, { nullable: true, description: 'Organizers: one drive of their organization; null when there is none with this id.' })
  drive(@Args('id', { type: () => ID }) id: string, @Context('req') req: object, @Info() info: GraphQLResolveInfo): Promise<DriveEntity | null> {
    // Fields that need only the id (its stats) are read beside the drive, not after it.
    this.prefetch.start(info, req, id);
    return this.service.get(id);
  }

  @DriveReaders()
  @Query(() => DriveConnection, { description: 'Organizers: their organization’s drives (desk staff: their desks’), newest first, optionally by status or matching a text.' })
  drives(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('organizationId', { type: () => ID, nullable: true, description: 'Admins: only this organization’s drives (others see only their own anyway).' }) organizationId?: string,
    @Args('status', { type: () => DriveStatus, nullable: true }) status?: DriveStatus,
    @Args('search', { nullable: true }) search?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<Connection<DriveEntity>> {
    return this.service.list(actor, { organizationId, status, search, first, after });
  }

  @Organizers()
  @Mutation(() => DriveType, { description: 'A new drive in DRAFT, optionally with its shifts.' })
  createDrive(@CurrentUser() actor: AuthenticatedUser, @Args('input') input: CreateDriveInput): Promise<DriveEntity> {
    return this.service.create(actor, input);
  }

  @Organizers()
  @InOrganization({ id: 'drive' })
  @Mutation(() => DriveType, { description: 'A new DRAFT copied from a drive (details and shifts), moved to start at startsAt.' })
  copyDrive(
    @CurrentUser() actor: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('startsAt', { type: () => Date }) startsAt: Date,
  ): Promise<DriveEntity> {
    return this.service.copy(actor, id, startsAt);
  }

  @Organizers()
  @InOrganization({ id: 'drive' })
  @Mutation(() => DriveType, { description: 'Edit a drive that is not closed; a published drive keeps its kind and its shifts’ dates.' })
  updateDrive(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateDriveInput): Promise<DriveEntity> {
    return this.service.update(id, input);
  }

  @Organizers()
  @InOrganization({ driveId: 'drive' })
  @Mutation(() => ShiftType)
  addShift(@Args('driveId', { type: () => ID }) driveId: string, @Args('input') input: ShiftInput): Promise<ShiftEntity> {
    return this.service.addShift(driveId, input);
  }

  @Organizers()
  @InOrganization({ id: 'shift' })
  @Mutation(() => ShiftType, { description: 'Capacity may go down to the places taken; times change only while nobody has signed up.' })
  updateShift(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateShiftInput): Promise<ShiftEntity> {
    return this.service.updateShift(id, input);
  }

  @Organizers()
  @InOrganization({ id: 'shift' })
  @Mutation(() => DriveType, { description: 'Remove a shift nobody has signed up for.' })
  removeShift(@Args('id', { type: () => ID }) id: string): Promise<DriveEntity> {
    return this.service.removeShift(id);
  }

  @Organizers()
  @InOrganization({ id: 'drive' })
  @Mutation(() => DriveType, { description: 'Open the drive for sign-ups; it needs at least one shift.' })
  publishDrive(@Args('id', { type: () => ID }) id: string): Promise<DriveEntity> {
    return this.service.publish(id);
  }

  @DriveReaders()
  @ResolveField(() => [ShiftType])
  async shifts(@Parent() drive: DriveEntity, @Context('req') req: object): Promise<ShiftEntity[]> {
    const shifts = await requestLoader<string, ShiftEntity[]>(req, 'shiftsByDrive', async (ids) => {
      const map = await this.service.shiftsOf(ids);
      return ids.map((id) => map.get(id) ?? []);
    }).load(drive.id);
    return shifts ?? [];
  }

  @DriveReaders()
  @ResolveField(() => OrganizationType, { description: 'The organization that runs the drive.' })
  async organization(@Parent() drive: DriveEntity, @Context('req') req: object): Promise<OrganizationType> {
    const loader = requestLoader<string, OrganizationType>(req, 'organizationById', async (ids) => byKeys(ids, await this.organizations.byIds(ids), (o) => o.id));
    return (await loader.load(drive.organizationId)) as OrganizationType;
  }
}
