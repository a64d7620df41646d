#!/usr/bin/env node
// Serves www/ on localhost (default port 8080, or PORT) with the package in
// www/lis1kit/. Static files only; .wasm as application/wasm. No data is
// sent anywhere: everything is computed in the visitor's browser.
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'www');

/**
 * Files whose names carry a content hash never change: cached for a year. Everything else is revalidated on each
 * use (its ETag answers 304 when unchanged), so a rebuilt package is seen at once.
 */
function cacheHeaders(res, pathname) {
  res.setHeader('Cache-Control', /[.-][0-9a-f]{8,}\.[a-z]+$/.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/** Starts the server; resolves with its URL. Used by the e2e tests too. */
export function serve({ port = 8080, host = '127.0.0.1', compress = true } = {}) {
  // Precompressed copies (.br, .gz) that scripts/build.mjs writes beside the package files are sent to browsers
  // that accept them: the wasm goes out at a third of its size. `dev` re-reads files, so a rebuild needs no restart.
  // (`compress: false` serves the files as they are: the phone benchmark's comparison, scripts/perf-phone.mjs.)
  const files = sirv(root, { dev: true, etag: true, brotli: compress, gzip: compress, setHeaders: cacheHeaders });
  const server = createServer((req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // The package may be loaded from another origin, as from the CDN the
    // configurator's snippet names (tests/e2e/configurator.test.mjs pastes
    // it into a page of another origin): CORS for it, like the CDN's.
    if (req.url?.startsWith('/lis1kit/')) res.setHeader('Access-Control-Allow-Origin', '*');
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await serve({ port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`serve: lis1kit demo site at ${url} (Ctrl+C to stop)`);
}
