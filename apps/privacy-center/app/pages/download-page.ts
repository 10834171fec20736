import { tokenFromUrl } from '../api.js';
import { h, render } from '../dom.js';
import { messages } from '../messages.js';
import { freshLinkSection } from './fresh-link.js';
import { expirySection } from './download-expiry.js';

const m = messages.download;

/**
 * `/download?token=`: a page first (opening a mail link fetches nothing big and is safe for mail
 * scanners); the button asks the same address with `file=1`, which the packages controller answers.
 */
export function downloadPage(): void {
  const token = tokenFromUrl();
  if (!token)
    return render(
      m.title,
      h('p', { class: 'error-text' }, messages.errors.missingToken),
      freshLinkSection(),
    );
  const href = `/download?token=${encodeURIComponent(token)}&file=1`;
  render(
    m.title,
    h('p', {}, m.intro),
    h('p', {}, h('a', { class: 'button', href, download: true }, m.button)),
    expirySection(token),
    h('p', { class: 'hint' }, m.note),
    freshLinkSection(),
  );
}
