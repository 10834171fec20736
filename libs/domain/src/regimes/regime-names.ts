import { legalLanguage, type LegalLanguage } from '../languages/legal-language.js';
import { DEFAULT_LANGUAGE } from '../languages/request-language.js';
import type { PolicyPack, RegimeCode } from './policy-pack.types.js';

/**
 * A regime's name where a language has a common one of its own; elsewhere the pack's `name`
 * (a law's own name or abbreviation, e.g. "LGPD", "Virginia CDPA", stays as it is). Only some
 * regimes have one, so each language lists just those. Marked "reading" where the name is our
 * choice among usages rather than the law's official short title in that language.
 */
export const REGIME_NAMES: Record<LegalLanguage, Partial<Record<RegimeCode, string>>> = {
  en: {},
  de: {
    // "Datenschutz-Grundverordnung", the official German title of Regulation (EU) 2016/679.
    gdpr: 'DSGVO',
    // Reading: "UK-DSGVO" is the usual German name for the retained UK law.
    'uk-gdpr': 'UK-DSGVO',
    // The Swiss Datenschutzgesetz's official German abbreviation (SR 235.1).
    fadp: 'DSG (Schweiz)',
    appi: 'APPI (Japan)',
    'pdpa-sg': 'PDPA (Singapur)',
    // Reading: no German title exists; the law is known as "Loi 25".
    'quebec-law25': 'Loi 25 (Québec)',
  },
  fr: {
    // "Règlement général sur la protection des données", the official French title.
    gdpr: 'RGPD',
    // Reading: the usual French name for the retained UK law.
    'uk-gdpr': 'RGPD britannique',
    // The official French abbreviation of the federal act (Loi sur la protection des
    // renseignements personnels et les documents électroniques).
    pipeda: 'LPRPDE',
    // The law's own (French) short name.
    'quebec-law25': 'Loi 25 (Québec)',
    // The Swiss loi fédérale sur la protection des données, official French abbreviation.
    fadp: 'LPD (Suisse)',
    appi: 'APPI (Japon)',
    'pdpa-sg': 'PDPA (Singapour)',
  },
  es: {
    // "Reglamento General de Protección de Datos", the official Spanish title.
    gdpr: 'RGPD',
    // Reading: the usual Spanish name for the retained UK law.
    'uk-gdpr': 'RGPD del Reino Unido',
    // Reading: the law is known by its French short name.
    'quebec-law25': 'Ley 25 (Quebec)',
    // Reading: no official Spanish abbreviation; the French and Italian one, LPD.
    fadp: 'LPD (Suiza)',
    appi: 'APPI (Japón)',
    'pdpa-sg': 'PDPA (Singapur)',
  },
  'pt-BR': {
    // "Regulamento Geral sobre a Proteção de Dados", the official Portuguese title. Reading:
    // Brazilian usage also says "GDPR"; RGPD is the official Portuguese abbreviation.
    gdpr: 'RGPD',
    // Reading: as for the GDPR.
    'uk-gdpr': 'RGPD do Reino Unido',
    // Reading: the law is known by its French short name.
    'quebec-law25': 'Lei 25 (Quebec)',
    // Reading: no official Portuguese abbreviation; the French and Italian one, LPD.
    fadp: 'LPD (Suíça)',
    appi: 'APPI (Japão)',
    'pdpa-sg': 'PDPA (Singapura)',
  },
};

/** The regime's name as the person reads it in their language (BCP 47; else English). */
export function regimeName(pack: PolicyPack, language: string = DEFAULT_LANGUAGE): string {
  return REGIME_NAMES[legalLanguage(language)][pack.code] ?? pack.name;
}

/**
 * The law a request is now handled under, for the mail that says so: its full title in English;
 * in another language the name people know it by there (`regimeName`), as we keep no translated
 * titles (the official translations are long, and none exists for most of the laws).
 */
export function regimeTitle(pack: PolicyPack, language: string = DEFAULT_LANGUAGE): string {
  return legalLanguage(language) === 'en' ? pack.law : regimeName(pack, language);
}
