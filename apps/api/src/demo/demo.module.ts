import { Module } from '@nestjs/common';
import { DrivesModule } from '../drives/drives.module';
import { SignUpsModule } from '../sign-ups/sign-ups.module';
import { TeamsModule } from '../teams/teams.module';
import { VerificationModule } from '../verification/verification.module';
import { DemoLoader } from './demo.loader';

@Module({ imports: [DrivesModule, TeamsModule, SignUpsModule, VerificationModule], providers: [DemoLoader], exports: [DemoLoader] })
export class DemoModule {}
