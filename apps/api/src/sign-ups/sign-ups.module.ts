// Sign-ups own volunteers, their consents, their registry memberships, their sign-ups for shifts, the waitlist, manage links, and the
// organizers' roster with its CSV export and paper-form import.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DrivesModule } from '../drives/drives.module';
import { AuditModule } from '../audit/audit.module';
import { OutboxModule } from '../outbox/outbox.module';
import { TeamsModule } from '../teams/teams.module';
import { ManageTokenEntity, SignUpEntity } from './sign-up.entity';
import { RosterResolver, VolunteerResolver } from './roster.resolver';
import { ReserveResolver } from './reserve/reserve.resolver';
import { ReserveService } from './reserve/reserve.service';
import { BloodServiceImportService } from './reserve/blood-service-import.service';
import { RosterService } from './roster.service';
import { SignUpsResolver } from './sign-ups.resolver';
import { PublicDriveShortagesResolver } from './public-drive-shortages.resolver';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SignUpsService } from './sign-ups.service';
import { VolunteerEntity } from './volunteer.entity';
import { WaitlistService } from './waitlist.service';
import { VolunteerMerge } from './volunteer-merge.service';
import { VolunteersMerged } from './volunteers-merged';
import { ManageTokens } from './manage-tokens.repository';
import { PlacesModule } from '../places/places.module';
import { VerificationModule } from '../verification/verification.module';
import { SignUpsRepository } from './sign-ups.repository';
import { Volunteers } from './volunteers.repository';
import { ConsentEntity } from './consent.entity';
import { Consents } from './consents.repository';
import { RegistryMemberEntity } from './registry-member.entity';
import { RegistryMembers } from './registry-members.repository';
import { SignUpFactsReader } from './sign-up-facts.reader';
import { SignUpsExportController } from './csv/sign-ups-export.controller';
import { SignUpsExportService } from './csv/sign-ups-export.service';
import { SignUpsImportResolver } from './csv/sign-ups-import.resolver';
import { SignUpsImportService } from './csv/sign-ups-import.service';

@Module({
  imports: [TypeOrmModule.forFeature([VolunteerEntity, SignUpEntity, ManageTokenEntity, ConsentEntity, RegistryMemberEntity]), DrivesModule, OrganizationsModule, TeamsModule, OutboxModule, AuditModule, PlacesModule, VerificationModule],
  providers: [
    WaitlistService,
    VolunteerMerge,
    VolunteersMerged,
    ManageTokens,
    Volunteers,
    Consents,
    RegistryMembers,
    SignUpsRepository,
    SignUpFactsReader,
    SignUpsService,
    SignUpsResolver,
    PublicDriveShortagesResolver,
    RosterService,
    RosterResolver,
    VolunteerResolver,
    ReserveService,
    BloodServiceImportService,
    ReserveResolver,
    SignUpsExportService,
    SignUpsImportService,
    SignUpsImportResolver,
  ],
  controllers: [SignUpsExportController],
  exports: [VolunteersMerged, SignUpsService, RosterService, ManageTokens, Volunteers, Consents, RegistryMembers, SignUpsRepository, SignUpFactsReader],
})
export class SignUpsModule {}
