// Verification owns the one-time codes that prove a contact is the volunteer's (sign_up_codes):
// requesting one, checking it, using it up in the sign-up's transaction.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DrivesModule } from '../drives/drives.module';
import { OutboxModule } from '../outbox/outbox.module';
import { SignUpCodeEntity } from './sign-up-code.entity';
import { SignUpCodes } from './sign-up-codes.repository';
import { VerificationResolver } from './verification.resolver';
import { VerificationService } from './verification.service';

@Module({
  imports: [TypeOrmModule.forFeature([SignUpCodeEntity]), DrivesModule, OutboxModule],
  providers: [SignUpCodes, VerificationService, VerificationResolver],
  exports: [SignUpCodes, VerificationService],
})
export class VerificationModule {}
