// Wires the feature modules together and states the access policy: the global guards, in the
// order they run (the rate limit first, so a flood is refused before any token is checked; then
// deny-by-default access), the audit log's record of @Audited operations, the error filter and
// the validation pipe.
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AccessGuard } from './common/auth/access.guard';
import { OrganizationScope } from './common/auth/in-organization';
import { RateLimitGuard } from './common/rate-limit/rate-limit.guard';
import { PlacesModule } from './places/places.module';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { GraphqlErrorFilter } from './common/errors/graphql-error.filter';
import { graphqlOptions } from './common/graphql/graphql.options';
import { createValidationPipe } from './common/validation/validation.pipe';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { DemoModule } from './demo/demo.module';
import { DrivesModule } from './drives/drives.module';
import { HealthModule } from './health/health.module';
import { OutboxModule } from './outbox/outbox.module';
import { FieldPrefetchModule } from './common/graphql/field-prefetch';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { RateLimits } from './common/rate-limit/rate-limits';
import { SignUpsModule } from './sign-ups/sign-ups.module';
import { VerificationModule } from './verification/verification.module';
import { OutcomesModule } from './outcomes/outcomes.module';
import { ConversionsModule } from './conversions/conversions.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { MessagesModule } from './messages/messages.module';
import { PrivacyModule } from './privacy/privacy.module';
import { TeamsModule } from './teams/teams.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), autoLoadEntities: true }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [RateLimitModule],
          inject: [RateLimits],
          useFactory: (rateLimits: RateLimits) => graphqlOptions(config, rateLimits),
        }),
        ScheduleModule.forRoot(),
        HealthModule,
        AccountsModule,
        TeamsModule,
        DrivesModule,
        OutboxModule,
        AuditModule,
        PlacesModule,
        VerificationModule,
        SignUpsModule,
        OutcomesModule,
        ConversionsModule,
        CampaignsModule,
        MessagesModule,
        PrivacyModule,
        OrganizationsModule,
        RateLimitModule,
        FieldPrefetchModule,
        DemoModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: RateLimitGuard },
        OrganizationScope,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: GraphqlErrorFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
