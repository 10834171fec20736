import { All, Controller, Get, Header, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ANY_ROLE, Roles, StaffOnly } from '@dsar/staff';
import { IdParam } from '../id-param.js';
import { Listing, ListRoute } from '../listing/list-route.js';
import { methodNotAllowed } from '../method-not-allowed.js';
import { AuditChainVerifier } from './audit-chain-verifier.service.js';
import { AuditEventReader, auditEventView } from './audit-events-admin.service.js';
import { AuditExporter } from './audit-exporter.service.js';

/** `audit-events`: list and get; the trail is append-only, so every other verb is 405. */
@ApiTags('admin: audit')
@ApiBearerAuth()
@StaffOnly()
@Controller('admin/audit-events')
export class AuditEventsAdminController {
  constructor(private readonly reader: AuditEventReader) {}

  @ListRoute('id, requestId, actorId, actorType, action, createdBefore, createdAfter')
  async list(@Listing('audit-events') listing: Listing) {
    const page = await this.reader.list(listing.query);
    const names = await this.reader.names(page.rows);
    return listing.answer(page, (event) => auditEventView(event, names));
  }

  @Get(':id')
  async get(@IdParam() id: string) {
    const event = await this.reader.get(id);
    return auditEventView(event, await this.reader.names([event]));
  }

  @All()
  @Roles(...ANY_ROLE)
  collectionVerbs(@Req() request: Request, @Res() response: Response): never {
    methodNotAllowed(response, request.method, ['GET']);
  }

  @All(':id')
  @Roles(...ANY_ROLE)
  itemVerbs(@Req() request: Request, @Res() response: Response): never {
    methodNotAllowed(response, request.method, ['GET']);
  }
}

@ApiTags('admin: audit')
@ApiBearerAuth()
@StaffOnly()
@Controller('admin/audit-chain')
export class AuditChainController {
  constructor(
    private readonly verifier: AuditChainVerifier,
    private readonly exporter: AuditExporter,
  ) {}

  @Get('verify')
  @ApiOperation({ summary: "Walks every request's chain and names the first broken link of each" })
  verify() {
    return this.verifier.verify();
  }

  @Get('export')
  @Header('content-disposition', 'attachment; filename="audit-trail.json"')
  @ApiOperation({
    summary:
      'The trail (or one request: ?requestId=) as JSON a regulator can check: whole hash chains, signed with Ed25519',
  })
  export(@Query() query: Record<string, unknown>) {
    return this.exporter.export(query);
  }

  @Get('signing-key')
  @ApiOperation({ summary: 'The public key (and its fingerprint) that signs audit exports' })
  signingKey() {
    return this.exporter.signingKey();
  }
}
