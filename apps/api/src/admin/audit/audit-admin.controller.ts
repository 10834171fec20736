import { All, Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ANY_ROLE, Roles, StaffOnly } from '@dsar/staff';
import { parseInput } from '../../http/validation.js';
import { ListQueryDocs } from '../../openapi/list-query.docs.js';
import { contentRange } from '../listing/list-query.js';
import { methodNotAllowed } from '../method-not-allowed.js';
import { idParam } from '../requests/request-admin.schemas.js';
import { AuditChainVerifier } from './audit-chain-verifier.service.js';
import { AuditEventReader, auditEventView } from './audit-events-admin.service.js';

/** `audit-events`: list and get; the trail is append-only, so every other verb is 405. */
@ApiTags('admin: audit')
@ApiBearerAuth()
@StaffOnly()
@Controller('admin/audit-events')
export class AuditEventsAdminController {
  constructor(private readonly reader: AuditEventReader) {}

  @Get()
  @ListQueryDocs('id, requestId, actorId, actorType, action, createdBefore, createdAfter')
  async list(
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) response: Response,
  ) {
    const page = await this.reader.list(query);
    response.setHeader(
      'Content-Range',
      contentRange('audit-events', page.start, page.rows.length, page.total),
    );
    const names = await this.reader.names(page.rows);
    return page.rows.map((event) => auditEventView(event, names));
  }

  @Get(':id')
  async get(@Param() params: unknown) {
    const event = await this.reader.get(parseInput(idParam, params, 'path').id);
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
  constructor(private readonly verifier: AuditChainVerifier) {}

  @Get('verify')
  @ApiOperation({ summary: "Walks every request's chain and names the first broken link of each" })
  verify() {
    return this.verifier.verify();
  }
}
