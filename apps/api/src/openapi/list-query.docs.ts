import { applyDecorators } from '@nestjs/common';
import { ApiQuery, ApiResponse } from '@nestjs/swagger';

/** Documents the ra-data-simple-rest list parameters of one resource. */
export function ListQueryDocs(filterFields: string) {
  return applyDecorators(
    ApiQuery({ name: 'sort', required: false, description: 'JSON `["field","ASC"|"DESC"]`' }),
    ApiQuery({
      name: 'range',
      required: false,
      description: 'JSON `[start, end]`, both inclusive',
    }),
    ApiQuery({
      name: 'filter',
      required: false,
      description: `JSON object; fields: ${filterFields}`,
    }),
    ApiResponse({
      status: 200,
      description: 'The page; `Content-Range: <resource> <start>-<end>/<total>`',
    }),
    ApiResponse({ status: 400, description: 'A malformed or unknown sort, range or filter' }),
  );
}
