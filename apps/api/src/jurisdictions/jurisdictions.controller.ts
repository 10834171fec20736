import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { listJurisdictions } from '@dsar/domain';
import { Public } from '@dsar/staff';

/** `GET /api/jurisdictions` (public): the regimes the form and the staff UI offer, from the packs. */
@ApiTags('public')
@Public()
@Controller('jurisdictions')
export class JurisdictionsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @ApiOperation({
    summary:
      'Every regime: code, name, countries and regions it covers, rights, answer period, extension, appeal window, pack version',
  })
  list() {
    // Each regime as a request received today gets it (the version in force today).
    return listJurisdictions(new Date(), this.config.controllerTimezone);
  }
}
