import express, { type Router } from 'express';
import type { Ctx } from '../../graphql/context.js';
import { maskPhone } from '../common/mask.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { PersonEntity } from '../person/person.entity.js';
import type { VisitCaseEntity } from './visit-case.entity.js';
import { chromiumPath, htmlToPdf } from './visit-case.pdf.js';
import { getVisitCase } from './visit-case.service.js';
import { maskName } from './visit-case.type.js';

// The four forms and the record (四单一记录) as a government form prints: one A4 page each, in Chinese. Read
// through the caller's scope like any other read; visitors' names and phones stay masked on paper too, since a
// printout leaves the system's access control behind.

const CATEGORY_ZH = { SUGGESTION: '建议意见', MISCONDUCT_REPORT: '检举控告', CLAIM_COMPLAINT: '申诉求决', LITIGATION: '涉法涉诉' } as const;
const DECISION_ZH = { ACCEPTED: '受理', CROSS_LEVEL: '越级上访，不予受理，已引导至有权处理的层级', LEGAL_CHANNEL: '涉法涉诉，导入法律程序' } as const;
const SATISFACTION_ZH = { SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', DISSATISFIED: '不满意', NOT_STATED: '未表态' } as const;

function h(s: string | number | null | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const zhDate = (d: string | null | undefined) => (d ? `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日` : '');

function form(title: string, unit: string, rows: [string, string][], no: string): string {
  return `<section class="form"><h1>${h(unit)}<br>${h(title)}</h1><p class="no">编号：${h(no)}</p>
<table>${rows.map(([k, v]) => `<tr><th>${h(k)}</th><td>${v}</td></tr>`).join('')}</table></section>`;
}

async function nameOf(ctx: Ctx, entity: typeof PersonEntity | typeof OrgUnitEntity, id: string | null | undefined): Promise<string> {
  if (!id) return '';
  const row = await ctx.em.findOne(entity, { id });
  return row?.name ?? '（范围外）';
}

export async function printVisitCase(ctx: Ctx, id: string): Promise<string> {
  const e: VisitCaseEntity = await getVisitCase(ctx, id);
  const unit = await nameOf(ctx, OrgUnitEntity, e.unit.id);
  const receiver = await nameOf(ctx, PersonEntity, e.person?.id);
  const no = `${e.occurredOn.replace(/-/g, '')}-${e.id.slice(0, 8)}`;
  const visitors = e.visitors.map((v) => `${h(maskName(v.name))} ${h(maskPhone(v.phone) ?? '')}`).join('；');
  const reps = e.representatives.map((v) => h(maskName(v.name))).join('、');
  const out = [
    form('群众来访登记单', unit, [
      ['登记日期', zhDate(e.occurredOn)],
      ['来访人', visitors],
      ['来访人数', `${e.visitorCount}人`],
      ['推选代表', reps || '—'],
      ['接访人', h(receiver)],
      ['问题类别', CATEGORY_ZH[e.category]],
      ['来访事项', h(e.matter)],
      ['受理意见', e.decision ? `${DECISION_ZH[e.decision]}${e.redirectedTo ? `（${h(e.redirectedTo)}）` : ''}，${zhDate(e.decidedOn)}` : '待定'],
    ], no),
  ];
  if (e.assignedOn || e.objections.length) {
    out.push(form('群众来访交办单', unit, [
      ['交办日期', zhDate(e.assignedOn)],
      ['承办单位', h(await nameOf(ctx, OrgUnitEntity, e.handlingUnit?.id))],
      ['责任人', h(await nameOf(ctx, PersonEntity, e.responsiblePerson?.id))],
      ['交办意见', h(e.assignmentInstruction)],
      ['办理期限', zhDate(e.handleDueOn)],
      ['异议记录', e.objections.map((o) => `${zhDate(o.date)}：${h(o.reason)}`).join('<br>') || '—'],
    ], no));
  }
  e.supervisions.forEach((s, i) => {
    out.push(form(`群众来访督办单（第${i + 1}次）`, unit, [
      ['督办日期', zhDate(s.date)],
      ['督办人', h(s.supervisor)],
      ['督办意见', h(s.instruction)],
      ['办理进展', h(s.progress)],
    ], `${no}-${i + 1}`));
  });
  if (e.closedOn) {
    out.push(form('群众来访办结单', unit, [
      ['办结日期', zhDate(e.closedOn)],
      ['办理结果', h(e.result)],
      ['答复情况', `${h(e.reply)}（${zhDate(e.repliedOn)}）`],
      ['来访人满意度', e.satisfaction ? SATISFACTION_ZH[e.satisfaction] : ''],
      ['延期情况', e.extensionDays ? `延期${e.extensionDays}日：${h(e.extensionReason)}` : '未延期'],
    ], no));
  }
  out.push(form('接谈记录', unit, [
    ['接谈日期', zhDate(e.conversationOn)],
    ['接谈人', h(receiver)],
    ['记录', h(e.conversationRecord) || '（尚未记录）'],
  ], no));
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>来访事项 ${h(no)}</title>
<style>@page{size:A4;margin:20mm}body{font-family:"Noto Serif CJK SC","SimSun",serif;color:#000}.form{page-break-after:always}
h1{text-align:center;font-size:20pt;letter-spacing:.2em}.no{text-align:right}table{width:100%;border-collapse:collapse}
th,td{border:1px solid #000;padding:8px;font-size:12pt;vertical-align:top}th{width:22%;font-weight:normal;text-align:center}</style>
</head><body>${out.join('\n')}</body></html>`;
}

/**
 * `/print/visit-cases/:id` (HTML) and `/print/visit-cases/:id.pdf` (the same page as PDF through Chromium):
 * the forms of one case for a signed-in caller who may read it.
 */
export function visitCasePrintRouter(
  contextFor: (headers: Record<string, string | string[] | undefined>) => Promise<Ctx>,
  chromium: () => string | null = chromiumPath,
): Router {
  const router = express.Router();
  // Registered first: the HTML route's `:id` would otherwise take "<id>.pdf" as the id.
  router.get('/print/visit-cases/:id.pdf', async (req, res) => {
    const ctx = await contextFor(req.headers);
    if (ctx.viewer.kind === 'anonymous') {
      res.status(401).type('text/plain; charset=utf-8').send('请先登录');
      return;
    }
    const id = String(req.params['id']);
    let html: string;
    try {
      // The same read as the HTML view, so scope and masking are the same on paper and in the PDF.
      html = await printVisitCase(ctx, id);
    } catch (err) {
      const code = (err as { extensions?: { code?: string } }).extensions?.code;
      res.status(code === 'NOT_FOUND' ? 404 : 500).type('text/plain; charset=utf-8').send(code === 'NOT_FOUND' ? '找不到该来访事项' : '服务暂不可用');
      return;
    }
    const browser = chromium();
    if (!browser) {
      res
        .status(501)
        .type('text/plain; charset=utf-8')
        .send(`本服务器未安装 Chromium，无法生成 PDF；请打开打印页面 /print/visit-cases/${id} 用浏览器打印或另存为 PDF。\n` +
          `Chromium is not installed on this server, so no PDF can be made; open the print view /print/visit-cases/${id} and print or save it as PDF from the browser.`);
      return;
    }
    try {
      const pdf = await htmlToPdf(html, browser);
      res
        .set('Cache-Control', 'no-store')
        .set('Content-Disposition', `inline; filename="visit-case-${id.slice(0, 8)}.pdf"`)
        .type('application/pdf')
        .send(pdf);
    } catch {
      res.status(500).type('text/plain; charset=utf-8').send('生成 PDF 失败，请改用打印页面 · Could not make the PDF; use the print view');
    }
  });
  router.get('/print/visit-cases/:id', async (req, res) => {
    const ctx = await contextFor(req.headers);
    if (ctx.viewer.kind === 'anonymous') {
      res.status(401).type('text/plain; charset=utf-8').send('请先登录');
      return;
    }
    try {
      res.set('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(await printVisitCase(ctx, String(req.params['id'])));
    } catch (err) {
      const code = (err as { extensions?: { code?: string } }).extensions?.code;
      res.status(code === 'NOT_FOUND' ? 404 : 500).type('text/plain; charset=utf-8').send(code === 'NOT_FOUND' ? '找不到该来访事项' : '服务暂不可用');
    }
  });
  return router;
}
