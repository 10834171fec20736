import { All, Controller, Get, Header, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ANY_ROLE, Roles } from '@dsar/staff';
import { Listing, ListRoute } from '../listing/list-route.js';
import { methodNotAllowed } from '../method-not-allowed.js';
import { OptOutReader, optOutView } from './opt-outs-admin.service.js';

/**
 * `opt-outs`: the identities that opted out of sale/sharing or limited their sensitive data,
 * and the suppression export data flows apply. Read-only: an opt-out is withdrawn by the person,
 * never by staff here. Officers and admins only (the rows name people).
 */
@ApiTags('admin: opt-outs')
@ApiBearerAuth()
@Roles('admin', 'officer')
@Controller('admin/opt-outs')
export class OptOutsAdminController {
  constructor(private readonly reader: OptOutReader) {}

  @ListRoute(
    'id, kind, identityType, identityValue, reference, requestId, source, recordedBefore, recordedAfter',
  )
  async list(@Listing('opt-outs') listing: Listing) {
    return listing.answer(await this.reader.list(listing.query), optOutView);
  }

  @Get('suppression.csv')
  @ApiOperation({ summary: 'Every remembered opt-out as CSV, for data flows to leave out' })
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="suppression.csv"')
  async suppression(@Res() response: Response): Promise<void> {
    for await (const chunk of this.reader.suppressionCsv()) {
      if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve));
    }
    response.end();
  }

  @All()
  @Roles(...ANY_ROLE)
  collectionVerbs(@Req() request: Request, @Res() response: Response): never {
    methodNotAllowed(response, request.method, ['GET']);
  }
}
