import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Extension, onRequestPayload } from '@hocuspocus/server';
import { answerFailure, decodePath, HttpError, SECURITY_HEADERS } from '../http.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The built editor on the rooms' port: its files, with the security headers; the hashed assets cached for a year;
 * every other address opens the editor's one page. Nothing outside its directory is served.
 *
 * @example
 * new Server({ extensions: [new RoomsApi(context, signals), new Editor('apps/editor/dist')] });
 */
export class Editor implements Extension {
  readonly extensionName = 'veranderlogica-editor';
  readonly #dir: string | undefined;

  constructor(
    dir: string | undefined,
    private readonly options: { readonly quiet?: boolean } = {},
  ) {
    this.#dir = dir === undefined ? undefined : resolve(dir);
  }

  async onRequest({ request, response }: onRequestPayload): Promise<void> {
    try {
      const method = request.method ?? 'GET';
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'notAllowed');
      const dir = this.#dir;
      if (!dir) throw new HttpError(404, 'notFound');
      const url = new URL(request.url ?? '/', 'http://localhost');
      let path = normalize(decodePath(url.pathname)).replace(/^([/\\])+/, '');
      let file = join(dir, path);
      if (!file.startsWith(dir + sep) && file !== dir) throw new HttpError(404, 'notFound');
      let info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) {
        // The editor is one page: every other address opens it.
        path = 'index.html';
        file = join(dir, path);
        info = await stat(file).catch(() => undefined);
        if (!info?.isFile()) throw new HttpError(404, 'notFound');
      }
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...SECURITY_HEADERS,
      });
      if (method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch (error) {
      answerFailure(request, response, error, this.options.quiet);
    }
    // Handled: an empty rejection is how Hocuspocus is told to add no default answer.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    return Promise.reject();
  }
}
