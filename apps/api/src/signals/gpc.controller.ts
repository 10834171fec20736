import { Body, Controller, Get, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError, GPC_SIGNAL } from '@dsar/domain';
import { GpcSignals } from '@dsar/requests';
import { Public } from '@dsar/staff';
import { parseInput } from '../http/validation.js';
import { gpcSignalBody } from './gpc.schemas.js';

/**
 * Global Privacy Control: the site says it honours the signal (`/.well-known/gpc.json`), and
 * records one it receives as an opt-out of sale and sharing (GPC_SIGNAL). No rate limit per
 * address: a site forwards its visitors' signals from one server, and a repeat costs one probe.
 */
@ApiTags('public')
@Public()
@Controller()
export class GpcController {
  constructor(private readonly signals: GpcSignals) {}

  @Get('.well-known/gpc.json')
  @ApiOperation({ summary: 'The GPC support resource: {"gpc": true, "lastUpdate": "YYYY-MM-DD"}' })
  wellKnown() {
    return { gpc: true, lastUpdate: GPC_SIGNAL.lastUpdate };
  }

  @Post('signals/gpc')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Records a GPC signal (header Sec-GPC: 1) as an opt-out; the same browser id twice is one request',
  })
  async record(@Headers('sec-gpc') header: string | undefined, @Body() body: unknown) {
    if (header?.trim() !== '1') {
      throw DomainError.invalidInput('The request has no Global Privacy Control signal', [
        { field: 'Sec-GPC', message: 'header must be "1" (the browser\'s opt-out signal)' },
      ]);
    }
    const { identities } = parseInput(gpcSignalBody, body);
    const receipt = await this.signals.record(identities);
    return { reference: receipt.reference };
  }
}
