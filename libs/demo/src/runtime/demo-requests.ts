import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, RequestEntity } from '@dsar/persistence';
import { IntakeService, RequestDecisions, StaffIntake } from '@dsar/requests';
import { NAMED_PLAYERS } from '../company/demo-company.js';

const DAY = 24 * 3600 * 1000;
const [, taras, iryna, lukas, camille] = NAMED_PLAYERS;

/**
 * A handful of requests in different states, made through the real services so each has its
 * mails and audit trail. Ada (player 1) is left untouched for the tour.
 */
@Injectable()
export class DemoRequests {
  constructor(
    private readonly dataSource: DataSource,
    private readonly intake: IntakeService,
    private readonly staffIntake: StaffIntake,
    private readonly decisions: RequestDecisions,
  ) {}

  async seed(officer: Actor, options: { approveOne: boolean }): Promise<string[]> {
    const now = Date.now();
    const references: string[] = [];
    const submit = async (
      player: { email: string; name: string },
      type: 'access' | 'rectification' | 'erasure',
      extra: { corrections?: { field: string; value: string }[]; jurisdiction?: string } = {},
    ) => {
      const receipt = await this.intake.submit({
        type,
        email: player.email,
        name: player.name,
        jurisdiction: extra.jurisdiction ?? 'gdpr',
        details: null,
        corrections: extra.corrections ?? null,
      });
      references.push(receipt.reference);
      return this.find(receipt.reference);
    };

    // Waiting for the subject to click the link in the acknowledgement.
    await submit(lukas, 'access');

    // Received by phone three days ago, verified by a call back: waiting for an officer.
    const byPhone = await this.staffIntake.enter(
      {
        type: 'erasure',
        email: camille.email,
        name: camille.name,
        jurisdiction: 'gdpr',
        details: 'Asked by phone to close her account and forget her.',
        corrections: null,
        channel: 'phone',
        receivedAt: new Date(now - 3 * DAY),
        verificationNote: 'Called back on the phone number on file',
      },
      officer,
    );
    references.push(byPhone.reference);

    // Verified by hand and extended: a complex request with its reasons told to the subject.
    const extended = await submit(iryna, 'access');
    await this.decisions.verify(extended, officer, 'Identity confirmed from the account e-mail');
    await this.decisions.extend(
      extended,
      officer,
      'Your data is spread over several archived systems; we need more time to gather it.',
    );

    // Withdrawn by the subject after an officer had verified it.
    const withdrawn = await submit(taras, 'rectification', {
      corrections: [{ field: 'user.contact.phone', value: '+380509998877' }],
    });
    await this.decisions.verify(withdrawn, officer, 'Identity confirmed by a call back');
    await this.decisions.cancel(withdrawn, officer, 'The player changed the number himself');

    // Someone who never played, asking under a law that does not cover them.
    const outside = await submit(
      { email: 'visitor@example.org', name: 'Casual Visitor' },
      'access',
      { jurisdiction: 'ccpa' },
    );
    await this.decisions.verify(outside, officer, 'E-mail confirmed by reply');
    await this.decisions.deny(
      outside,
      officer,
      'outside_jurisdiction',
      'Flatris is not a business covered by the CCPA; your request was checked under the GDPR instead and no account uses this address.',
    );

    if (options.approveOne) {
      // Approved: the fan-out runs it against the demo systems.
      const approved = await submit(taras, 'access');
      await this.decisions.verify(approved, officer, 'Identity confirmed by a call back');
      await this.decisions.approve(approved, officer);
    }
    return references;
  }

  private async find(reference: string): Promise<string> {
    const request = await this.dataSource.manager.findOneByOrFail(RequestEntity, { reference });
    return request.id;
  }
}
