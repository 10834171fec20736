import { describe, expect, it } from '@jest/globals';
import { uiTarget } from './ui-routes.js';

describe('which built UI answers a path', () => {
  it.each([
    ['/admin', 'admin', 'index.html'],
    ['/admin/', 'admin', 'index.html'],
    ['/admin/requests/42/show', 'admin', 'requests/42/show'],
    ['/admin/assets/index-abc.js', 'admin', 'assets/index-abc.js'],
    ['/', 'privacy-center', 'index.html'],
    ['/verify', 'privacy-center', 'index.html'],
    ['/status', 'privacy-center', 'index.html'],
    ['/download', 'privacy-center', 'index.html'],
    ['/clarify', 'privacy-center', 'index.html'],
    ['/assets/main-abc.css', 'privacy-center', 'assets/main-abc.css'],
  ])('%s → %s %s', (path, ui, file) => {
    expect(uiTarget(path, {}, true)).toEqual({ ui, file });
  });

  it.each([
    '/api/requests',
    '/api',
    '/api/admin/stats',
    '/dev/mailbox',
    '/dev/mailbox/1',
    '/administrator',
    '/status/cancel',
  ])('leaves %s to the routes', (path) => {
    expect(uiTarget(path, {}, true)).toBeNull();
  });

  it('leaves the package itself to the packages controller', () => {
    expect(uiTarget('/download', { token: 'x', file: '1' }, true)).toBeNull();
    expect(uiTarget('/download', { token: 'x' }, false)).toBeNull();
  });
});
