// The audit log owns the record of who read or exported personal data, changed accounts or sent
// call-outs (audit_events), the interceptor that records @Audited operations, and the admins'
// view of it. Features record through AuditLog; nothing else writes the table.
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { AuditInterceptor } from './audit.interceptor';
import { AuditLog } from './audit-log.service';
import { AuditResolver } from './audit.resolver';

// Global: @Audited binds the interceptor to operations in every feature's module.
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  providers: [AuditLog, AuditInterceptor, AuditResolver],
  exports: [AuditLog, AuditInterceptor],
})
export class AuditModule {}
