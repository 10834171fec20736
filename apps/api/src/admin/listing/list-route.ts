import { applyDecorators, createParamDecorator, type ExecutionContext, Get } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ListQueryDocs } from '../../openapi/list-query.docs.js';
import { contentRange } from './list-query.js';
import type { Page } from './list-runner.js';

/** `GET /admin/<resource>` in the ra-data-simple-rest dialect, with its filters documented. */
export function ListRoute(filterFields: string) {
  return applyDecorators(Get(), ListQueryDocs(filterFields));
}

/** What a list answer needs of a page: its rows, where they start, how many there are in all. */
export type ListedPage<Row> = Pick<Page<Row>, 'rows' | 'start' | 'total'>;

/** A list call: the raw query to parse, and the answer with its `Content-Range`. */
export interface Listing {
  query: Record<string, unknown>;
  answer<Row, View>(page: ListedPage<Row>, view: (row: Row) => View): View[];
}

/** The list call of one resource (`@Listing('requests') listing: Listing`). */
export const Listing = createParamDecorator((resource: string, context: ExecutionContext) => {
  const http = context.switchToHttp();
  const response = http.getResponse<Response>();
  const listing: Listing = {
    query: http.getRequest<Request>().query as Record<string, unknown>,
    answer: (page, view) => {
      const range = contentRange(resource, page.start, page.rows.length, page.total);
      response.setHeader('Content-Range', range);
      return page.rows.map((row) => view(row));
    },
  };
  return listing;
});
