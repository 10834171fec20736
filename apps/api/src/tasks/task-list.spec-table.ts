import { z } from 'zod';
import { STORE_TASK_STATES } from '@dsar/persistence';
import { filters, uuid } from '../admin/listing/filters.js';
import type { ListSpec } from '../admin/listing/list-query.js';
import { TASK_DUE_AT } from '@dsar/fanout';

/** What the task list may filter and sort on (the response's camelCase names). */
export const TASK_LIST: ListSpec = {
  resource: 'tasks',
  defaultSort: ['createdAt', 'DESC'],
  maxPageSize: 200,
  sort: {
    id: 't.id',
    createdAt: 't.createdAt',
    updatedAt: 't.updatedAt',
    state: 't.state',
    stage: 't.stage',
    systemName: 't.systemName',
    attempts: 't.attempts',
    // The request's answer date, selected beside each task (TaskListing).
    dueAt: TASK_DUE_AT,
  },
  filters: {
    id: filters.oneOrMany('t.id', uuid),
    requestId: filters.oneOrMany('t.requestId', uuid),
    systemId: filters.oneOrMany('t.systemId', uuid),
    state: filters.oneOrMany('t.state', z.enum(STORE_TASK_STATES)),
    action: filters.oneOrMany('t.action', z.enum(['access', 'erasure', 'rectification'])),
  },
};
