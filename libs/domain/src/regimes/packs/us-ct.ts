import { type UsStateLaw, usStatePack, USUAL_RIGHTS } from './us-state.template.js';

const connecticut2023: UsStateLaw = {
  code: 'us-ct',
  name: 'Connecticut DPA',
  law: 'Connecticut Data Privacy Act (Conn. Gen. Stat. § 42-515 et seq.)',
  effective: '2023-07-01',
  region: 'US-CT',
  rightsSection: 'Conn. Gen. Stat. § 42-518(a)',
  responseSection: 'Conn. Gen. Stat. § 42-518(b)(1)',
  granted: USUAL_RIGHTS,
  appeal: { section: 'Conn. Gen. Stat. § 42-518(d)', decideDays: 60, extensionDays: null },
  authority: {
    name: 'Connecticut Attorney General',
    url: 'https://www.dir.ct.gov/ag/complaint/',
    section: 'Conn. Gen. Stat. § 42-518(d), 42-525',
  },
};

export const usCt2026v1 = usStatePack(connecticut2023);

/**
 * SB 1295 (2025), in force 1 July 2026: the request types and the 45 + 45 days stay; what an
 * access answer must contain grows (inferences, the profiling a significant decision used) and
 * some sensitive data may not be disclosed in it. Those are duties on the answer's content, kept
 * as notes: they change no date and no request type.
 */
export const usCt2026v2 = usStatePack({
  ...connecticut2023,
  version: '2026.2',
  effective: '2026-07-01',
  amendedBy: {
    citation:
      'Conn. SB 1295 (2025), "An Act Concerning Broadband Internet, Gaming, Social Media, Online Services and Consumer Contracts", amending Conn. Gen. Stat. § 42-515 to 42-525',
    reading: true,
    note: 'Read from published summaries of the enacted bill; the subsection letters after the amendment were not checked against the revised statute.',
  },
  rightsCitation: 'Conn. Gen. Stat. § 42-518(a), as amended by SB 1295 (2025)',
  rightsNote:
    'Access includes inferences derived from the personal data; a consumer may learn whether profiling was used for a decision with legal or similarly significant effects and question its result. Certain sensitive data (e.g. government identifiers, account numbers) is not to be disclosed in an access answer.',
});

/** Oldest first: a request keeps the version in force on its receipt day. */
export const usCtVersions = [usCt2026v1, usCt2026v2] as const;
