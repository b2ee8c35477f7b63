// The demo bureau (src/seed/demo-bureau.ts) grown to about ten times its size for the benchmarks: every farm's
// management areas (with their groups, branches, households and people) appear twice, residents' groups are
// copied until there are about 2,000, and ordinary staff are copied until the roster holds 20,000 people.
// Plain data in, plain data out: seedDemo() writes it like the demo, so the shapes, kinds, flags, profiles and
// positions are the demo's own. Deterministic (no randomness), so every run builds the same tree.

const AREA_KINDS = new Set(['MANAGEMENT_AREA', 'WORK_STATION', 'LIVESTOCK_AREA']);

/**
 * @param {import('../dist/seed/demo-bureau.js').DemoBureau} demo
 * @param {{ groups?: number, people?: number }} [target]
 */
export function scaleBureau(demo, target = {}) {
  const wantGroups = target.groups ?? 2000;
  const wantPeople = target.people ?? 20000;
  const units = [...demo.units];
  const households = [...demo.households];
  const people = [...demo.people];
  const positions = [...demo.positions];
  const deputyTerms = [...demo.deputyTerms];
  const byKey = new Map(units.map((u) => [u.key, u]));
  const childrenOf = new Map();
  for (const u of units) {
    if (!u.parentKey) continue;
    const list = childrenOf.get(u.parentKey) ?? [];
    list.push(u);
    childrenOf.set(u.parentKey, list);
  }
  const householdsOf = new Map();
  for (const h of households) {
    const list = householdsOf.get(h.unitKey) ?? [];
    list.push(h);
    householdsOf.set(h.unitKey, list);
  }
  const positionsAt = new Map();
  for (const p of positions) {
    const list = positionsAt.get(p.unitKey) ?? [];
    list.push(p);
    positionsAt.set(p.unitKey, list);
  }
  const personByKey = new Map(people.map((p) => [p.key, p]));
  let personSeq = 0;
  let householdSeq = 0;
  const clonePerson = (p) => {
    personSeq += 1;
    const c = { ...p, key: `PX${String(personSeq).padStart(6, '0')}` };
    people.push(c);
    return c;
  };

  /** Copies a unit and everything under it beneath `parentKey`, with codes ending in `tag`. */
  const cloneSubtree = (u, parentKey, tag, nameSuffix) => {
    const code = `${u.code}${tag}`;
    const copy = { ...u, key: code, code, parentKey, name: `${u.name}${nameSuffix}` };
    units.push(copy);
    byKey.set(copy.key, copy);
    for (const h of householdsOf.get(u.key) ?? []) {
      householdSeq += 1;
      households.push({ ...h, key: `HX${String(householdSeq).padStart(6, '0')}`, unitKey: copy.key });
    }
    // Each post in the copy is held by a copy of its holder: the same profile, another person.
    for (const pos of positionsAt.get(u.key) ?? []) {
      const holder = personByKey.get(pos.personKey);
      if (!holder) continue;
      const c = clonePerson(holder);
      positions.push({ ...pos, personKey: c.key, unitKey: copy.key });
    }
    for (const child of childrenOf.get(u.key) ?? []) cloneSubtree(child, copy.key, tag, '');
    return copy;
  };

  // 1. Every farm's areas twice.
  const areas = demo.units.filter((u) => AREA_KINDS.has(u.kind) && byKey.get(u.parentKey ?? '')?.kind === 'FARM');
  for (const a of areas) cloneSubtree(a, a.parentKey, 'B', '（二）');

  // 2. Residents' groups copied within their parent until there are about `wantGroups`.
  const groups = units.filter((u) => u.kind === 'RESIDENTS_GROUP');
  const n = groups.length;
  for (let i = 0; i < n && n < wantGroups; i++) {
    const copies = Math.floor(((i + 1) * wantGroups) / n) - Math.floor((i * wantGroups) / n) - 1;
    for (let k = 1; k <= copies; k++) {
      const g = groups[i];
      // Households of copied groups are the source group's (by key), so index them first.
      if (!householdsOf.has(g.key)) householdsOf.set(g.key, households.filter((h) => h.unitKey === g.key));
      if (!positionsAt.has(g.key)) positionsAt.set(g.key, positions.filter((p) => p.unitKey === g.key));
      cloneSubtree(g, g.parentKey, `G${k}`, `${k + 1}`);
    }
  }

  // 3. Ordinary staff (one post, no leadership role) copied round-robin until the roster is full.
  const postsOf = new Map();
  for (const p of positions) postsOf.set(p.personKey, [...(postsOf.get(p.personKey) ?? []), p]);
  const ordinary = people.filter((p) => {
    const ps = postsOf.get(p.key) ?? [];
    return ps.length === 1 && !ps[0].leadershipTeam && !ps[0].principal && !ps[0].partySecretary && !ps[0].branchHead && !ps[0].deptHead;
  });
  for (let i = 0; people.length < wantPeople && ordinary.length; i++) {
    const src = ordinary[i % ordinary.length];
    const c = clonePerson(src);
    const pos = (postsOf.get(src.key) ?? [])[0];
    if (pos) positions.push({ ...pos, personKey: c.key });
  }

  return { units, households, people, positions, deputyTerms };
}
