import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type LianxiServer } from '../../server.js';
import { accessWorld, TINY_PNG, type AccessWorld } from '../../test/access-fixture.js';
import { createTestApi, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';

interface Uploaded {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  uploadedByName: string;
  url: string;
}
interface ErrorBody {
  errors: { message: string; extensions: { code: string; field?: string } }[];
}

const LIST = `query($t: String!, $r: ID!) { attachments(recordType: $t, recordId: $r) { id fileName mimeType size createdAt uploadedByName url mayDelete } }`;
const DELETE = `mutation($id: ID!) { deleteAttachment(id: $id) }`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Uploads, downloads and withdrawals go over real HTTP: authentication, CSRF and body limits live there. */
describe('evidence attachments on records', () => {
  let db: TestDb;
  let api: TestApi;
  let w: AccessWorld;
  let server: LianxiServer;
  let base: string;

  const count = async (sql = 'select count(*) as n from attachment') =>
    Number((await db.orm.em.fork().getConnection().execute<{ n: string }[]>(sql))[0]?.n);
  const upload = (recordType: string, recordId: string, body: Buffer, headers: Record<string, string>, name = '现场照片.png', type = 'image/png') =>
    fetch(`${base}/api/attachments?recordType=${recordType}&recordId=${recordId}`, {
      method: 'POST',
      headers: { 'content-type': type, 'x-file-name': encodeURIComponent(name), ...headers },
      body,
    });
  const download = (id: string, headers: Record<string, string>, query = '') => fetch(`${base}/api/attachments/${id}${query}`, { headers });
  const codeOf = async (res: Response) => ((await res.json()) as ErrorBody).errors[0]?.extensions.code;

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await accessWorld(api);
    server = await createServer(db.orm, { logError: () => {} });
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await server?.stop();
    server?.httpServer.close();
    await db?.drop();
  });

  it('stores a file and serves the same bytes back with its Chinese name, type and nosniff, listed and audited without contents', async () => {
    const png = Buffer.concat([TINY_PNG, Buffer.from('尾部数据')]);
    const res = await upload('ResearchTrip', w.attachments.tripIn, png, w.callers.admin.headers, '春耕 调研（一）.png');
    expect(res.status).toBe(201);
    const a = ((await res.json()) as { attachment: Uploaded }).attachment;
    expect(a).toMatchObject({ fileName: '春耕 调研（一）.png', mimeType: 'image/png', size: png.length, uploadedByName: 'admin-hs', url: `/api/attachments/${a.id}` });

    const got = await download(a.id, w.callers.head.headers);
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(png)).toBe(true);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    const disposition = got.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; /);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '')).toBe('春耕 调研（一）.png');
    const inline = await download(a.id, w.callers.head.headers, '?inline=1');
    expect(inline.headers.get('content-disposition')).toMatch(/^inline; /);

    const list = await api.ok<{ attachments: (Uploaded & { mayDelete: boolean })[] }>(LIST, { t: 'ResearchTrip', r: w.attachments.tripIn }, w.callers.head.headers);
    expect(list.attachments.map((x) => x.id)).toEqual([w.attachments.in, a.id]);
    expect(list.attachments.every((x) => !x.mayDelete)).toBe(true);

    const audit = await db.orm.em.fork().getConnection().execute<{ action: string; changes: Record<string, [unknown, unknown]>; unit_path: string }[]>(
      `select action, changes, unit_path from audit_log where entity = 'Attachment' and entity_id = ?`, [a.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.action).toBe('CREATE');
    expect(audit[0]?.changes['fileName']).toEqual([null, '春耕 调研（一）.png']);
    expect(audit[0]?.changes['data']).toBeUndefined();
    expect(JSON.stringify(audit[0]?.changes)).not.toContain(png.toString('base64').slice(0, 20));
    expect(audit[0]?.unit_path.startsWith(w.paths.heshan)).toBe(true);
  });

  it('lets a CADRE attach a PDF to their own record', async () => {
    const res = await upload('ResearchTrip', w.attachments.tripIn, PDF, w.callers.cadre.headers, '调研报告.pdf', 'application/pdf');
    expect(res.status).toBe(201);
    expect(((await res.json()) as { attachment: Uploaded }).attachment.mimeType).toBe('application/pdf');
  });

  it('refuses a file over the size limit with ATTACHMENT_TOO_LARGE and stores nothing; the limit follows LIANXI_MAX_ATTACHMENT_MB', async () => {
    const before = await count();
    const big = Buffer.concat([TINY_PNG, Buffer.alloc(10 * 1024 * 1024 + 1 - TINY_PNG.length)]);
    const res = await upload('ResearchTrip', w.attachments.tripIn, big, w.callers.admin.headers);
    expect(res.status).toBe(413);
    const body = (await res.json()) as ErrorBody;
    expect(body.errors[0]?.extensions.code).toBe('ATTACHMENT_TOO_LARGE');
    expect(body.errors[0]?.message).toContain('10 MB');
    expect(await count()).toBe(before);

    process.env['LIANXI_MAX_ATTACHMENT_MB'] = '1';
    try {
      const mb = Buffer.concat([TINY_PNG, Buffer.alloc(1024 * 1024)]);
      const small = await upload('ResearchTrip', w.attachments.tripIn, mb, { ...w.callers.admin.headers, 'accept-language': 'en' });
      expect(small.status).toBe(413);
      const en = (await small.json()) as ErrorBody;
      expect(en.errors[0]?.extensions.code).toBe('ATTACHMENT_TOO_LARGE');
      expect(en.errors[0]?.message).toBe('The file is too large: an attachment may be at most 1 MB');
    } finally {
      delete process.env['LIANXI_MAX_ATTACHMENT_MB'];
    }
    expect(await count()).toBe(before);
  });

  it('judges the type by the bytes: a text file named .png, or PNG bytes declared as JPEG, is ATTACHMENT_TYPE and nothing is stored', async () => {
    const before = await count();
    const text = await upload('ResearchTrip', w.attachments.tripIn, Buffer.from('这不是图片，只是文字。'), w.callers.admin.headers, '伪装.png', 'image/png');
    expect(text.status).toBe(415);
    expect(await codeOf(text)).toBe('ATTACHMENT_TYPE');
    const mismatch = await upload('ResearchTrip', w.attachments.tripIn, TINY_PNG, w.callers.admin.headers, '照片.jpg', 'image/jpeg');
    expect(await codeOf(mismatch)).toBe('ATTACHMENT_TYPE');
    const empty = await upload('ResearchTrip', w.attachments.tripIn, Buffer.alloc(0), w.callers.admin.headers);
    expect(await codeOf(empty)).toBe('ATTACHMENT_TYPE');
    expect(await count()).toBe(before);
  });

  it('keeps at most 20 files on one record (ATTACHMENT_LIMIT), counting only files not withdrawn', async () => {
    const recordId = w.personRecords.contactLinkInOther;
    for (let i = 0; i < 20; i += 1) expect((await upload('ContactLink', recordId, TINY_PNG, w.callers.admin.headers, `${i}.png`)).status).toBe(201);
    const over = await upload('ContactLink', recordId, TINY_PNG, w.callers.admin.headers);
    expect(over.status).toBe(409);
    expect(await codeOf(over)).toBe('ATTACHMENT_LIMIT');
    expect(await count(`select count(*) as n from attachment where record_id = '${recordId}'`)).toBe(20);
    const first = (await api.ok<{ attachments: { id: string }[] }>(LIST, { t: 'ContactLink', r: recordId })).attachments[0]?.id ?? '';
    await api.ok(DELETE, { id: first }, w.callers.admin.headers);
    expect((await upload('ContactLink', recordId, TINY_PNG, w.callers.admin.headers)).status).toBe(201);
  });

  it('shows a HEAD nothing of another farm: the download is 404 and the list NOT_FOUND', async () => {
    const res = await download(w.attachments.out, w.callers.head.headers);
    expect(res.status).toBe(404);
    expect(await codeOf(res)).toBe('NOT_FOUND');
    const list = await api.exec(LIST, { t: 'ResearchTrip', r: w.attachments.tripOut }, w.callers.head.headers);
    expect(list.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(list.data).toBeNull();
    // Their own farm's attachment they may read.
    expect((await download(w.attachments.in, w.callers.head.headers)).status).toBe(200);
    expect((await download(w.attachments.out, w.callers.otherAdmin.headers)).status).toBe(200);
    expect((await download(w.attachments.in, {})).status).toBe(401);
  });

  it('refuses a CADRE an attachment on someone else\'s record or on a kind only ADMINs change, storing nothing', async () => {
    const before = await count();
    const foreign = await upload('ContactLink', w.personRecords.contactLinkInOther, TINY_PNG, w.callers.cadre.headers);
    expect(foreign.status).toBe(403);
    expect(await codeOf(foreign)).toBe('FORBIDDEN');
    const [visitCase] = await db.orm.em.fork().getConnection().execute<{ id: string }[]>(
      `select v.id from visit_case v join org_unit u on u.id = v.unit_id where u.path like ?`, [`${w.paths.heshan}%`],
    );
    const adminOnly = await upload('VisitCase', visitCase?.id ?? '', TINY_PNG, w.callers.cadre.headers);
    expect(adminOnly.status).toBe(403);
    const noSuch = await upload('ResearchTrip', '00000000-0000-4000-8000-000000000000', TINY_PNG, w.callers.cadre.headers);
    expect(noSuch.status).toBe(403);
    expect(await count()).toBe(before);
    // An ADMIN may attach to the visit case.
    expect((await upload('VisitCase', visitCase?.id ?? '', PDF, w.callers.admin.headers, '来访登记单扫描件.pdf', 'application/pdf')).status).toBe(201);
  });

  it('never lets an API token, a HEAD or an anonymous caller upload, nor an ADMIN outside their farm', async () => {
    const before = await count();
    const token = await upload('ResearchTrip', w.attachments.tripIn, TINY_PNG, w.callers.token.headers);
    expect(token.status).toBe(403);
    expect(await codeOf(token)).toBe('FORBIDDEN');
    expect((await upload('ResearchTrip', w.attachments.tripIn, TINY_PNG, w.callers.head.headers)).status).toBe(403);
    expect((await upload('ResearchTrip', w.attachments.tripIn, TINY_PNG, {})).status).toBe(401);
    const other = await upload('ResearchTrip', w.attachments.tripOut, TINY_PNG, w.callers.admin.headers);
    expect(other.status).toBe(403);
    const unknown = await upload('NoSuchRecord', w.attachments.tripIn, TINY_PNG, w.callers.admin.headers);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorBody).errors[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'recordType' });
    expect(await count()).toBe(before);
  });

  it('accepts the session cookie only with the CSRF header the GraphQL endpoint also requires', async () => {
    const session = (w.callers.admin.headers['authorization'] ?? '').replace(/^Bearer /, '');
    const cookie = { cookie: `lianxi_session=${session}` };
    const before = await count();
    const bare = await upload('ResearchTrip', w.attachments.tripIn, TINY_PNG, cookie);
    expect(bare.status).toBe(400);
    expect(await codeOf(bare)).toBe('BAD_REQUEST');
    expect(await count()).toBe(before);
    const withHeader = await upload('ResearchTrip', w.attachments.tripIn, TINY_PNG, { ...cookie, 'apollo-require-preflight': 'true' });
    expect(withHeader.status).toBe(201);
  });

  it('withdraws an attachment (soft delete, audited): no longer listed or served, the row kept', async () => {
    const res = await upload('ResearchTrip', w.attachments.tripIn, TINY_PNG, w.callers.cadre.headers, '撤回.png');
    const a = ((await res.json()) as { attachment: Uploaded }).attachment;
    for (const c of [w.callers.head, w.callers.token, w.callers.otherAdmin]) {
      expect((await api.exec(DELETE, { id: a.id }, c.headers)).errors?.[0]?.extensions?.['code'], c.name).toBe('FORBIDDEN');
    }
    expect((await api.ok<{ deleteAttachment: boolean }>(DELETE, { id: a.id }, w.callers.cadre.headers)).deleteAttachment).toBe(true);
    const list = await api.ok<{ attachments: { id: string }[] }>(LIST, { t: 'ResearchTrip', r: w.attachments.tripIn }, w.callers.admin.headers);
    expect(list.attachments.map((x) => x.id)).not.toContain(a.id);
    expect((await download(a.id, w.callers.admin.headers)).status).toBe(404);
    expect((await api.exec(DELETE, { id: a.id }, w.callers.admin.headers)).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(await count(`select count(*) as n from attachment where id = '${a.id}' and deleted_at is not null`)).toBe(1);
    const audit = await db.orm.em.fork().getConnection().execute<{ action: string; changes: Record<string, [unknown, unknown]> }[]>(
      `select action, changes from audit_log where entity = 'Attachment' and entity_id = ? order by id`, [a.id],
    );
    expect(audit.map((r) => r.action)).toEqual(['CREATE', 'UPDATE']);
    expect(audit[1]?.changes['deletedAt']?.[0]).toBeNull();
  });

  it('serves nothing of a withdrawn record: its attachments are neither listed nor downloaded, nor can new ones be added', async () => {
    const recordId = await experienceOf(w.ids.personIn);
    const res = await upload('Experience', recordId, TINY_PNG, w.callers.admin.headers);
    const a = ((await res.json()) as { attachment: Uploaded }).attachment;
    expect((await download(a.id, w.callers.admin.headers)).status).toBe(200);
    await db.orm.em.fork().getConnection().execute(`update experience set deleted_at = now() where id = ?`, [recordId]);
    expect((await download(a.id, w.callers.admin.headers)).status).toBe(404);
    const list = await api.exec(LIST, { t: 'Experience', r: recordId }, w.callers.admin.headers);
    expect(list.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect((await upload('Experience', recordId, TINY_PNG, w.callers.admin.headers)).status).toBe(404);
  });

  async function experienceOf(personId: string): Promise<string> {
    const [row] = await db.orm.em.fork().getConnection().execute<{ id: string }[]>('select id from experience where person_id = ? limit 1', [personId]);
    return row?.id ?? '';
  }
});
