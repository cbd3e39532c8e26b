// Accounts own who can sign in and what role they have; they supply the identity (TokenVerifier)
// behind the global access guard that app.module.ts registers, and the set-password links that
// messages mint for an invitation as it is sent (PasswordSetups).
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createSecretKey } from 'crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuditModule } from '../audit/audit.module';
import { OutboxModule } from '../outbox/outbox.module';
import { TokenVerifier } from '../common/auth/token-verifier';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { PasswordSetupEntity } from './password-setup.entity';
import { PasswordSetups } from './password-setups.repository';
import { SessionService } from './session.service';
import { OrganizationsModule } from '../organizations/organizations.module';
import { DeskDriveEntity } from './desk-drive.entity';
import { UserEntity } from './user.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, PasswordSetupEntity, DeskDriveEntity]),
    OrganizationsModule,
    OutboxModule,
    AuditModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // A key object, made once: given a string, jsonwebtoken first tries (and fails) to parse it
      // as a public key on every verify, which the profile showed costing more than the HMAC.
      useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.jwtSecret)) }),
    }),
  ],
  providers: [
    AccountsService,
    PasswordSetups,
    SessionService,
    AccountsResolver,
    { provide: TokenVerifier, useExisting: SessionService },
  ],
  exports: [AccountsService, PasswordSetups, TokenVerifier],
})
export class AccountsModule {}
