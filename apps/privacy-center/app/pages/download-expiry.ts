import { api } from '../api.js';
import { formatDate, h } from '../dom.js';

/**
 * The download page's expiry sentence, per language, kept here as data until the privacy
 * center's `messages.ts` (another owner) takes it over; the page's `lang` picks one.
 */
const EXPIRY_WORDS: Record<string, { link: string; file: string; gone: string }> = {
  en: {
    link: 'This link works until {link}.',
    file: 'The file itself is deleted on {file}; after that, make a new request to get your data.',
    gone: 'This link no longer works.',
  },
  de: {
    link: 'Dieser Link funktioniert bis {link}.',
    file: 'Die Datei selbst wird am {file} gelöscht; danach stellen Sie bitte eine neue Anfrage.',
    gone: 'Dieser Link funktioniert nicht mehr.',
  },
  fr: {
    link: "Ce lien fonctionne jusqu'au {link}.",
    file: 'Le fichier lui-même est supprimé le {file} ; ensuite, faites une nouvelle demande.',
    gone: 'Ce lien ne fonctionne plus.',
  },
  es: {
    link: 'Este enlace funciona hasta el {link}.',
    file: 'El archivo se elimina el {file}; después, haga una nueva solicitud.',
    gone: 'Este enlace ya no funciona.',
  },
  'pt-BR': {
    link: 'Este link funciona até {link}.',
    file: 'O arquivo será excluído em {file}; depois disso, faça um novo pedido.',
    gone: 'Este link não funciona mais.',
  },
};

function words(): (typeof EXPIRY_WORDS)['en'] {
  const lang = document.documentElement.lang || 'en';
  return EXPIRY_WORDS[lang] ?? EXPIRY_WORDS[lang.split('-')[0]!] ?? EXPIRY_WORDS.en!;
}

interface DownloadInfo {
  reference: string;
  linkExpiresAt: string | null;
  packageDeletedAt: string;
}

/** A paragraph filled in once the api says until when the link and the file last. */
export function expirySection(token: string): HTMLElement {
  const paragraph = h('p', { id: 'download-expiry' });
  void api<DownloadInfo>(`/api/requests/download-info?token=${encodeURIComponent(token)}`).then(
    ({ status, body }) => {
      const w = words();
      if (status !== 200) {
        paragraph.textContent = w.gone;
        return;
      }
      const link = body.linkExpiresAt
        ? w.link.replace('{link}', formatDate(body.linkExpiresAt))
        : '';
      paragraph.textContent =
        `${link} ${w.file.replace('{file}', formatDate(body.packageDeletedAt))}`.trim();
    },
    () => undefined,
  );
  return paragraph;
}
