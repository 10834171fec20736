import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListQueryDocs } from '../openapi/list-query.docs.js';
import { DomainError } from '@dsar/domain';
import { Deliveries } from '@dsar/webhooks';
import type { WebhookDeliveryEntity } from '@dsar/persistence';
import { parseInput } from '../http/validation.js';
import { actorOf, staffOf } from '../admin/staff-actor.js';
import { deliveryListQuery, idParam } from './webhooks.schemas.js';
import { StaffOnly, type StaffPrincipal } from '@dsar/staff';

const LOG_ONLY = () =>
  new DomainError('method_not_allowed', 'Deliveries are a log: list and get only');

/** Set by the global StaffAuthGuard, which checks the role each route declares or defaults to. */
type StaffRequest = Request & { staff?: StaffPrincipal };

function deliveryView(delivery: WebhookDeliveryEntity) {
  const { messageId, webhookId, systemId, systemName, taskId, requestId, eventType, attempt } =
    delivery;
  const { statusCode, latencyMs, error, outcome, redelivery, createdAt } = delivery;
  return {
    id: delivery.id,
    messageId,
    webhookId,
    systemId,
    systemName,
    taskId,
    requestId,
    eventType,
    attempt,
    statusCode,
    latencyMs,
    error,
    outcome,
    redelivery,
    createdAt,
  };
}

/** `/api/admin/deliveries`: every webhook attempt (list, get) and a redelivery action. */
@ApiTags('admin: deliveries')
@ApiBearerAuth()
@StaffOnly()
@Controller('admin/deliveries')
export class DeliveriesController {
  constructor(private readonly deliveries: Deliveries) {}

  @Get()
  @ApiOperation({ summary: 'Webhook delivery attempts: status code, latency, error, attempt' })
  @ListQueryDocs(
    'id (list), messageId, webhookId, systemId, taskId, requestId, eventType, statusCode, outcome, redelivery; sort by any of them or createdAt, attempt, latencyMs',
  )
  async list(@Query() query: unknown, @Res({ passthrough: true }) response: Response) {
    const input = parseInput(deliveryListQuery, query, 'query');
    const [start, end] = input.range;
    const { rows, total } = await this.deliveries.list({
      filter: input.filter,
      sort: { field: input.sort[0], order: input.sort[1] },
      range: { start, end },
    });
    const last = rows.length ? start + rows.length - 1 : start;
    response.setHeader('Content-Range', `deliveries ${start}-${last}/${total}`);
    return rows.map(deliveryView);
  }

  @Get(':id')
  async get(@Param() params: unknown) {
    return deliveryView(await this.deliveries.get(parseInput(idParam, params, 'path').id));
  }

  @Post(':id/redeliver')
  @ApiOperation({
    summary: 'Send the delivery’s message again (same webhook-id); 409 once its task is settled',
  })
  @HttpCode(200)
  async redeliver(@Param() params: unknown, @Req() request: StaffRequest) {
    const actor = actorOf(staffOf(request));
    return deliveryView(
      await this.deliveries.redeliver(parseInput(idParam, params, 'path').id, actor),
    );
  }

  @Post()
  create(): never {
    throw LOG_ONLY();
  }

  @Put(':id')
  update(): never {
    throw LOG_ONLY();
  }

  @Delete(':id')
  remove(): never {
    throw LOG_ONLY();
  }
}
