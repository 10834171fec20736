import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { DomainError, JURISDICTIONS, packVersions } from '@dsar/domain';
import { StaffOnly } from '@dsar/staff';

const known: readonly string[] = JURISDICTIONS;

/**
 * `GET /api/admin/jurisdictions/:code/versions`: a regime's pack versions, newest first, each
 * with what changed against the one before it, rule by rule with the citations on both sides.
 */
@ApiTags('admin: jurisdictions')
@ApiBearerAuth()
@StaffOnly()
@Controller('admin/jurisdictions')
export class JurisdictionVersionsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get(':code/versions')
  @ApiParam({ name: 'code', description: 'A regime code, as listed by GET /api/jurisdictions' })
  @ApiOperation({
    summary:
      'Pack versions of a regime with their effective days, the act that made each, and its rule-by-rule changes',
  })
  versions(@Param('code') code: string) {
    if (!known.includes(code)) {
      throw new DomainError(
        'not_found',
        `No regime "${code.slice(0, 40)}"; known: ${known.join(', ')}`,
      );
    }
    return packVersions(code, new Date(), this.config.controllerTimezone);
  }
}
