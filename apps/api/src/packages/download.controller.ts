import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiExcludeEndpoint, ApiOperation } from '@nestjs/swagger';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '@dsar/domain';
import { AccessPackages, type PackageDownload } from '@dsar/packages';
import { DownloadLinks } from '@dsar/requests';
import { html, page, trusted } from '../pages/page-layout.js';
import { parseInput } from '../http/validation.js';
import type { StaffPrincipal } from '@dsar/staff';
import { actorOf, CurrentStaff } from '../admin/staff-actor.js';
import { z } from 'zod';
import { Public, StaffOnly } from '@dsar/staff';

const requestIdParam = z.object({ id: z.uuid() }).strict();
const statusTokenBody = z.object({ token: z.string().min(1).max(200) }).strict();
const downloadTokenQuery = z.object({ token: z.string().min(1).max(200) }).strict();

async function send(response: Response, download: PackageDownload): Promise<void> {
  response.setHeader('Content-Type', 'application/zip');
  response.setHeader('Content-Disposition', `attachment; filename="${download.fileName}"`);
  response.setHeader('Cache-Control', 'no-store');
  await pipeline(download.stream, response);
}

/** The subject's download page and the officers' package download; each download is audited. */
@Controller()
export class DownloadController {
  constructor(
    private readonly packages: AccessPackages,
    private readonly links: DownloadLinks,
  ) {}

  /** A fresh download link by mail, asked from the status page with the status token. */
  @Post('requests/download-link')
  @Public()
  @HttpCode(202)
  @ApiOperation({ summary: 'Mail a fresh download link: `{token}` is the status token' })
  async freshLink(@Body() body: unknown) {
    await this.links.resendFor(parseInput(statusTokenBody, body).token);
    return { message: 'A fresh download link is on its way to your e-mail address.' };
  }

  /** For the download page: until when the link works and when the file is deleted. */
  @Get('requests/download-info')
  @Public()
  @ApiOperation({
    summary:
      'When a download link expires and its package is deleted: `?token=` the download token → `{reference, linkExpiresAt, packageDeletedAt}`',
  })
  async downloadInfo(@Query() query: unknown) {
    return this.links.describe(parseInput(downloadTokenQuery, query, 'query').token);
  }

  @Get('download')
  @Public()
  @ApiExcludeEndpoint()
  async subjectDownload(@Query() query: unknown, @Res() response: Response): Promise<void> {
    const token = (query as { token?: unknown })?.token;
    try {
      await send(response, await this.links.open(typeof token === 'string' ? token : ''));
    } catch (error) {
      if (!(error instanceof DomainError) || response.headersSent) throw error;
      const status = { invalid_input: 400, not_found: 404, gone: 410 }[error.code as string] ?? 400;
      response
        .status(status)
        .type('html')
        .send(
          page('We could not send your data', trusted(html`<p class="error">${error.message}</p>`)),
        );
    }
  }

  @Get('admin/requests/:id/package')
  @StaffOnly()
  @ApiBearerAuth()
  @ApiOperation({ summary: "Download the request's access package (zip); audited" })
  async staffDownload(
    @Param() params: unknown,
    @CurrentStaff() staff: StaffPrincipal,
    @Res() response: Response,
  ): Promise<void> {
    const { id } = parseInput(requestIdParam, params, 'path');
    await send(response, await this.packages.openForStaff(id, actorOf(staff)));
  }
}
