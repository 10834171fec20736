import { Module } from '@nestjs/common';
import { DecisionsModule, RequestsModule } from '@dsar/requests';
import { StaffModule } from '@dsar/staff';
import {
  AuditChainController,
  AuditEventsAdminController,
} from './audit/audit-admin.controller.js';
import { AuditExporter } from './audit/audit-exporter.service.js';
import { AuditChainVerifier } from './audit/audit-chain-verifier.service.js';
import { AuditEventReader } from './audit/audit-events-admin.service.js';
import { JurisdictionVersionsController } from './jurisdictions/jurisdiction-versions.controller.js';
import { OptOutsAdminController } from './opt-outs/opt-outs-admin.controller.js';
import { OptOutReader } from './opt-outs/opt-outs-admin.service.js';
import { BulkActionsController } from './requests/bulk-actions.controller.js';
import { RequestActionsController } from './requests/request-actions.controller.js';
import { RequestAdminReader } from './requests/request-admin.service.js';
import { RequestClockController } from './requests/request-clock.controller.js';
import { RequestRefusalsController } from './requests/request-refusals.controller.js';
import { RequestRestrictionController } from './requests/request-restriction.controller.js';
import { RequestRegimeController } from './requests/request-regime.controller.js';
import { RequestsAdminController } from './requests/requests-admin.controller.js';
import { SettingsAdminController } from './settings/settings-admin.controller.js';
import { SettingsAdmin } from './settings/settings-admin.service.js';
import { AssigneesController } from './users/assignees.controller.js';
import { UsersAdminController } from './users/users-admin.controller.js';
import { UserAdminReader } from './users/users-admin.service.js';

/** The admin API in the ra-data-simple-rest dialect; the global StaffAuthGuard protects it. */
@Module({
  imports: [StaffModule, DecisionsModule, RequestsModule],
  controllers: [
    BulkActionsController,
    RequestActionsController,
    RequestsAdminController,
    RequestClockController,
    RequestRegimeController,
    RequestRefusalsController,
    RequestRestrictionController,
    UsersAdminController,
    AssigneesController,
    AuditEventsAdminController,
    AuditChainController,
    SettingsAdminController,
    JurisdictionVersionsController,
    OptOutsAdminController,
  ],
  providers: [
    RequestAdminReader,
    UserAdminReader,
    AuditEventReader,
    AuditChainVerifier,
    AuditExporter,
    SettingsAdmin,
    OptOutReader,
  ],
})
export class AdminModule {}
