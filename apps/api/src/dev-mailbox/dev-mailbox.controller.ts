import { Controller, Get, Header, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { DomainError } from '@dsar/domain';
import { MailOutbox } from '@dsar/mail';
import { OutboundMailEntity } from '@dsar/persistence';
import { html, page, trusted } from '../pages/page-layout.js';
import { Public } from '@dsar/staff';

/**
 * The built-in dev mailbox: without SMTP_URL, every mail stays in the outbox and is readable here,
 * so a newcomer can click the links. Off in production and whenever SMTP_URL is set.
 */
@Public()
@Controller('dev/mailbox')
export class DevMailboxController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly outbox: MailOutbox,
  ) {}

  /** "1 Dec 2026, 21:05 GMT+2": read by a person, in the controller's zone, which is named. */
  private time(date: Date): string {
    return new Intl.DateTimeFormat('en-GB', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZone: this.config.controllerTimezone,
      timeZoneName: 'short',
    }).format(date);
  }

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async list(): Promise<string> {
    this.ensureEnabled();
    const mails = await this.dataSource.manager.find(OutboundMailEntity, {
      order: { createdAt: 'DESC' },
      take: 200,
    });
    const rows = mails.map((mail) => {
      const message = this.outbox.open(mail);
      return html`<tr>
        <td>${this.time(mail.createdAt)}</td>
        <td>${message.to}</td>
        <td><a href="/dev/mailbox/${mail.id}">${message.subject}</a></td>
        <td>${mail.status}</td>
      </tr>`;
    });
    return page(
      'Dev mailbox',
      trusted(
        html`<p>Mails the app sent (development only; set SMTP_URL to send real mail).</p>
          <table>
            <thead>
              <tr>
                <th>Time</th>
                <th>To</th>
                <th>Subject</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map((row) => trusted(row))}
            </tbody>
          </table>`,
      ),
    );
  }

  @Get(':id')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async show(@Param('id', new ParseUUIDPipe()) id: string): Promise<string> {
    this.ensureEnabled();
    const mail = await this.dataSource.manager.findOneBy(OutboundMailEntity, { id });
    if (!mail) throw new DomainError('not_found', 'No such mail');
    // The mail's own HTML was built with every value escaped; shown as sent.
    return this.outbox.open(mail).html;
  }

  private ensureEnabled(): void {
    if (this.config.smtpUrl || this.config.nodeEnv === 'production') {
      throw new DomainError(
        'not_found',
        'The dev mailbox is off (SMTP_URL is set or production mode)',
      );
    }
  }
}
