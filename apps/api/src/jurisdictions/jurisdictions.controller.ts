import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { listJurisdictions } from '@dsar/domain';
import { Public } from '@dsar/staff';

/** `GET /api/jurisdictions` (public): the regimes the form and the staff UI offer, from the packs. */
@ApiTags('public')
@Public()
@Controller('jurisdictions')
export class JurisdictionsController {
  @Get()
  @ApiOperation({
    summary:
      'Every regime: code, name, countries and regions it covers, rights, answer period, extension, appeal window, pack version',
  })
  list() {
    return listJurisdictions();
  }
}
