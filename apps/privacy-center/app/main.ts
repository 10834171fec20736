import './styles.css';
import { messages } from './messages.js';
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

document.getElementById('brand')!.textContent = messages.siteName;
document.querySelector('.skip')!.textContent = messages.skip;
void (PAGES[location.pathname] ?? requestFormPage)();
