// What a stored file may be, judged by its first bytes: a browser's declared type is whatever the file's
// extension said, so a text file renamed .png must not pass.

export const ALLOWED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AllowedType = (typeof ALLOWED_TYPES)[number];

/** Per record: enough for a visit's photos and scans, few enough to keep a record's evidence reviewable. */
export const MAX_FILES_PER_RECORD = 20;

const DEFAULT_MAX_MB = 10;

/** Per file, from LIANXI_MAX_ATTACHMENT_MB (read each time, so an operator's change needs no code). */
export function maxAttachmentMb(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env['LIANXI_MAX_ATTACHMENT_MB']);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_MAX_MB;
}

export function maxAttachmentBytes(env: NodeJS.ProcessEnv = process.env): number {
  return Math.floor(maxAttachmentMb(env) * 1024 * 1024);
}

const startsWith = (b: Buffer, sig: readonly number[], at = 0) => b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The type the bytes are, or null when they are none of the allowed ones. */
export function sniffType(b: Buffer): AllowedType | null {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(b, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

const EXT: Record<AllowedType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'application/pdf': 'pdf' };

/**
 * The name as stored: the URL-decoded header value without folders, control characters or a path's
 * separators, at most 200 characters; a file with no usable name gets one from its type.
 */
export function cleanFileName(raw: string | undefined, type: AllowedType): string {
  let name = '';
  if (raw) {
    try {
      name = decodeURIComponent(raw);
    } catch {
      name = raw;
    }
  }
  name = (name.split(/[\\/]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 200);
  return name && name !== '.' && name !== '..' ? name : `附件.${EXT[type]}`;
}

/** RFC 6266 / 5987: an ASCII fallback for old clients and the UTF-8 name for everyone else. */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
