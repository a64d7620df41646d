#!/usr/bin/env node
// Serves www/ on localhost (default port 8080, or PORT) with the package in
// www/lis1kit/. Static files only; .wasm as application/wasm. No data is
// sent anywhere: everything is computed in the visitor's browser.
import { statSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import sirv from 'sirv';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'www');

/**
 * Files whose names carry a content hash never change: cached for a year. Everything else is revalidated on each
 * use (its ETag answers 304 when unchanged), so a rebuilt package is seen at once.
 */
function cacheHeaders(res, pathname) {
  res.setHeader('Cache-Control', /[.-][0-9a-f]{8,}\.[a-z]+$/.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/**
 * A file's bytes as this server sends them compressed: brotli at its best quality, gzip -9. scripts/build.mjs writes
 * the package's copies with it, and the site's own files are compressed with it on first request.
 */
export function compressedBytes(bytes, encoding) {
  return encoding === 'br'
    ? brotliCompressSync(bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })
    : gzipSync(bytes, { level: 9 });
}

/** The site's own text files (its pages, scripts, texts, styles) and the types they are sent as. */
const SITE_TYPES = {
  '.html': 'text/html;charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * The site's own text files compressed for the browser (brotli, else gzip), kept in memory until the file changes:
 * the package's files have precompressed copies from the build, the site's are edited by hand and have none (texts.js
 * alone is 37 KB as it is, 11 KB compressed). True when it answered the request.
 */
function siteFileCompressed(req, res, compressed) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  let path;
  try { path = decodeURIComponent(new URL(req.url ?? '/', 'http://site').pathname); } catch { return false; }
  if (path.endsWith('/')) path += 'index.html';
  const type = SITE_TYPES[path.slice(path.lastIndexOf('.'))];
  if (!type || path.startsWith('/lis1kit/')) return false;
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
  if (!encoding) return false;
  const file = normalize(join(root, path));
  if (!file.startsWith(root + sep)) return false;
  let stat;
  try { stat = statSync(file); } catch { return false; }
  if (!stat.isFile()) return false;
  const key = `${encoding} ${file}`;
  let entry = compressed.get(key);
  if (!entry || entry.mtimeMs !== stat.mtimeMs || entry.size !== stat.size) {
    const bytes = readFileSync(file);
    entry = { mtimeMs: stat.mtimeMs, size: stat.size, body: compressedBytes(bytes, encoding), etag: `W/"${stat.size}-${Math.round(stat.mtimeMs)}-${encoding}"` };
    compressed.set(key, entry);
  }
  cacheHeaders(res, path);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('ETag', entry.etag);
  if (req.headers['if-none-match'] === entry.etag) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', entry.body.length);
  res.end(req.method === 'HEAD' ? undefined : entry.body);
  return true;
}

/** Starts the server; resolves with its URL. Used by the e2e tests too. */
export function serve({ port = 8080, host = '127.0.0.1', compress = true } = {}) {
  // Precompressed copies (.br, .gz) that scripts/build.mjs writes beside the package files are sent to browsers
  // that accept them: the wasm goes out at a third of its size. `dev` re-reads files, so a rebuild needs no restart.
  // (`compress: false` serves the files as they are: the phone benchmark's comparison, scripts/perf-phone.mjs.)
  const files = sirv(root, { dev: true, etag: true, brotli: compress, gzip: compress, setHeaders: cacheHeaders });
  const compressed = new Map();
  const server = createServer((req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (compress && siteFileCompressed(req, res, compressed)) return;
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
