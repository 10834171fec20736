import type { LegalLanguage } from '../languages/legal-language.js';
import type { RightType } from './policy-pack.types.js';

/**
 * Each right in plain words, as an answer tells the person (GDPR Art. 12(1): clear and plain),
 * per language. Each entry carries its own connector, the way the English one starts with "to":
 * it follows `RIGHT_PHRASE`'s "the right", "das Recht,", "le droit", "el derecho", "o direito".
 */
export const RIGHT_WORDS_BY_LANGUAGE: Record<LegalLanguage, Record<RightType, string>> = {
  en: {
    access: 'to get a copy of your personal data and to know how we use it',
    rectification: 'to have inaccurate data about you corrected, and incomplete data completed',
    erasure: 'to have your personal data erased',
    portability:
      'to receive the data you gave us in a machine-readable form, or to have it sent to another company',
    restriction: 'to have the use of your data restricted while a question about it is settled',
    objection: 'to object to our use of your data, and at any time to its use for direct marketing',
    opt_out: 'to opt out of the sale or sharing of your data and of targeted advertising',
    limit_sensitive: 'to limit the use of your sensitive personal data',
  },
  de: {
    access:
      'eine Kopie Ihrer personenbezogenen Daten zu erhalten und zu erfahren, wie wir sie verwenden',
    rectification:
      'unrichtige Daten über Sie berichtigen und unvollständige Daten vervollständigen zu lassen',
    erasure: 'Ihre personenbezogenen Daten löschen zu lassen',
    portability:
      'die Daten, die Sie uns gegeben haben, in einem maschinenlesbaren Format zu erhalten oder an ein anderes Unternehmen übermitteln zu lassen',
    restriction:
      'die Nutzung Ihrer Daten einschränken zu lassen, solange eine Frage zu ihnen geklärt wird',
    objection:
      'der Nutzung Ihrer Daten zu widersprechen, und ihrer Nutzung für Direktwerbung jederzeit',
    opt_out: 'dem Verkauf oder der Weitergabe Ihrer Daten und gezielter Werbung zu widersprechen',
    limit_sensitive: 'die Nutzung Ihrer sensiblen personenbezogenen Daten zu begrenzen',
  },
  fr: {
    access:
      'd’obtenir une copie de vos données personnelles et de savoir comment nous les utilisons',
    rectification:
      'de faire rectifier les données inexactes vous concernant et compléter les données incomplètes',
    erasure: 'de faire effacer vos données personnelles',
    portability:
      'de recevoir les données que vous nous avez fournies dans un format lisible par machine, ou de les faire transmettre à une autre entreprise',
    restriction:
      'de faire limiter l’utilisation de vos données le temps qu’une question les concernant soit réglée',
    objection:
      'de vous opposer à l’utilisation de vos données, et à tout moment à leur utilisation à des fins de prospection',
    opt_out: 'de refuser la vente ou le partage de vos données et la publicité ciblée',
    limit_sensitive: 'de limiter l’utilisation de vos données personnelles sensibles',
  },
  es: {
    access: 'a obtener una copia de sus datos personales y a saber cómo los usamos',
    rectification:
      'a que se rectifiquen los datos inexactos sobre usted y se completen los incompletos',
    erasure: 'a que se supriman sus datos personales',
    portability:
      'a recibir los datos que nos facilitó en un formato legible por máquina, o a que se transmitan a otra empresa',
    restriction:
      'a que se limite el uso de sus datos mientras se resuelve una cuestión sobre ellos',
    objection:
      'a oponerse al uso de sus datos y, en cualquier momento, a su uso para mercadotecnia directa',
    opt_out: 'a excluirse de la venta o el intercambio de sus datos y de la publicidad dirigida',
    limit_sensitive: 'a limitar el uso de sus datos personales sensibles',
  },
  'pt-BR': {
    access: 'de obter uma cópia dos seus dados pessoais e de saber como os usamos',
    rectification: 'de ter dados inexatos sobre você corrigidos e dados incompletos completados',
    erasure: 'de ter seus dados pessoais eliminados',
    portability:
      'de receber os dados que você nos forneceu em formato legível por máquina, ou de tê-los enviados a outra empresa',
    restriction:
      'de ter o uso dos seus dados restringido enquanto uma questão sobre eles é resolvida',
    objection:
      'de se opor ao uso dos seus dados e, a qualquer momento, ao uso deles para marketing direto',
    opt_out: 'de recusar a venda ou o compartilhamento dos seus dados e a publicidade direcionada',
    limit_sensitive: 'de limitar o uso dos seus dados pessoais sensíveis',
  },
};

/** "the right to …": how each language names a right before its words. */
export const RIGHT_PHRASE: Record<LegalLanguage, (words: string) => string> = {
  en: (words) => `the right ${words}`,
  de: (words) => `das Recht, ${words}`,
  fr: (words) => `le droit ${words}`,
  es: (words) => `el derecho ${words}`,
  'pt-BR': (words) => `o direito ${words}`,
};
