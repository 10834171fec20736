import type { LegalLanguage } from '../languages/legal-language.js';
import type { ExemptionCode } from './exemption-codes.js';

/**
 * Each exemption in plain words, per language. Every entry finishes the mail's "because …"
 * ("weil …", "car …", "porque …"), so the German ones put the verb last; "it" is the refused
 * part ("the data held in …": plural in the other languages).
 */
export const EXEMPTION_WORDS: Record<LegalLanguage, Record<ExemptionCode, string>> = {
  en: {
    rights_of_others:
      'giving it would reveal personal data about other people or harm their rights',
    legal_claims: 'we need it to establish, exercise or defend legal claims',
    legal_obligation: 'a law we must comply with requires us to keep or withhold it',
    crime_prevention:
      'giving it would prejudice the prevention, investigation or prosecution of crime',
    legal_privilege: 'it is covered by legal professional privilege',
    national_restriction: 'a law restricts this right in this case',
    compelling_legitimate_grounds:
      'we have compelling legitimate grounds for this processing which override your interests, rights and freedoms, or we need it for legal claims',
  },
  de: {
    rights_of_others:
      'ihre Herausgabe personenbezogene Daten anderer Personen offenlegen oder deren Rechte beeinträchtigen würde',
    legal_claims:
      'wir sie zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen benötigen',
    legal_obligation:
      'ein Gesetz, das wir einhalten müssen, uns verpflichtet, sie aufzubewahren oder zurückzuhalten',
    crime_prevention:
      'ihre Herausgabe die Verhütung, Ermittlung oder Verfolgung von Straftaten beeinträchtigen würde',
    legal_privilege: 'sie dem anwaltlichen Berufsgeheimnis unterliegen',
    national_restriction: 'ein Gesetz dieses Recht in diesem Fall beschränkt',
    compelling_legitimate_grounds:
      'wir zwingende schutzwürdige Gründe für diese Verarbeitung haben, die Ihre Interessen, Rechte und Freiheiten überwiegen, oder wir sie für Rechtsansprüche benötigen',
  },
  fr: {
    rights_of_others:
      'les communiquer révélerait des données personnelles d’autres personnes ou porterait atteinte à leurs droits',
    legal_claims:
      'nous en avons besoin pour la constatation, l’exercice ou la défense de droits en justice',
    legal_obligation:
      'une loi que nous devons respecter nous oblige à les conserver ou à ne pas les communiquer',
    crime_prevention:
      'les communiquer nuirait à la prévention et à la détection d’infractions pénales, aux enquêtes ou aux poursuites en la matière',
    legal_privilege: 'elles sont couvertes par le secret professionnel de l’avocat',
    national_restriction: 'une loi limite ce droit dans ce cas',
    compelling_legitimate_grounds:
      'nous avons pour ce traitement des motifs légitimes et impérieux qui prévalent sur vos intérêts, droits et libertés, ou nous en avons besoin pour des droits en justice',
  },
  es: {
    rights_of_others:
      'facilitarlos revelaría datos personales de otras personas o perjudicaría sus derechos',
    legal_claims: 'los necesitamos para la formulación, el ejercicio o la defensa de reclamaciones',
    legal_obligation: 'una ley que debemos cumplir nos obliga a conservarlos o a no facilitarlos',
    crime_prevention:
      'facilitarlos perjudicaría la prevención, la investigación o el enjuiciamiento de infracciones penales',
    legal_privilege: 'están amparados por el secreto profesional de la abogacía',
    national_restriction: 'una ley limita este derecho en este caso',
    compelling_legitimate_grounds:
      'tenemos motivos legítimos imperiosos para este tratamiento que prevalecen sobre sus intereses, derechos y libertades, o los necesitamos para reclamaciones',
  },
  'pt-BR': {
    rights_of_others:
      'fornecê-los revelaria dados pessoais de outras pessoas ou prejudicaria os direitos delas',
    legal_claims:
      'precisamos deles para o exercício regular de direitos em processo judicial, administrativo ou arbitral',
    legal_obligation: 'uma lei que devemos cumprir nos obriga a guardá-los ou a não fornecê-los',
    crime_prevention:
      'fornecê-los prejudicaria a prevenção, a investigação ou a repressão de infrações penais',
    legal_privilege: 'estão protegidos pelo sigilo profissional da advocacia',
    national_restriction: 'uma lei restringe este direito neste caso',
    compelling_legitimate_grounds:
      'temos motivos legítimos e imperiosos para este tratamento que prevalecem sobre seus interesses, direitos e liberdades, ou precisamos deles para o exercício de direitos em processo',
  },
};

/** The refused part ("the data held in …") and the sentence a whole-request denial gives. */
export interface RefusalFrame {
  system: (system: string) => string;
  /** `label` is the category in the reader's words, `code` as the officer recorded it. */
  category: (label: string, code: string) => string;
  /** The exemption as the denial's explanation: its words as a sentence, with the citation. */
  sentence: (words: string, citation: string) => string;
}

export const REFUSAL_FRAMES: Record<LegalLanguage, RefusalFrame> = {
  en: {
    system: (system) => `the data held in ${system}`,
    category: (_label, code) => `data of the category ${code}`,
    sentence: (words, citation) => `${words[0]!.toUpperCase()}${words.slice(1)} (${citation}).`,
  },
  de: {
    system: (system) => `die in ${system} gespeicherten Daten`,
    category: (label, code) => `Daten der Kategorie „${label}“ (${code})`,
    sentence: (words, citation) => `Die Ausnahme gilt, weil ${words} (${citation}).`,
  },
  fr: {
    system: (system) => `les données détenues dans ${system}`,
    category: (label, code) => `les données de la catégorie « ${label} » (${code})`,
    sentence: (words, citation) => `L’exception s’applique car ${words} (${citation}).`,
  },
  es: {
    system: (system) => `los datos guardados en ${system}`,
    category: (label, code) => `los datos de la categoría «${label}» (${code})`,
    sentence: (words, citation) => `La excepción se aplica porque ${words} (${citation}).`,
  },
  'pt-BR': {
    system: (system) => `os dados mantidos em ${system}`,
    category: (label, code) => `os dados da categoria “${label}” (${code})`,
    sentence: (words, citation) => `A exceção se aplica porque ${words} (${citation}).`,
  },
};
