/**
 * The data categories the product knows (dotted codes after the Fideslang vocabulary, as the
 * dataset maps, the registry and corrections use them) and how each is named to a person.
 * A code stays in machine-readable files (manifest, CSV, JSON); people read the label.
 * Adding a category is one entry here; a map or a system naming a code not listed is refused.
 */
export const LABEL_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt-BR'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

type Labels = Record<LabelLanguage, string>;

const label = (en: string, de: string, fr: string, es: string, ptBR: string): Labels => ({
  en,
  de,
  fr,
  es,
  'pt-BR': ptBR,
});

export const DATA_CATEGORIES = {
  user: label(
    'Personal data',
    'Personenbezogene Daten',
    'Données personnelles',
    'Datos personales',
    'Dados pessoais',
  ),
  'user.contact': label(
    'Contact details',
    'Kontaktdaten',
    'Coordonnées',
    'Datos de contacto',
    'Dados de contato',
  ),
  'user.contact.email': label(
    'E-mail address',
    'E-Mail-Adresse',
    'Adresse e-mail',
    'Correo electrónico',
    'Endereço de e-mail',
  ),
  'user.contact.phone': label(
    'Phone number',
    'Telefonnummer',
    'Numéro de téléphone',
    'Número de teléfono',
    'Número de telefone',
  ),
  'user.contact.address': label(
    'Postal address',
    'Postanschrift',
    'Adresse postale',
    'Dirección postal',
    'Endereço postal',
  ),
  'user.contact.city': label('City', 'Ort', 'Ville', 'Ciudad', 'Cidade'),
  'user.name': label('Name', 'Name', 'Nom', 'Nombre', 'Nome'),
  'user.location': label(
    'Country or location',
    'Land oder Standort',
    'Pays ou localisation',
    'País o ubicación',
    'País ou localização',
  ),
  'user.demographic': label(
    'Age or year of birth',
    'Alter oder Geburtsjahr',
    'Âge ou année de naissance',
    'Edad o año de nacimiento',
    'Idade ou ano de nascimento',
  ),
  'user.preferences': label(
    'Language and preferences',
    'Sprache und Einstellungen',
    'Langue et préférences',
    'Idioma y preferencias',
    'Idioma e preferências',
  ),
  'user.authorization': label(
    'Sign-in data',
    'Anmeldedaten',
    'Données de connexion',
    'Datos de inicio de sesión',
    'Dados de acesso',
  ),
  'user.authorization.credentials': label(
    'Password (stored unreadable)',
    'Passwort (unlesbar gespeichert)',
    'Mot de passe (stocké illisible)',
    'Contraseña (guardada ilegible)',
    'Senha (armazenada ilegível)',
  ),
  'user.id': label(
    'Customer number',
    'Kundennummer',
    'Numéro de client',
    'Número de cliente',
    'Número de cliente',
  ),
  'user.unique_id': label(
    'Account number',
    'Kontonummer',
    'Numéro de compte',
    'Número de cuenta',
    'Número da conta',
  ),
  'user.unique_id.google': label(
    'Google account id',
    'Google-Konto-ID',
    'Identifiant du compte Google',
    'ID de la cuenta de Google',
    'ID da conta Google',
  ),
  'user.device': label(
    'Device data',
    'Gerätedaten',
    "Données de l'appareil",
    'Datos del dispositivo',
    'Dados do dispositivo',
  ),
  'user.device.cookie_id': label(
    'Cookie id',
    'Cookie-ID',
    'Identifiant de cookie',
    'ID de cookie',
    'ID de cookie',
  ),
  'user.device.ip_address': label(
    'IP address',
    'IP-Adresse',
    'Adresse IP',
    'Dirección IP',
    'Endereço IP',
  ),
  'user.device.browser': label(
    'Browser and device',
    'Browser und Gerät',
    'Navigateur et appareil',
    'Navegador y dispositivo',
    'Navegador e dispositivo',
  ),
  'user.financial': label(
    'Financial data',
    'Finanzdaten',
    'Données financières',
    'Datos financieros',
    'Dados financeiros',
  ),
  'user.financial.card': label(
    'Payment card (last digits, expiry)',
    'Zahlungskarte (letzte Ziffern, Ablauf)',
    'Carte de paiement (derniers chiffres, expiration)',
    'Tarjeta de pago (últimos dígitos, caducidad)',
    'Cartão de pagamento (últimos dígitos, validade)',
  ),
  'user.financial.account_holder': label(
    'Card holder',
    'Karteninhaber',
    'Titulaire de la carte',
    'Titular de la tarjeta',
    'Titular do cartão',
  ),
  'user.financial.transaction': label('Payment', 'Zahlung', 'Paiement', 'Pago', 'Pagamento'),
  'user.behavior': label(
    'Use of our services',
    'Nutzung unserer Dienste',
    'Utilisation de nos services',
    'Uso de nuestros servicios',
    'Uso dos nossos serviços',
  ),
  'user.behavior.browsing_history': label(
    'Pages visited',
    'Besuchte Seiten',
    'Pages visitées',
    'Páginas visitadas',
    'Páginas visitadas',
  ),
  system: label(
    'Technical data',
    'Technische Daten',
    'Données techniques',
    'Datos técnicos',
    'Dados técnicos',
  ),
  'system.authentication': label(
    'Session key (stored unreadable)',
    'Sitzungsschlüssel (unlesbar gespeichert)',
    'Clé de session (stockée illisible)',
    'Clave de sesión (guardada ilegible)',
    'Chave de sessão (armazenada ilegível)',
  ),
  'system.credentials': label(
    'Password (stored unreadable)',
    'Passwort (unlesbar gespeichert)',
    'Mot de passe (stocké illisible)',
    'Contraseña (guardada ilegible)',
    'Senha (armazenada ilegível)',
  ),
} as const satisfies Record<string, Labels>;

export type DataCategory = keyof typeof DATA_CATEGORIES;
export const DATA_CATEGORY_CODES = Object.keys(DATA_CATEGORIES) as DataCategory[];

export function isDataCategory(value: unknown): value is DataCategory {
  return typeof value === 'string' && Object.hasOwn(DATA_CATEGORIES, value);
}

/** `de-AT` reads German, `pt-PT` Portuguese (Brazil's words), anything else English. */
export function labelLanguage(language: string | null | undefined): LabelLanguage {
  const tag = (language ?? 'en').trim();
  const exact = LABEL_LANGUAGES.find((code) => code.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const base = tag.split('-')[0]!.toLowerCase();
  return base === 'pt' ? 'pt-BR' : (LABEL_LANGUAGES.find((code) => code === base) ?? 'en');
}

/**
 * A category as a person reads it. A code stored before it was validated (an old task result)
 * reads as its nearest known parent, else as "Other personal data": never the code itself.
 */
export function categoryLabel(code: string, language: string = 'en'): string {
  const lang = labelLanguage(language);
  for (let at = code; at; at = at.includes('.') ? at.slice(0, at.lastIndexOf('.')) : '') {
    if (isDataCategory(at)) return DATA_CATEGORIES[at][lang];
  }
  return OTHER_DATA[lang];
}

const OTHER_DATA: Labels = label(
  'Other personal data',
  'Sonstige personenbezogene Daten',
  'Autres données personnelles',
  'Otros datos personales',
  'Outros dados pessoais',
);

/** The problem with a category a map, a system or a correction names; null when it is known. */
export function categoryProblem(code: string): string | null {
  return isDataCategory(code)
    ? null
    : `unknown data category ${code}; known categories are listed in docs/data-categories.md`;
}
