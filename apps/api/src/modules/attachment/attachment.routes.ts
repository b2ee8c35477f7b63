import express, { type Request, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import type { Ctx } from '../../graphql/context.js';
import type { Bilingual } from '../../graphql/i18n.js';
import { unauthenticated } from '../../graphql/errors.js';
import { credentialOf } from '../auth/resolve-viewer.js';
import { tooLarge } from './attachment.errors.js';
import { contentDisposition, maxAttachmentBytes, maxAttachmentMb } from './attachment.files.js';
import { attachmentForDownload, storeAttachment, uploadTarget } from './attachment.service.js';
import { toAttachment } from './attachment.type.js';

type Headers = Record<string, string | string[] | undefined>;

export interface AttachmentRouterDeps {
  contextFor(headers: Headers): Promise<Ctx>;
  logError?: (err: unknown) => void;
}

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, BAD_REQUEST: 400 };
const INTERNAL: Bilingual = { zh: '服务器内部错误，请稍后重试', en: 'Internal server error; try again later' };

/** Errors in GraphQL's shape (`errors[0].extensions.code`), in the caller's language, so clients parse one format. */
function sendError(res: Response, ctx: Pick<Ctx, 'locale'> | null, err: unknown, logError: (err: unknown) => void): void {
  const ext = err instanceof GraphQLError ? err.extensions : undefined;
  const code = typeof ext?.['code'] === 'string' ? ext['code'] : undefined;
  const status = err && typeof err === 'object' && 'status' in err && typeof err.status === 'number' ? err.status : code ? STATUS[code] : undefined;
  if (!code || !status) {
    logError(err);
    res.status(500).json({ errors: [{ message: ctx?.locale === 'en' ? INTERNAL.en : INTERNAL.zh, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    return;
  }
  const text = ext?.['message'] as Bilingual | undefined;
  const message = text ? text[ctx?.locale ?? 'zh'] : (err as Error).message;
  const { message: _both, ...rest } = ext ?? {};
  res.status(status).json({ errors: [{ message, extensions: rest }] });
}

const one = (v: unknown): string | undefined => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined);

/**
 * A cookie travels with any request the browser makes, including a cross-site form post; a custom header
 * cannot be set cross-site without a CORS preflight, which this server never grants. Same rule as Apollo's
 * CSRF prevention on /graphql, so the admin sends the same header for both. Bearer/X-API-Key callers hold
 * their credential themselves and are not at risk.
 */
function csrfSafe(req: Request): boolean {
  const h = req.headers;
  const cookieOnly = !one(h['authorization']) && !one(h['x-api-key']);
  if (!cookieOnly) return true;
  return Boolean(one(h['apollo-require-preflight']) || one(h['x-apollo-operation-name']));
}

/**
 * `POST /api/attachments?recordType=&recordId=` (the raw file as the body, `X-File-Name` URL-encoded) and
 * `GET /api/attachments/:id[?inline=1]`, authenticated like GraphQL. Access and limits are checked before the
 * body is read, so a refused upload costs no more than its headers.
 */
export function attachmentRouter(deps: AttachmentRouterDeps): Router {
  const router = express.Router();
  const logError = deps.logError ?? ((err: unknown) => console.error(err));

  router.post('/api/attachments', async (req, res) => {
    let ctx: Ctx | null = null;
    try {
      ctx = await deps.contextFor(req.headers);
      if (ctx.viewer.kind === 'anonymous') throw unauthenticated(ctx.viewer.problem);
      if (credentialOf(req.headers) && !csrfSafe(req)) {
        throw new GraphQLError('CSRF', {
          extensions: {
            code: 'BAD_REQUEST',
            message: { zh: '请求缺少防跨站请求伪造的请求头 apollo-require-preflight', en: 'The request lacks the CSRF-prevention header apollo-require-preflight' },
          },
        });
      }
      const target = await uploadTarget(ctx, String(req.query['recordType'] ?? ''), String(req.query['recordId'] ?? ''));
      const max = maxAttachmentBytes();
      if (Number(req.headers['content-length'] ?? 0) > max) throw tooLarge(maxAttachmentMb());
      const bytes = await new Promise<Buffer>((resolve, reject) => {
        express.raw({ type: () => true, limit: max })(req, res, (err?: unknown) => {
          if (err && typeof err === 'object' && 'type' in err && err.type === 'entity.too.large') reject(tooLarge(maxAttachmentMb()));
          else if (err) reject(err);
          else resolve(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
        });
      });
      const row = await storeAttachment(ctx, target, { fileName: one(req.headers['x-file-name']), declaredType: one(req.headers['content-type']), bytes });
      res.status(201).json({ attachment: toAttachment(row) });
    } catch (err) {
      // An early refusal leaves the body unread: drain it so the client can read the answer.
      req.resume();
      sendError(res, ctx, err, logError);
    }
  });

  router.get('/api/attachments/:id', async (req, res) => {
    let ctx: Ctx | null = null;
    try {
      ctx = await deps.contextFor(req.headers);
      if (ctx.viewer.kind === 'anonymous') throw unauthenticated(ctx.viewer.problem);
      const row = await attachmentForDownload(ctx, String(req.params['id']));
      const inline = req.query['inline'] === '1';
      res
        .status(200)
        .set('Content-Type', row.mimeType)
        .set('Content-Length', String(row.data.length))
        .set('Content-Disposition', contentDisposition(inline ? 'inline' : 'attachment', row.fileName))
        .set('X-Content-Type-Options', 'nosniff')
        .set('Cache-Control', 'private, no-cache')
        .set('ETag', `"${row.sha256}"`)
        .end(row.data);
    } catch (err) {
      sendError(res, ctx, err, logError);
    }
  });

  return router;
}
