import type { LegalLanguage } from '../languages/legal-language.js';

/**
 * The sentences of a refusal's complaint and appeal route, per language. Authority names and
 * addresses are proper names and go in unchanged. The English appeal route is each pack's own
 * `complaintRoute` word for word, the others say the same from the pack's authority
 * (`denial-wording.spec.ts` checks both).
 */
export interface DenialWords {
  /** The GDPR family: the supervisory authority and the judicial remedy (GDPR Art. 12(4)). */
  supervisory: (where: string) => string;
  /** Beside an appeal: the regulator as well. */
  also: (authority: string) => string;
  /** No appeal: the regulator to complain to. */
  regulator: (authority: string) => string;
  /** After a denied appeal: where to complain (Va. Code § 59.1-577(C) and the other states). */
  appealRoute: (name: string, url: string) => string;
  /** After an upheld appeal under a regime without an appeal route of its own. */
  complainTo: (name: string, url: string) => string;
}

export const DENIAL_WORDS: Record<LegalLanguage, DenialWords> = {
  en: {
    supervisory: (where) =>
      `You have the right to lodge a complaint with a supervisory authority: ${where}. You may also seek a judicial remedy.`,
    also: (authority) => `You may also contact the ${authority}.`,
    regulator: (authority) => `You may complain to the ${authority}.`,
    appealRoute: (name, url) =>
      `If the appeal is denied, the consumer may contact the ${name} to submit a complaint: ${url}`,
    complainTo: (name, url) => `You may complain to the ${name}: ${url}`,
  },
  de: {
    supervisory: (where) =>
      `Sie haben das Recht, sich bei einer Aufsichtsbehörde zu beschweren: ${where}. Sie können auch gerichtlich dagegen vorgehen.`,
    also: (authority) => `Sie können sich außerdem an diese Stelle wenden: ${authority}.`,
    regulator: (authority) => `Sie können sich bei dieser Stelle beschweren: ${authority}.`,
    appealRoute: (name, url) =>
      `Wird Ihr Widerspruch abgelehnt, können Sie bei dieser Stelle Beschwerde einreichen: ${name} (${url})`,
    complainTo: (name, url) => `Sie können sich bei dieser Stelle beschweren: ${name} (${url})`,
  },
  fr: {
    supervisory: (where) =>
      `Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle : ${where}. Vous pouvez aussi former un recours juridictionnel.`,
    also: (authority) => `Vous pouvez aussi contacter cette autorité : ${authority}.`,
    regulator: (authority) =>
      `Vous pouvez adresser une réclamation à cette autorité : ${authority}.`,
    appealRoute: (name, url) =>
      `Si votre recours est rejeté, vous pouvez adresser une réclamation à cette autorité : ${name} (${url})`,
    complainTo: (name, url) =>
      `Vous pouvez adresser une réclamation à cette autorité : ${name} (${url})`,
  },
  es: {
    supervisory: (where) =>
      `Tiene derecho a presentar una reclamación ante una autoridad de control: ${where}. También puede acudir a los tribunales.`,
    also: (authority) => `También puede dirigirse a esta autoridad: ${authority}.`,
    regulator: (authority) => `Puede reclamar ante esta autoridad: ${authority}.`,
    appealRoute: (name, url) =>
      `Si se rechaza su recurso, puede presentar una reclamación ante esta autoridad: ${name} (${url})`,
    complainTo: (name, url) => `Puede reclamar ante esta autoridad: ${name} (${url})`,
  },
  'pt-BR': {
    supervisory: (where) =>
      `Você tem o direito de apresentar reclamação a uma autoridade de controle: ${where}. Você também pode recorrer à Justiça.`,
    also: (authority) => `Você também pode contatar esta autoridade: ${authority}.`,
    regulator: (authority) => `Você pode reclamar a esta autoridade: ${authority}.`,
    appealRoute: (name, url) =>
      `Se o seu recurso for negado, você pode apresentar reclamação a esta autoridade: ${name} (${url})`,
    complainTo: (name, url) => `Você pode reclamar a esta autoridade: ${name} (${url})`,
  },
};
