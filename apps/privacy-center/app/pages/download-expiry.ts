import { api } from '../api.js';
import { formatDate, h } from '../dom.js';
import { format, messages } from '../messages.js';

const m = messages.download;

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
      if (status !== 200) {
        paragraph.textContent = m.gone;
        return;
      }
      const link = body.linkExpiresAt
        ? format(m.linkUntil, { link: formatDate(body.linkExpiresAt) })
        : '';
      const file = format(m.fileDeleted, { file: formatDate(body.packageDeletedAt) });
      paragraph.textContent = `${link} ${file}`.trim();
    },
    () => undefined,
  );
  return paragraph;
}
