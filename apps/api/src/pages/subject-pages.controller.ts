import { Body, Controller, Get, Header, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '@dsar/domain';
import { SubjectStatusService, VerificationService } from '@dsar/requests';
import { html, page, trusted } from './page-layout.js';

function tokenOf(input: unknown): string {
  const token = (input as { token?: unknown } | undefined)?.token;
  return typeof token === 'string' ? token : '';
}

/**
 * The pages behind the mail links. Opening a link never changes anything (mail scanners prefetch
 * links): the subject confirms with a button.
 */
@Controller()
export class SubjectPagesController {
  constructor(
    private readonly verification: VerificationService,
    private readonly subjectStatus: SubjectStatusService,
  ) {}

  @Get('verify')
  @Header('Content-Type', 'text/html; charset=utf-8')
  verifyForm(@Query() query: unknown): string {
    return page(
      'Confirm your request',
      trusted(
        html`<p>Please confirm that you made this privacy request.</p>
          <form method="post" action="/verify">
            <input type="hidden" name="token" value="${tokenOf(query)}" /><button type="submit">
              Confirm my request
            </button>
          </form>`,
      ),
    );
  }

  @Post('verify')
  async verify(@Body() body: unknown, @Res() response: Response): Promise<void> {
    try {
      const receipt = await this.verification.verify(tokenOf(body));
      response.redirect(303, `/status?token=${receipt.statusToken}`);
    } catch (error) {
      this.renderError(response, error, 'We could not confirm your request');
    }
  }

  @Get('status')
  async status(@Query() query: unknown, @Res() response: Response): Promise<void> {
    try {
      const token = tokenOf(query);
      const view = await this.subjectStatus.status(token);
      const dueAt = view.extendedDueAt ?? view.dueAt;
      const cancellable = ['pending_verification', 'awaiting_approval'].includes(view.status);
      response.type('html').send(
        page(
          `Request ${view.reference}`,
          trusted(
            html`<dl>
              <dt>Type</dt>
              <dd>${view.type}</dd>
              <dt>Status</dt>
              <dd id="status">${view.status.replace(/_/g, ' ')}</dd>
              <dt>Received</dt>
              <dd>${view.receivedAt.toISOString()}</dd>
              <dt>Answer due by</dt>
              <dd>${dueAt.toISOString()}</dd>
            </dl>` +
              (cancellable
                ? html`<form method="post" action="/status/cancel">
                    <input type="hidden" name="token" value="${token}" /><button type="submit">
                      Cancel my request
                    </button>
                  </form>`
                : ''),
          ),
        ),
      );
    } catch (error) {
      this.renderError(response, error, 'We could not show this request');
    }
  }

  @Post('status/cancel')
  async cancel(@Body() body: unknown, @Res() response: Response): Promise<void> {
    try {
      await this.subjectStatus.cancel(tokenOf(body));
      response.redirect(303, `/status?token=${tokenOf(body)}`);
    } catch (error) {
      this.renderError(response, error, 'We could not cancel this request');
    }
  }

  private renderError(response: Response, error: unknown, title: string): void {
    if (!(error instanceof DomainError)) throw error;
    const status =
      { invalid_input: 400, not_found: 404, gone: 410, conflict: 409 }[error.code as string] ?? 400;
    response
      .status(status)
      .type('html')
      .send(page(title, trusted(html`<p class="error">${error.message}</p>`)));
  }
}
