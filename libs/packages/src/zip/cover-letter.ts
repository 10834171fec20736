import { answerRights, categoryLabel } from '@dsar/domain';
import { html, trusted } from '@dsar/mail';
import type {
  PackageController,
  PackageRequest,
  PackageSystem,
  WithheldPart,
} from '../package-contents.js';

const unique = (values: string[]) => [...new Set(values.filter((value) => value.trim()))];
const items = (values: string[]) => values.map((value) => trusted(html`<li>${value}</li>`));

/** The Art. 15 answer in one place: every item the person is owed, per system where it varies. */
export function art15Facts(request: PackageRequest, systems: PackageSystem[]) {
  const facts = systems.map((system) => system.facts);
  return {
    purposes: unique(facts.flatMap((f) => f.purposes)),
    legalBases: unique(facts.flatMap((f) => f.legalBases)),
    sources: facts.map((f) => ({ system: f.name, source: f.source })),
    recipients: unique(facts.flatMap((f) => f.recipients.map((r) => r.name))),
    transfers: facts.flatMap((f) => f.transfers.map((t) => ({ system: f.name, ...t }))),
    retention: facts.map((f) => ({ system: f.name, retention: f.retention })),
    automatedDecisions: facts
      .filter((f) => f.automatedDecisions)
      .map((f) => ({ system: f.name, what: f.automatedDecisions! })),
    // The zone only matters for a request received before versions were pinned, on the very day
    // a version took effect; the package has no controller zone, so that day is counted in UTC.
    rights: answerRights(request, 'UTC'),
  };
}

/**
 * The letter at the top of `report.html`, in plain words: what we hold, why, from where, who
 * received it, how long we keep it, automated decisions, your rights and how to complain
 * (GDPR Art. 15(1)(a)-(h) and 15(2)). It claims only what the registry records.
 */
export function coverLetter(
  request: PackageRequest,
  systems: PackageSystem[],
  controller: PackageController,
  withheld: WithheldPart[],
): string {
  const facts = art15Facts(request, systems);
  // Art. 15(1)(b): the categories, as labels (the codes are in the manifest).
  const kinds = unique(
    systems.flatMap((system) => system.facts.categories.map((c) => categoryLabel(c))),
  );
  // A partial answer says what it leaves out and why (GDPR Art. 12(4); Art. 15(4)).
  const refused = withheld.length
    ? trusted(
        html`<h2>What we did not give you, and why</h2>
<ul>${withheld.map((part) => trusted(html`<li>${part.part}: ${part.reason} (${part.citation}). ${part.text}</li>`))}</ul>
<p>If you disagree, see "How to complain" below.</p>`,
      )
    : '';
  const sources = facts.sources.map(({ system, source }) =>
    trusted(
      html`<li>${system}: ${source ?? 'what you gave us and what your use of our services recorded'}</li>`,
    ),
  );
  const transfers = facts.transfers.map((t) =>
    trusted(html`<li>${t.system}: to ${t.country}, protected by ${t.safeguard}</li>`),
  );
  const retention = facts.retention.map(({ system, retention }) =>
    trusted(html`<li>${system}: ${retention ?? 'the registry records no period; ask us'}</li>`),
  );
  const decisions = facts.automatedDecisions.map((d) =>
    trusted(html`<li>${d.system}: ${d.what}</li>`),
  );
  const rights = facts.rights
    ? items(facts.rights.rights.map((right) => `the right ${right.words}`))
    : [];
  const complaint = facts.rights
    ? trusted(
        html`<p>If you think we have not handled your data or this request as the law requires,
you may complain to ${facts.rights.complaint.name}: <a href="${facts.rights.complaint.url}">${facts.rights.complaint.url}</a>
(${facts.rights.complaint.citation}). You may also write to us first at ${controller.contact}.</p>`,
      )
    : trusted(html`<p>To complain, write to ${controller.contact}.</p>`);
  return html`<div class="letter">
<h2>What we hold about you</h2>
<p>We found personal data about you in ${systems.length === 1 ? 'one of our systems' : `${systems.length} of our systems`}. Each is described below,
with the data itself; every record is also in the <code>data</code> folder of this download, in JSON and CSV.</p>
${kinds.length ? trusted(html`<p>The kinds of data: ${kinds.join(', ')}.</p>`) : ''}
<h2>Why we use it</h2>
<ul>${items(facts.purposes)}</ul>
<p>On these legal grounds:</p>
<ul>${items(facts.legalBases)}</ul>
<h2>Where it came from</h2>
<ul>${sources}</ul>
<h2>Who received it</h2>
${facts.recipients.length ? trusted(html`<ul>${items(facts.recipients)}</ul>`) : trusted(html`<p>No one outside ${controller.name}.</p>`)}
${
  transfers.length
    ? trusted(
        html`<p>Some of it goes to countries outside your own, with these safeguards:</p><ul>${transfers}</ul>`,
      )
    : trusted(html`<p>Our registry records no transfer of it to another country.</p>`)
}
<h2>How long we keep it</h2>
<ul>${retention}</ul>
<h2>Decisions made by computer</h2>
${
  decisions.length
    ? trusted(html`<ul>${decisions}</ul>`)
    : trusted(
        html`<p>Our registry records no decision about you made by automated means alone, and no profiling.</p>`,
      )
}
${refused}
<h2>Your rights</h2>
${rights.length ? trusted(html`<p>You have</p><ul>${rights}</ul><p>To use one, reply to the mail that brought you here or write to ${controller.contact}.</p>`) : trusted(html`<p>Write to ${controller.contact} to use any of your rights.</p>`)}
<h2>How to complain</h2>
${complaint}
</div>
`;
}
