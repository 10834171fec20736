import { describe, expect, it } from '@jest/globals';
import { cacheControlFor, pickEncoding } from './asset-encoding.js';

const both = () => true;

describe('which precompressed variant an asset is sent as', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.8', 'gzip'],
    ['*', 'br'],
    ['BR', 'br'],
  ])('%s → %s', (accept, name) => {
    expect(pickEncoding(accept, both)?.name).toBe(name);
  });

  it('sends the plain file when nothing fits', () => {
    expect(pickEncoding(undefined, both)).toBeNull();
    expect(pickEncoding('identity', both)).toBeNull();
    expect(pickEncoding('gzip;q=0', both)).toBeNull();
    expect(pickEncoding('br, gzip', () => false)).toBeNull();
  });

  it('falls back to gzip when no brotli variant was written', () => {
    expect(pickEncoding('br, gzip', (suffix) => suffix === '.gz')?.name).toBe('gzip');
  });
});

describe('how long a browser keeps a file', () => {
  it('keeps the content-hashed assets for a year and asks again for the page', () => {
    expect(cacheControlFor('assets/index-Bx1y2z.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('index.html')).toBe('no-cache');
  });
});
