import { answerRights } from '@dsar/domain';
import { html, trusted } from '@dsar/mail';
import type {
  PackageController,
  PackageRequest,
  PackageSystem,
  WithheldPart,
} from '../package-contents.js';
import type { ReportWords } from './report-words.js';

const unique = (values: string[]) => [...new Set(values.filter((value) => value.trim()))];
const items = (values: string[]) => values.map((value) => trusted(html`<li>${value}</li>`));

/** The Art. 15 answer in one place: every item the person is owed, per system where it varies. */
/** The Art. 15 facts; `language` words the rights (the manifest keeps English, the letter the reader's). */
export function art15Facts(
  request: PackageRequest,
  systems: PackageSystem[],
  timeZone: string,
  language: string,
) {
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
    // a version took effect: that day is the controller's.
    rights: answerRights(request, timeZone, language),
  };
}

/** The refused part in the report's words: a system by its name, a category by its label. */
function withheldPart(part: WithheldPart, words: ReportWords): string {
  if (part.heldWhole && part.systemName && part.category) {
    return words.text('letter.withheld.whole', {
      system: part.systemName,
      category: words.category(part.category),
    });
  }
  if (part.systemName) return words.text('letter.withheld.system', { system: part.systemName });
  if (part.category) {
    return words.text('letter.withheld.category', { category: words.category(part.category) });
  }
  return part.part;
}

/**
 * The letter at the top of `report.html`, in plain words and the request's language: what we
 * hold, why, from where, who received it, how long we keep it, automated decisions, your rights
 * and how to complain (GDPR Art. 15(1)(a)-(h) and 15(2)). It claims only what the registry records.
 */
export function coverLetter(
  request: PackageRequest,
  systems: PackageSystem[],
  controller: PackageController,
  withheld: WithheldPart[],
  words: ReportWords,
): string {
  const facts = art15Facts(request, systems, words.timeZone, words.language);
  const entry = (system: string, text: string) =>
    trusted(html`<li>${words.text('entry.system', { system, text })}</li>`);
  // Art. 15(1)(b): the categories, as labels (the codes are in the manifest).
  const kinds = unique(
    systems.flatMap((system) => system.facts.categories.map((c) => words.category(c))),
  );
  // A partial answer says what it leaves out and why (GDPR Art. 12(4); Art. 15(4)).
  const refused = withheld.length
    ? trusted(
        html`<h2>${words.text('letter.withheld.heading')}</h2>
<ul>${withheld.map((part) => trusted(html`<li>${words.text('letter.withheld.item', { part: withheldPart(part, words), reason: part.reason, citation: part.citation, text: part.text })}</li>`))}</ul>
<p>${words.text('letter.withheld.disagree')}</p>`,
      )
    : '';
  const sources = facts.sources.map(({ system, source }) =>
    entry(system, source ?? words.text('letter.source.unknown')),
  );
  const transfers = facts.transfers.map((t) =>
    trusted(html`<li>${words.text('letter.transfers.item', t)}</li>`),
  );
  const retention = facts.retention.map(({ system, retention }) =>
    entry(system, retention ?? words.text('letter.retention.unknown')),
  );
  const decisions = facts.automatedDecisions.map((d) => entry(d.system, d.what));
  const rights = facts.rights
    ? items(facts.rights.rights.map((right) => words.text('letter.rights.item', right)))
    : [];
  const contact = { contact: controller.contact };
  const complaint = facts.rights
    ? trusted(
        html`<p>${words.text('letter.complaint.authority', { authority: facts.rights.complaint.name, citation: facts.rights.complaint.citation })}
<a href="${facts.rights.complaint.url}">${facts.rights.complaint.url}</a></p>
<p>${words.text('letter.complaint.first', contact)}</p>`,
      )
    : trusted(html`<p>${words.text('letter.complaint.contact', contact)}</p>`);
  return html`<div class="letter">
<h2>${words.text('letter.hold.heading')}</h2>
<p>${words.html('letter.hold.found', { systems: systems.length })}</p>
${kinds.length ? trusted(html`<p>${words.text('letter.hold.kinds', { kinds: kinds.join(', ') })}</p>`) : ''}
<h2>${words.text('letter.why.heading')}</h2>
<ul>${items(facts.purposes)}</ul>
<p>${words.text('letter.why.grounds')}</p>
<ul>${items(facts.legalBases)}</ul>
<h2>${words.text('letter.source.heading')}</h2>
<ul>${sources}</ul>
<h2>${words.text('letter.recipients.heading')}</h2>
${facts.recipients.length ? trusted(html`<ul>${items(facts.recipients)}</ul>`) : trusted(html`<p>${words.text('letter.recipients.none', { controller: controller.name })}</p>`)}
${
  transfers.length
    ? trusted(html`<p>${words.text('letter.transfers.intro')}</p><ul>${transfers}</ul>`)
    : trusted(html`<p>${words.text('letter.transfers.none')}</p>`)
}
<h2>${words.text('letter.retention.heading')}</h2>
<ul>${retention}</ul>
<h2>${words.text('letter.decisions.heading')}</h2>
${
  decisions.length
    ? trusted(html`<ul>${decisions}</ul>`)
    : trusted(html`<p>${words.text('letter.decisions.none')}</p>`)
}
${refused}
<h2>${words.text('letter.rights.heading')}</h2>
${rights.length ? trusted(html`<p>${words.text('letter.rights.intro')}</p><ul>${rights}</ul><p>${words.text('letter.rights.use', contact)}</p>`) : trusted(html`<p>${words.text('letter.rights.unknown', contact)}</p>`)}
<h2>${words.text('letter.complaint.heading')}</h2>
${complaint}
</div>
`;
}
