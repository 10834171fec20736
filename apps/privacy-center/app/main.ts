import './styles.css';
import { h } from './dom.js';
import { activeLanguage, LANGUAGES, type Language, messages } from './messages.js';
import { clarifyPage } from './pages/clarify-page.js';
import { downloadPage } from './pages/download-page.js';
import { requestFormPage } from './pages/request-form.js';
import { statusPage } from './pages/status-page.js';
import { verifyPage } from './pages/verify-page.js';

const PAGES: Record<string, () => void | Promise<void>> = {
  '/': requestFormPage,
  '/verify': verifyPage,
  '/status': () => statusPage(),
  '/download': downloadPage,
  '/clarify': clarifyPage,
};

/** Each language by its own name; the same page (and its token) with `?lang=`. */
function languageSwitcher(): HTMLElement {
  const links = (Object.keys(LANGUAGES) as Language[]).map((language) => {
    const url = new URL(location.href);
    url.searchParams.set('lang', language);
    const current = language === activeLanguage();
    return h(
      'a',
      {
        href: url.pathname + url.search,
        hreflang: language,
        lang: language,
        'aria-current': current ? 'true' : undefined,
      },
      LANGUAGES[language],
    );
  });
  return h('nav', { class: 'languages', 'aria-label': messages.language }, ...links);
}

document.getElementById('brand')!.textContent = messages.siteName;
document.querySelector('.skip')!.textContent = messages.skip;
document.querySelector('header.site')!.append(languageSwitcher());
void (PAGES[location.pathname] ?? requestFormPage)();
