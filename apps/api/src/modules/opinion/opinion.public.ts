// The unit's public page of adoption feedback (§三(六)1: "以适当方式反馈或公布群众意见采纳处理情况"). Anyone may
// read it without signing in, so it reads with raw SQL that selects published feedback only — never an
// opinion's content, submitter or phone — rather than through the viewer-scoped EntityManager.

import express, { type Router } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../../db/orm.js';

export interface PublicFeedbackData {
  unitCode: string;
  unitName: string;
  decisions: {
    title: string;
    decidedOn: string;
    publishedOn: string;
    feedback: string;
    adopted: number;
    partlyAdopted: number;
    notAdopted: number;
  }[];
}

/** Null when no unit has this code. */
export async function publicFeedbackOf(em: Pick<EntityManager, 'getConnection'>, unitCode: string): Promise<PublicFeedbackData | null> {
  const conn = em.getConnection();
  const units = await conn.execute<{ id: string; code: string; name: string }[]>('select id, code, name from org_unit where code = ?', [unitCode]);
  const unit = units[0];
  if (!unit) return null;
  const rows = await conn.execute<
    { title: string; decided_on: string; published_on: string; feedback: string; adopted: number; partly: number; not_adopted: number }[]
  >(
    `select d.title, to_char(d.decided_on, 'YYYY-MM-DD') as decided_on, to_char(d.feedback_published_on, 'YYYY-MM-DD') as published_on,
            d.feedback,
            count(o.id) filter (where o.adoption = 'ADOPTED')::int as adopted,
            count(o.id) filter (where o.adoption = 'PARTLY')::int as partly,
            count(o.id) filter (where o.adoption = 'NOT_ADOPTED')::int as not_adopted
       from decision d left join opinion o on o.decision_id = d.id and o.deleted_at is null
      where d.unit_id = ? and d.deleted_at is null and d.decided_on is not null and d.feedback_published_on is not null and d.feedback is not null
      group by d.id
      order by d.feedback_published_on desc, d.id
      limit 200`,
    [unit.id],
  );
  return {
    unitCode: unit.code,
    unitName: unit.name,
    decisions: rows.map((r) => ({
      title: r.title,
      decidedOn: r.decided_on,
      publishedOn: r.published_on,
      feedback: r.feedback,
      adopted: r.adopted,
      partlyAdopted: r.partly,
      notAdopted: r.not_adopted,
    })),
  };
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export function renderFeedbackPage(data: PublicFeedbackData): string {
  const items = data.decisions.length
    ? data.decisions
        .map(
          (d) => `<article>
  <h2>${esc(d.title)}</h2>
  <p class="meta">决策日期 ${esc(d.decidedOn)} · 公布日期 ${esc(d.publishedOn)} · 采纳 ${d.adopted} 条，部分采纳 ${d.partlyAdopted} 条，未采纳 ${d.notAdopted} 条</p>
  <div class="text">${esc(d.feedback).replace(/\n/g, '<br>')}</div>
</article>`,
        )
        .join('\n')
    : '<p>暂无公布的意见采纳情况。</p>';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(data.unitName)} · 群众意见采纳情况公示</title>
<style>
body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.7}
h1{font-size:1.5rem;border-bottom:2px solid #b71c1c;padding-bottom:.4rem}
h2{font-size:1.15rem;margin-bottom:.2rem}
.meta{color:#666;font-size:.9rem;margin-top:0}
article{border-bottom:1px solid #eee;padding:.6rem 0 1rem}
</style>
</head>
<body>
<h1>${esc(data.unitName)} 群众意见采纳情况公示</h1>
${items}
</body>
</html>
`;
}

function notFoundPage(code: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>未找到单位</title></head><body><p>未找到单位代码为“${esc(code)}”的单位。</p></body></html>\n`;
}

/** GET /public/units/:code/feedback — server-rendered, no script, no sign-in. */
export function publicFeedbackRouter(orm: Orm): Router {
  const router = express.Router();
  router.get('/public/units/:code/feedback', async (req, res, next) => {
    try {
      const code = String(req.params['code'] ?? '').slice(0, 100);
      res.set({
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
        'x-content-type-options': 'nosniff',
        'cache-control': 'public, max-age=300',
      });
      const data = await publicFeedbackOf(orm.em, code);
      if (!data) {
        res.status(404).send(notFoundPage(code));
        return;
      }
      res.send(renderFeedbackPage(data));
    } catch (err) {
      next(err);
    }
  });
  return router;
}
