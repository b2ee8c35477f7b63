import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type LianxiServer } from '../../server.js';
import { createTestApi, type TestApi } from '../../test/gql.js';
import { createTestDb, type TestDb } from '../../test/test-db.js';
import { receptionWorld, type ReceptionWorld } from '../reception/reception.test-world.js';
import { DEFAULT_CHROMIUM } from './visit-case.pdf.js';
import { visitCasePrintRouter } from './visit-case.print.js';

const CREATE = `mutation($i: CreateVisitCaseInput!) { createVisitCase(input: $i) { id } }`;

describe('the PDF of a case’s printable forms', () => {
  let db: TestDb;
  let api: TestApi;
  let w: ReceptionWorld;
  let http: LianxiServer;
  let base: string;
  let heshanCase: string;
  let otherCase: string;

  beforeAll(async () => {
    db = await createTestDb();
    api = await createTestApi(db.orm);
    w = await receptionWorld(api);
    http = await createServer(db.orm, { logError: () => {} });
    await new Promise<void>((resolve) => http.httpServer.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(http.httpServer.address() as AddressInfo).port}`;
    const create = async (unitId: string, matter: string) =>
      (await api.ok<{ createVisitCase: { id: string } }>(CREATE, {
        i: { unitId, registeredOn: '2025-03-03', visitors: [{ name: '赵秀芝', phone: '13600001234' }], matter, category: 'CLAIM_COMPLAINT' },
      })).createVisitCase.id;
    heshanCase = await create(w.t.heshan.id, '鹤山农场职工反映供暖不达标');
    otherCase = await create(w.t.other.id, '尖山农场职工反映道路失修');
  });
  afterAll(async () => {
    await http?.stop();
    http?.httpServer.close();
    await db?.drop();
  });

  it.skipIf(!existsSync(process.env['LIANXI_CHROMIUM'] || DEFAULT_CHROMIUM))('renders the forms of a case in scope as PDF bytes for its farm’s HEAD', async () => {
    const res = await fetch(`${base}/print/visit-cases/${heshanCase}.pdf`, { headers: w.headers.head });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/pdf');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(1000);
  }, 60_000);

  it('answers 404 to a HEAD of another farm (a HEAD request too) and 401 without a sign-in, as the HTML view does', async () => {
    const other = await fetch(`${base}/print/visit-cases/${otherCase}.pdf`, { method: 'HEAD', headers: w.headers.head });
    expect(other.status).toBe(404);
    expect((await fetch(`${base}/print/visit-cases/${otherCase}.pdf`, { headers: w.headers.head })).status).toBe(404);
    expect((await fetch(`${base}/print/visit-cases/${heshanCase}.pdf`)).status).toBe(401);
  });

  it('answers 501 in Chinese and English pointing at the HTML print view when no Chromium is installed', async () => {
    // The same router with a machine that has no browser; the access checks still come first.
    const app = express();
    app.use(visitCasePrintRouter(http.contextFor, () => null));
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/print/visit-cases`;
      const res = await fetch(`${url}/${heshanCase}.pdf`, { headers: w.headers.head });
      expect(res.status).toBe(501);
      const text = await res.text();
      expect(text).toContain('未安装 Chromium');
      expect(text).toContain('Chromium is not installed');
      expect(text).toContain(`/print/visit-cases/${heshanCase}`);
      expect((await fetch(`${url}/${otherCase}.pdf`, { headers: w.headers.head })).status).toBe(404);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
