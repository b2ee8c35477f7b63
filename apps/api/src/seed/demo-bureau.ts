// A deterministic demo bureau (九三管理局) as plain data: units, households, people, positions, deputy terms.
// No database here: the seeder inserts it. Everything comes from one seeded PRNG consumed in a fixed order, so
// every call returns the same data and tests, screenshots and docs can name people and units by key.

import type { EducationLevel, Gender, HouseholdFlag, OrgUnitKind, Rank, Sector, UnitFlag } from '@lianxi/rules';
import {
  FARMS,
  FEMALE_GIVEN_OLD,
  FEMALE_GIVEN_YOUNG,
  ID_AREA_CODES,
  MALE_GIVEN_OLD,
  MALE_GIVEN_YOUNG,
  MOBILE_PREFIXES,
  QUARTER_NAMES,
  SURNAMES,
  zhNumber,
} from './demo-names.js';

export interface DemoUnit {
  key: string;
  parentKey: string | null;
  kind: OrgUnitKind;
  name: string;
  code: string;
  sector: Sector | null;
  flags: UnitFlag[];
}
export interface DemoHousehold {
  key: string;
  /** Always a RESIDENTS_GROUP. */
  unitKey: string;
  headName: string;
  address: string;
  /** 11-digit mobile. */
  phone: string;
  memberCount: number;
  flags: HouseholdFlag[];
}
export interface DemoPerson {
  key: string;
  name: string;
  gender: Gender;
  /** YYYY-MM-DD */
  birthDate: string;
  education: EducationLevel;
  partyMember: boolean;
  partyJoinedOn: string | null;
  rank: Rank;
  reserveCadre: boolean;
  grassrootsExperience: boolean;
  homeCommunityKey: string | null;
  phone: string;
  /** 18-char resident ID (GB 11643) with a valid check digit, consistent with birthDate and gender. */
  idNumber: string;
}
export interface DemoPosition {
  personKey: string;
  unitKey: string;
  /** Chinese, e.g. 党委书记, 场长, 副场长, 管理区主任, 部长 */
  title: string;
  leadershipTeam: boolean;
  principal: boolean;
  partySecretary: boolean;
  branchHead: boolean;
  deptHead: boolean;
  from: string;
  to: string | null;
}
export interface DemoDeputyTerm {
  personKey: string;
  electingUnitKey: string;
  from: string;
  to: string | null;
}
export interface DemoBureau {
  units: DemoUnit[];
  households: DemoHousehold[];
  people: DemoPerson[];
  positions: DemoPosition[];
  deputyTerms: DemoDeputyTerm[];
}

const SEED = 0x0903_2015; // 九三, 2015: any constant works; changing it reshuffles every name and count.
const TARGET_PEOPLE = 1500; // ordinary area workers are added until the roster reaches this size
const OLD_TERM = { from: '2021-11-01', to: '2026-10-31' } as const;
const NEW_TERM_FROM = '2026-11-01';
const TRANSFER_LAST_DAY = '2026-06-30';
const TRANSFER_FIRST_DAY = '2026-07-01';

/** mulberry32: tiny, fast, good enough for demo data, and identical on every platform. */
class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return at(xs, Math.floor(this.next() * xs.length));
  }
  /** Earlier entries more likely (index ~ r²): common surnames and crops come up more often. */
  pickSkewed<T>(xs: readonly T[]): T {
    const r = this.next();
    return at(xs, Math.floor(r * r * xs.length));
  }
  /** A valid calendar date in [yLo, yHi]. */
  date(yLo: number, yHi: number): string {
    const y = this.int(yLo, yHi);
    const m = this.int(1, 12);
    return ymd(y, m, this.int(1, daysInMonth(y, m)));
  }
}

function at<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new RangeError(`index ${i} out of ${xs.length}`);
  return x;
}
function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}
function ymd(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}
function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK = '10X98765432';
/** GB 11643 check character for the first 17 digits. */
function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * at(ID_WEIGHTS, i);
  return at([...ID_CHECK], sum % 11);
}

type Role = Partial<Pick<DemoPosition, 'leadershipTeam' | 'principal' | 'partySecretary' | 'branchHead' | 'deptHead'>>;
const LEAD: Role = { leadershipTeam: true };
const PRINCIPAL: Role = { leadershipTeam: true, principal: true };
const SECRETARY: Role = { leadershipTeam: true, principal: true, partySecretary: true };
const BRANCH: Role = { branchHead: true };
const HEAD: Role = { leadershipTeam: true, deptHead: true };
const STAFF: Role = {};

interface PersonSpec {
  /** Age range on 2026-01-01; birth year is 2025 − age, so the age holds on that day whatever the birthday. */
  age: readonly [number, number];
  male: number;
  edu: readonly EducationLevel[];
  party: number;
  rank: Rank;
  grassroots: number;
  home: string | null;
  reserve?: boolean;
}

const EDU_LEADER: readonly EducationLevel[] = ['BACHELOR', 'BACHELOR', 'MASTER', 'MASTER', 'COLLEGE', 'DOCTORATE'];
const EDU_CADRE: readonly EducationLevel[] = ['BACHELOR', 'BACHELOR', 'COLLEGE', 'COLLEGE', 'MASTER', 'VOCATIONAL'];
const EDU_AREA: readonly EducationLevel[] = ['COLLEGE', 'COLLEGE', 'BACHELOR', 'VOCATIONAL', 'SENIOR_HIGH'];
const EDU_WORKER: readonly EducationLevel[] = [
  'JUNIOR_HIGH',
  'JUNIOR_HIGH',
  'SENIOR_HIGH',
  'SENIOR_HIGH',
  'VOCATIONAL',
  'COLLEGE',
  'PRIMARY',
];

/** Bureau departments: name, code suffix, head title, deputy title, flags. */
const BUREAU_DEPTS: readonly [string, string, string, UnitFlag[]][] = [
  ['党委办公室', '主任', '副主任', []],
  ['组织部', '部长', '副部长', []],
  ['宣传部', '部长', '副部长', []],
  ['纪委', '纪委副书记', '纪委常委', []],
  ['信访办公室', '主任', '副主任', ['HEAVY_PETITION_LOAD']],
  ['农业发展部', '部长', '副部长', []],
  ['财务部', '部长', '副部长', []],
  ['社会事业部', '部长', '副部长', []],
  ['人力资源部', '部长', '副部长', []],
  ['工业发展部', '部长', '副部长', []],
];
const PARTY_DEPTS = new Set(['党委办公室', '组织部', '宣传部', '纪委']);

/** Bureau-direct units: name, sector, principal title, secretary title (or null), deputy title, staff titles. */
const DIRECT_UNITS: readonly [string, Sector, string, string | null, string, readonly string[]][] = [
  ['九三管理局医院', 'HEALTH', '院长', '党委书记', '副院长', ['主治医师', '护士长', '医师']],
  ['九三管理局第一中学', 'EDUCATION', '校长', '党总支书记', '副校长', ['教师', '班主任', '教研组长']],
  ['九三管理局公安局', 'ORGAN', '局长', '政委', '副局长', ['民警', '户籍民警']],
  ['九三管理局电视台', 'ORGAN', '台长', null, '副台长', ['记者', '编辑']],
  ['九三管理局政务服务中心', 'WINDOW_SERVICE', '主任', null, '副主任', ['窗口工作人员', '窗口工作人员']],
  ['九三管理局农业技术推广中心', 'AGRICULTURE', '主任', null, '副主任', ['农艺师', '技术员']],
];

const FARM_DEPTS: readonly [string, string, string, UnitFlag[]][] = [
  ['党委办公室', '主任', '副主任', []],
  ['组织部', '部长', '副部长', []],
  ['宣传部', '部长', '副部长', []],
  ['纪委', '纪委副书记', '纪委委员', []],
  ['信访办', '主任', '副主任', ['HEAVY_PETITION_LOAD']],
  ['农业科', '科长', '副科长', []],
  ['财务科', '科长', '副科长', []],
  ['社会事业科', '科长', '副科长', []],
];

/** Farm leadership beyond the two principals, in the order the team grows from 3 to 5 members. */
const FARM_DEPUTY_TITLES = ['党委副书记', '副场长', '副场长', '纪委书记', '副场长'] as const;
const BUREAU_LEADER_TITLES = ['党委副书记', '纪委书记', '副局长', '副局长', '副局长', '副局长', '工会主席'] as const;

const LAGGING_FARMS = new Set(['NB', 'YJ']);
/** Farms whose previous Party secretary was promoted to 副局长 on 2024-01-01 (gives ended positions). */
const PROMOTED_FROM = ['DXJ', 'QXP', 'SH'] as const;
/** Farm whose director retired at the end of 2025; the successor starts on 2026-01-01. */
const RETIRED_DIRECTOR_FARM = 'HWY';
/** Two 副场长 moved to another farm on 2026-07-01: from → to. */
const TRANSFERS: readonly [string, string][] = [
  ['JS', 'RJ'],
  ['NB', 'JB'],
];

const CROPS = ['大豆', '玉米', '水稻', '马铃薯', '杂粮'] as const;
const PRODUCTS = ['米业', '乳业', '种业', '粮油', '薯业', '豆制品'] as const;
const PROJECTS = ['大豆分离蛋白', '玉米淀粉', '生物有机肥', '马铃薯全粉', '杂粮精深加工'] as const;
const POINTS = ['水稻育秧基地', '农机作业点', '晒场', '种子加工点'] as const;
const WORKER_TITLES = ['职工', '种植户', '种植户', '农机手', '农业技术员', '职工'] as const;

class Generator {
  readonly rng = new Rng(SEED);
  readonly units: DemoUnit[] = [];
  readonly households: DemoHousehold[] = [];
  readonly people: DemoPerson[] = [];
  readonly positions: DemoPosition[] = [];
  readonly deputyTerms: DemoDeputyTerm[] = [];
  private readonly phones = new Set<string>();
  private readonly ids = new Set<string>();
  private readonly names = new Set<string>();
  /** Which congress delegation (bureau or farm) a person belongs to, for deputy terms. */
  readonly delegation = new Map<string, string>();
  /** Set before creating a farm's (or the bureau's) people. */
  delegationKey = '';

  unit(
    parent: DemoUnit | null,
    kind: OrgUnitKind,
    name: string,
    suffix: string,
    sector: Sector | null,
    flags: UnitFlag[] = [],
  ): DemoUnit {
    // The key is the code: unique, readable, and stable as long as the PRNG consumption order is unchanged.
    const code = parent ? `${parent.code}-${suffix}` : suffix;
    const u: DemoUnit = { key: code, parentKey: parent?.key ?? null, kind, name, code, sector, flags };
    this.units.push(u);
    return u;
  }

  phone(): string {
    for (;;) {
      const p = this.rng.pick(MOBILE_PREFIXES) + pad(this.rng.int(0, 99_999_999), 8);
      if (!this.phones.has(p)) {
        this.phones.add(p);
        return p;
      }
    }
  }

  fullName(gender: Gender, young: boolean): string {
    const chars =
      gender === 'MALE' ? (young ? MALE_GIVEN_YOUNG : MALE_GIVEN_OLD) : young ? FEMALE_GIVEN_YOUNG : FEMALE_GIVEN_OLD;
    const given = this.rng.chance(0.3) ? this.rng.pick(chars) : this.rng.pick(chars) + this.rng.pick(chars);
    return this.rng.pickSkewed(SURNAMES) + given;
  }

  person(spec: PersonSpec): DemoPerson {
    const gender: Gender = this.rng.chance(spec.male) ? 'MALE' : 'FEMALE';
    const age = this.rng.int(spec.age[0], spec.age[1]);
    const by = 2025 - age;
    const bm = this.rng.int(1, 12);
    const bd = this.rng.int(1, daysInMonth(by, bm));
    let name = this.fullName(gender, by >= 1985);
    // People are picked by name in the admin; distinct names keep the demo unambiguous.
    while (this.names.has(name)) name = this.fullName(gender, by >= 1985);
    this.names.add(name);
    const partyMember = this.rng.chance(spec.party);
    // Joined in the year of the 19th birthday or later, so always after turning 18, and never after 2025.
    const partyJoinedOn = partyMember ? this.rng.date(by + 19, Math.min(by + 35, 2025)) : null;
    const idNumber = this.idNumber(gender, ymd(by, bm, bd));
    const p: DemoPerson = {
      key: `P${pad(this.people.length + 1, 4)}`,
      name,
      gender,
      birthDate: ymd(by, bm, bd),
      education: this.rng.pick(spec.edu),
      partyMember,
      partyJoinedOn,
      rank: spec.rank,
      reserveCadre: spec.reserve ?? false,
      grassrootsExperience: this.rng.chance(spec.grassroots),
      homeCommunityKey: spec.home,
      phone: this.phone(),
      idNumber,
    };
    this.people.push(p);
    this.delegation.set(p.key, this.delegationKey);
    return p;
  }

  /** Unique resident ID: county code, birth date, sequence (odd 17th digit = male), GB 11643 check character. */
  idNumber(gender: Gender, birthDate: string): string {
    for (;;) {
      const seq = this.rng.int(0, 499) * 2 + (gender === 'MALE' ? 1 : 0);
      const first17 = `${this.rng.pick(ID_AREA_CODES)}${birthDate.replaceAll('-', '')}${pad(seq, 3)}`;
      const id = first17 + idCheckChar(first17);
      if (!this.ids.has(id)) {
        this.ids.add(id);
        return id;
      }
    }
  }

  /** A plausible start in the current post: not before `minAge`, nor before `earliest`, at the latest 2025. */
  since(p: DemoPerson, minAge = 24, earliest = 2012): string {
    const by = Number(p.birthDate.slice(0, 4));
    return this.rng.date(Math.min(Math.max(earliest, by + minAge), 2025), 2025);
  }

  pos(p: DemoPerson, u: DemoUnit, title: string, role: Role, from?: string, to: string | null = null): DemoPosition {
    // Leadership posts are held for a few years and reached in mid-career; staff posts may be older.
    const start = from ?? (role.leadershipTeam || role.deptHead ? this.since(p, 36, 2016) : this.since(p));
    const x: DemoPosition = {
      personKey: p.key,
      unitKey: u.key,
      title,
      leadershipTeam: role.leadershipTeam ?? false,
      principal: role.principal ?? false,
      partySecretary: role.partySecretary ?? false,
      branchHead: role.branchHead ?? false,
      deptHead: role.deptHead ?? false,
      from: start,
      to,
    };
    this.positions.push(x);
    return x;
  }

  /** A Party branch with its secretary, an ordinary Party member of the unit. */
  branch(parent: DemoUnit, name: string, suffix: string, home: string | null): DemoUnit {
    const b = this.unit(parent, 'PARTY_BRANCH', name, suffix, parent.sector);
    const s = this.person({ age: [35, 55], male: 0.65, edu: EDU_AREA, party: 1, rank: 'NONE', grassroots: 0.9, home });
    this.pos(s, b, '党支部书记', BRANCH);
    return b;
  }

  fillHouseholds(group: DemoUnit, addressPrefix: string, apartments: boolean, lagging: boolean): void {
    const n = this.rng.int(8, 14);
    const k = lagging ? 1.8 : 1; // lagging groups have more needy households, which is why they lag
    let door = 0;
    for (let i = 0; i < n; i++) {
      door += this.rng.int(1, 3);
      const flags = new Set<HouseholdFlag>();
      let members: number;
      if (this.rng.chance(0.02 * k)) {
        // 五保户: elderly, alone, no working member.
        members = 1;
        flags.add('FIVE_GUARANTEES');
        if (this.rng.chance(0.3)) flags.add('POOR');
        if (this.rng.chance(0.2)) flags.add('DISABLED_MEMBER');
      } else {
        members = at([1, 2, 2, 3, 3, 3, 4, 4, 5, 6], this.rng.int(0, 9));
        if (this.rng.chance(0.88)) flags.add('WORKER_FAMILY');
        if (this.rng.chance(0.05 * k)) flags.add('POOR');
        if (this.rng.chance(0.04 * k)) flags.add('DISABLED_MEMBER');
        if (this.rng.chance(0.06 * k)) {
          flags.add('EMPTY_NEST_ELDERLY');
          members = this.rng.int(1, 2);
        } else if (this.rng.chance(0.04 * k)) {
          flags.add('LEFT_BEHIND_CHILDREN');
          members = this.rng.int(2, 4);
        }
      }
      const where = apartments
        ? `${this.rng.int(1, 12)}号楼${this.rng.int(1, 4)}单元${this.rng.int(1, 6)}0${this.rng.int(1, 2)}室`
        : `${door}号`;
      const gender: Gender = this.rng.chance(0.8) ? 'MALE' : 'FEMALE';
      this.households.push({
        key: `H${pad(this.households.length + 1, 5)}`,
        unitKey: group.key,
        headName: this.fullName(gender, this.rng.chance(0.3)),
        address: `${addressPrefix}${group.name} ${where}`,
        phone: this.phone(),
        memberCount: members,
        // Stable order (the vocabulary's) so equal data compares equal.
        flags: (
          [
            'WORKER_FAMILY',
            'POOR',
            'FIVE_GUARANTEES',
            'DISABLED_MEMBER',
            'EMPTY_NEST_ELDERLY',
            'LEFT_BEHIND_CHILDREN',
          ] as const
        ).filter((f) => flags.has(f)),
      });
    }
  }

  group(
    parent: DemoUnit,
    index: number,
    suffix: string,
    addressPrefix: string,
    apartments: boolean,
    laggingP: number,
  ): DemoUnit {
    const lagging = this.rng.chance(laggingP);
    const g = this.unit(
      parent,
      'RESIDENTS_GROUP',
      `第${zhNumber(index)}居民组`,
      suffix,
      parent.sector,
      lagging ? ['LAGGING'] : [],
    );
    this.fillHouseholds(g, addressPrefix, apartments, lagging);
    return g;
  }
}

function g2(n: number): string {
  return pad(n, 2);
}

export function buildDemoBureau(): DemoBureau {
  const gen = new Generator();
  const rng = gen.rng;

  // ---- Units first (the whole tree), people after: bureau positions refer to farms (promotions). ----
  const bureau = gen.unit(null, 'BUREAU', '九三管理局', 'JS', 'ORGAN');
  const bureauDepts = BUREAU_DEPTS.map(([name, , , flags], i) =>
    gen.unit(bureau, 'BUREAU_DEPARTMENT', name, `D${g2(i + 1)}`, 'ORGAN', flags),
  );
  const directUnits = DIRECT_UNITS.map(([name, sector], i) =>
    gen.unit(bureau, 'DIRECT_UNIT', name, `U${g2(i + 1)}`, sector),
  );
  const bureauEnterprise = gen.unit(bureau, 'ENTERPRISE', '九三大豆产业集团有限公司', 'E01', 'ENTERPRISE');

  interface AreaLike {
    unit: DemoUnit;
    kind: 'AREA' | 'STATION' | 'LIVESTOCK';
    branches: DemoUnit[];
    groups: DemoUnit[];
  }
  interface FarmTree {
    code: string;
    farm: DemoUnit;
    depts: DemoUnit[];
    areas: AreaLike[];
    community: DemoUnit;
    quarters: { unit: DemoUnit; branch: DemoUnit; groups: DemoUnit[] }[];
    coops: DemoUnit[];
    enterprise: DemoUnit | null;
    project: DemoUnit | null;
    points: DemoUnit[];
  }
  const farms: FarmTree[] = [];
  for (const f of FARMS) {
    const laggingFarm = LAGGING_FARMS.has(f.code);
    const farm = gen.unit(bureau, 'FARM', f.name, f.code, 'ORGAN', laggingFarm ? ['LAGGING'] : []);
    const depts = FARM_DEPTS.map(([name, , , flags], i) =>
      gen.unit(farm, 'FARM_DEPARTMENT', name, `D${g2(i + 1)}`, 'ORGAN', flags),
    );
    const areas: AreaLike[] = [];
    const areaLagP = laggingFarm ? 0.3 : 0.1;
    const nAreas = rng.int(4, 8);
    for (let a = 1; a <= nAreas; a++) {
      const lag = rng.chance(areaLagP);
      areas.push({
        unit: gen.unit(
          farm,
          'MANAGEMENT_AREA',
          `第${zhNumber(a)}管理区`,
          `A${g2(a)}`,
          'MANAGEMENT_AREA',
          lag ? ['LAGGING'] : [],
        ),
        kind: 'AREA',
        branches: [],
        groups: [],
      });
    }
    if (rng.chance(0.5))
      areas.push({
        unit: gen.unit(farm, 'WORK_STATION', '第一作业站', 'W01', 'MANAGEMENT_AREA'),
        kind: 'STATION',
        branches: [],
        groups: [],
      });
    if (rng.chance(0.45))
      areas.push({
        unit: gen.unit(farm, 'LIVESTOCK_AREA', '畜牧养殖区', 'L01', 'MANAGEMENT_AREA'),
        kind: 'LIVESTOCK',
        branches: [],
        groups: [],
      });
    for (const a of areas) {
      const lagging = a.unit.flags.includes('LAGGING');
      const n = a.kind === 'AREA' ? rng.int(4, 6) : rng.int(2, 4);
      for (let g = 1; g <= n; g++) {
        a.groups.push(gen.group(a.unit, g, `G${g2(g)}`, `${f.name}${a.unit.name}`, false, lagging ? 0.25 : 0.06));
      }
      const nb = a.kind === 'AREA' ? rng.int(1, 2) : 1;
      for (let b = 1; b <= nb; b++) {
        const name = nb === 1 ? `${a.unit.name}党支部` : `${a.unit.name}第${zhNumber(b)}党支部`;
        a.branches.push(gen.unit(a.unit, 'PARTY_BRANCH', name, `Z${g2(b)}`, a.unit.sector));
      }
    }
    const community = gen.unit(farm, 'COMMUNITY', `${f.short}社区`, 'C01', 'COMMUNITY');
    const quarterNames = [...QUARTER_NAMES];
    const quarters: FarmTree['quarters'] = [];
    const nq = rng.int(2, 3);
    let groupNo = 0; // residents' groups are numbered across the whole community, as on the ground
    for (let q = 1; q <= nq; q++) {
      const qName = at(quarterNames.splice(rng.int(0, quarterNames.length - 1), 1), 0);
      const quarter = gen.unit(community, 'RESIDENTIAL_QUARTER', qName, `Q${g2(q)}`, 'COMMUNITY');
      const groups: DemoUnit[] = [];
      const n = rng.int(4, 6);
      for (let g = 1; g <= n; g++) {
        groups.push(gen.group(quarter, ++groupNo, `G${g2(g)}`, `${f.name}${community.name}${qName}`, true, 0.05));
      }
      // Quarters cannot hold a branch (ALLOWED_PARENT_KINDS), so a quarter's branch sits under the community.
      const branch = gen.unit(community, 'PARTY_BRANCH', `${qName}党支部`, `Z${g2(q)}`, 'COMMUNITY');
      quarters.push({ unit: quarter, branch, groups });
    }
    const crops = [...CROPS];
    const coops: DemoUnit[] = [];
    const nc = rng.int(1, 2);
    for (let c = 1; c <= nc; c++) {
      const crop = at(crops.splice(rng.int(0, crops.length - 1), 1), 0);
      // The second cooperative belongs to one management area, to show both allowed parents.
      const parent = c === 1 ? farm : rng.pick(areas.filter((a) => a.kind === 'AREA')).unit;
      coops.push(gen.unit(parent, 'COOPERATIVE', `${f.short}${crop}种植专业合作社`, `K${g2(c)}`, 'AGRICULTURE'));
    }
    const enterprise = rng.chance(0.75)
      ? gen.unit(farm, 'ENTERPRISE', `${f.short}${rng.pick(PRODUCTS)}有限公司`, 'E01', 'ENTERPRISE')
      : null;
    let project: DemoUnit | null = null;
    if (!enterprise || rng.chance(0.5)) {
      const name = `${f.short}年产${rng.int(2, 10)}万吨${rng.pick(PROJECTS)}项目`;
      project = gen.unit(
        enterprise && rng.chance(0.5) ? enterprise : farm,
        'INDUSTRIAL_PROJECT',
        name,
        'I01',
        'ENTERPRISE',
      );
    }
    const points: DemoUnit[] = [];
    const np = rng.int(1, 2);
    for (let s = 1; s <= np; s++) {
      const host = rng.pick(areas).unit;
      const what = host.kind === 'LIVESTOCK_AREA' ? rng.pick(['奶牛养殖点', '肉牛育肥点']) : rng.pick(POINTS);
      const suffix = `S${g2(points.filter((p) => p.parentKey === host.key).length + 1)}`;
      points.push(gen.unit(host, 'PRODUCTION_POINT', `${host.name}${what}`, suffix, 'AGRICULTURE'));
    }
    farms.push({ code: f.code, farm, depts, areas, community, quarters, coops, enterprise, project, points });
  }
  const farmByCode = new Map(farms.map((t) => [t.code, t]));
  const farmTree = (code: string): FarmTree => {
    const t = farmByCode.get(code);
    if (!t) throw new Error(`no farm ${code}`);
    return t;
  };
  // Bureau staff live in the bureau seat, next to 尖山农场, so their home community is 尖山社区.
  const seatCommunity = farmTree('JS').community.key;

  // ---- Bureau people ----
  gen.delegationKey = bureau.key;
  const deputyPool: DemoPerson[] = []; // first-term deputies, in the order chosen
  const secretary = gen.person({
    age: [52, 57],
    male: 0.9,
    edu: EDU_LEADER,
    party: 1,
    rank: 'BUREAU',
    grassroots: 1,
    home: seatCommunity,
  });
  gen.pos(secretary, bureau, '党委书记', SECRETARY);
  const director = gen.person({
    age: [48, 56],
    male: 0.85,
    edu: EDU_LEADER,
    party: 1,
    rank: 'DEPUTY_BUREAU',
    grassroots: 1,
    home: seatCommunity,
  });
  gen.pos(director, bureau, '局长', PRINCIPAL);
  deputyPool.push(secretary, director);
  let promoted = 0;
  BUREAU_LEADER_TITLES.forEach((title, i) => {
    const p = gen.person({
      age: [47, 57],
      male: 0.85,
      edu: EDU_LEADER,
      party: 1,
      rank: 'DEPUTY_BUREAU',
      grassroots: 0.95,
      home: seatCommunity,
    });
    if (title === '副局长' && promoted < PROMOTED_FROM.length) {
      // Former farm Party secretary promoted at the start of 2024: one ended position, one current.
      const from = farmTree(at(PROMOTED_FROM, promoted++));
      gen.pos(p, from.farm, '党委书记', SECRETARY, rng.date(2016, 2019), '2023-12-31');
      gen.pos(p, bureau, title, LEAD, '2024-01-01');
    } else {
      gen.pos(p, bureau, title, LEAD);
    }
    if (i < 3) deputyPool.push(p);
  });
  const deptHeads: DemoPerson[] = [];
  const branchHeads: DemoPerson[] = [];
  BUREAU_DEPTS.forEach(([name, headTitle, deputyTitle], i) => {
    const dept = at(bureauDepts, i);
    const partyDept = PARTY_DEPTS.has(name);
    const head = gen.person({
      age: [45, 56],
      male: 0.75,
      edu: EDU_LEADER,
      party: partyDept ? 1 : 0.92,
      rank: rng.chance(0.7) ? 'DIVISION' : 'DEPUTY_DIVISION',
      grassroots: 0.85,
      home: seatCommunity,
    });
    gen.pos(head, dept, headTitle, HEAD);
    deptHeads.push(head);
    const nd = rng.int(1, 2);
    for (let d = 0; d < nd; d++) {
      // The first deputy also runs the department's Party branch, so must be a member.
      const dep = gen.person({
        age: [38, 54],
        male: 0.6,
        edu: EDU_CADRE,
        party: d === 0 ? 1 : 0.8,
        rank: 'DEPUTY_DIVISION',
        grassroots: 0.7,
        home: seatCommunity,
      });
      gen.pos(dep, dept, deputyTitle, LEAD);
      if (d === 0) {
        const b = gen.unit(dept, 'PARTY_BRANCH', `${name}党支部`, 'Z01', 'ORGAN');
        gen.pos(dep, b, '党支部书记', BRANCH);
        branchHeads.push(dep);
      }
    }
    const ns = rng.int(2, 3);
    for (let s = 0; s < ns; s++) {
      const clerk = rng.chance(0.75);
      const st = gen.person({
        age: [24, 50],
        male: 0.5,
        edu: EDU_CADRE,
        party: partyDept ? 0.8 : 0.45,
        rank: clerk ? 'CLERK' : 'NONE',
        grassroots: 0.4,
        home: rng.chance(0.8) ? seatCommunity : null,
      });
      gen.pos(st, dept, clerk ? '科员' : '办事员', STAFF);
    }
  });
  DIRECT_UNITS.forEach(([, , principalTitle, secretaryTitle, deputyTitle, staffTitles], i) => {
    const u = at(directUnits, i);
    const big = secretaryTitle !== null; // hospital, school and police are 正处 units with their own Party committee
    const pr = gen.person({
      age: [45, 57],
      male: 0.75,
      edu: EDU_LEADER,
      party: 0.95,
      rank: big ? 'DIVISION' : 'DEPUTY_DIVISION',
      grassroots: 0.7,
      home: seatCommunity,
    });
    gen.pos(pr, u, principalTitle, PRINCIPAL);
    if (secretaryTitle) {
      const sec = gen.person({
        age: [45, 57],
        male: 0.75,
        edu: EDU_LEADER,
        party: 1,
        rank: 'DEPUTY_DIVISION',
        grassroots: 0.7,
        home: seatCommunity,
      });
      gen.pos(sec, u, secretaryTitle, { leadershipTeam: true, partySecretary: true });
    }
    const dep = gen.person({
      age: [38, 54],
      male: 0.6,
      edu: EDU_CADRE,
      party: 0.8,
      rank: big ? 'DEPUTY_DIVISION' : 'SECTION',
      grassroots: 0.5,
      home: seatCommunity,
    });
    gen.pos(dep, u, deputyTitle, LEAD);
    for (const t of staffTitles) {
      const st = gen.person({
        age: [25, 55],
        male: 0.45,
        edu: EDU_CADRE,
        party: 0.4,
        rank: 'NONE',
        grassroots: 0.3,
        home: rng.chance(0.7) ? seatCommunity : null,
      });
      gen.pos(st, u, t, STAFF);
    }
    const nb = big ? 2 : 1;
    for (let b = 1; b <= nb; b++) {
      const name = nb === 1 ? `${u.name}党支部` : `${u.name}第${zhNumber(b)}党支部`;
      gen.branch(u, name, `Z${g2(b)}`, seatCommunity);
    }
  });
  {
    const chair = gen.person({
      age: [45, 56],
      male: 0.85,
      edu: EDU_LEADER,
      party: 1,
      rank: 'DIVISION',
      grassroots: 0.6,
      home: seatCommunity,
    });
    gen.pos(chair, bureauEnterprise, '董事长', PRINCIPAL);
    const gm = gen.person({
      age: [40, 54],
      male: 0.8,
      edu: EDU_CADRE,
      party: 0.8,
      rank: 'DEPUTY_DIVISION',
      grassroots: 0.5,
      home: seatCommunity,
    });
    gen.pos(gm, bureauEnterprise, '总经理', LEAD);
    gen.branch(bureauEnterprise, `${bureauEnterprise.name}党支部`, 'Z01', seatCommunity);
  }

  // ---- Farm people ----
  const farmSecretaries: DemoPerson[] = [];
  const farmDirectors: DemoPerson[] = [];
  const areaSecretaries: DemoPerson[] = [];
  const workers: DemoPerson[] = [];
  const reserveSlots = { left: 8 }; // eight farms get a reserve cadre in their 组织部
  for (const t of farms) {
    gen.delegationKey = t.farm.key;
    const home = t.community.key;
    const promotedHere = (PROMOTED_FROM as readonly string[]).includes(t.code);
    const sec = gen.person({
      age: [46, 57],
      male: 0.9,
      edu: EDU_LEADER,
      party: 1,
      rank: 'DIVISION',
      grassroots: 1,
      home,
    });
    gen.pos(sec, t.farm, '党委书记', SECRETARY, promotedHere ? '2024-01-01' : undefined);
    farmSecretaries.push(sec);
    if (t.code === RETIRED_DIRECTOR_FARM) {
      const old = gen.person({
        age: [59, 59],
        male: 1,
        edu: EDU_CADRE,
        party: 1,
        rank: 'DIVISION',
        grassroots: 1,
        home,
      });
      gen.pos(old, t.farm, '场长', PRINCIPAL, rng.date(2014, 2016), '2025-12-31');
    }
    const dir = gen.person({
      age: [45, 55],
      male: 0.85,
      edu: EDU_LEADER,
      party: 0.95,
      rank: 'DIVISION',
      grassroots: 1,
      home,
    });
    gen.pos(dir, t.farm, '场长', PRINCIPAL, t.code === RETIRED_DIRECTOR_FARM ? '2026-01-01' : undefined);
    farmDirectors.push(dir);
    const nLead = rng.int(3, 5);
    for (let k = 0; k < nLead; k++) {
      const title = at(FARM_DEPUTY_TITLES, k);
      const p = gen.person({
        age: [45, 57],
        male: 0.8,
        edu: EDU_LEADER,
        party: title === '副场长' ? 0.85 : 1,
        rank: 'DEPUTY_DIVISION',
        grassroots: 0.95,
        home,
      });
      gen.pos(p, t.farm, title, LEAD);
    }
    FARM_DEPTS.forEach(([name, headTitle, deputyTitle], i) => {
      const dept = at(t.depts, i);
      const partyDept = PARTY_DEPTS.has(name);
      const head = gen.person({
        age: [38, 55],
        male: 0.7,
        edu: EDU_CADRE,
        party: partyDept ? 1 : 0.75,
        rank: 'SECTION',
        grassroots: 0.8,
        home,
      });
      gen.pos(head, dept, headTitle, HEAD);
      const dep = gen.person({
        age: [30, 50],
        male: 0.55,
        edu: EDU_CADRE,
        party: partyDept ? 1 : 0.55,
        rank: 'DEPUTY_SECTION',
        grassroots: 0.7,
        home,
      });
      gen.pos(dep, dept, deputyTitle, LEAD);
      // The branch is run by a member of the department's team (deputy first); failing that, by a staff member.
      const runner = dep.partyMember ? dep : head.partyMember ? head : null;
      if (runner) {
        const b = gen.unit(dept, 'PARTY_BRANCH', `${name}党支部`, 'Z01', 'ORGAN');
        gen.pos(runner, b, '党支部书记', BRANCH);
        if (i === 4) branchHeads.push(runner);
      } else {
        gen.branch(dept, `${name}党支部`, 'Z01', home);
      }
      const ns = rng.int(1, 3);
      for (let s = 0; s < ns; s++) {
        if (name === '组织部' && s === 0 && reserveSlots.left > 0) {
          // Reserve cadre fit for secondment (S3.ELIGIBLE): young, college+, member, ≤ section, never at the grassroots.
          reserveSlots.left--;
          const r = gen.person({
            age: [26, 34],
            male: 0.5,
            edu: ['BACHELOR', 'BACHELOR', 'MASTER', 'COLLEGE'],
            party: 1,
            rank: rng.chance(0.5) ? 'CLERK' : 'DEPUTY_SECTION',
            grassroots: 0,
            home,
            reserve: true,
          });
          gen.pos(r, dept, '科员', STAFF);
          continue;
        }
        const clerk = rng.chance(0.6);
        const st = gen.person({
          age: [24, 50],
          male: 0.5,
          edu: EDU_CADRE,
          party: partyDept ? 0.8 : 0.35,
          rank: clerk ? 'CLERK' : 'NONE',
          grassroots: 0.5,
          home,
        });
        gen.pos(st, dept, clerk ? '科员' : '办事员', STAFF);
      }
    });
    for (const a of t.areas) {
      const [headTitle, deputyTitle] = a.kind === 'STATION' ? ['站长', '副站长'] : ['主任', '副主任'];
      const s = gen.person({
        age: [40, 55],
        male: 0.85,
        edu: EDU_AREA,
        party: 1,
        rank: 'SECTION',
        grassroots: 1,
        home,
      });
      const since = gen.since(s, 36, 2016);
      gen.pos(s, a.unit, '党总支书记', SECRETARY, since);
      areaSecretaries.push(s);
      if (rng.chance(0.2)) {
        gen.pos(s, a.unit, headTitle, PRINCIPAL, since); // 书记兼主任: one person, both posts
      } else {
        const h = gen.person({
          age: [35, 55],
          male: 0.8,
          edu: EDU_AREA,
          party: 0.75,
          rank: 'SECTION',
          grassroots: 1,
          home,
        });
        gen.pos(h, a.unit, headTitle, PRINCIPAL);
      }
      const nd = a.kind === 'AREA' ? rng.int(1, 2) : 1;
      for (let d = 0; d < nd; d++) {
        // Some young deputies are reserve cadres already seasoned at the grassroots (not secondment priority).
        const young = rng.chance(0.15);
        const p = gen.person({
          age: young ? [28, 35] : [30, 52],
          male: 0.7,
          edu: EDU_AREA,
          party: young ? 1 : 0.45,
          rank: 'DEPUTY_SECTION',
          grassroots: 1,
          home,
          reserve: young,
        });
        gen.pos(p, a.unit, deputyTitle, LEAD);
      }
      const acc = gen.person({
        age: [25, 50],
        male: 0.4,
        edu: EDU_AREA,
        party: 0.3,
        rank: 'NONE',
        grassroots: 1,
        home: null,
      });
      gen.pos(acc, a.unit, '报账员', STAFF);
      for (const b of a.branches) {
        const p = gen.person({
          age: [35, 55],
          male: 0.75,
          edu: EDU_WORKER,
          party: 1,
          rank: 'NONE',
          grassroots: 1,
          home: null,
        });
        gen.pos(p, b, '党支部书记', BRANCH);
        branchHeads.push(p);
      }
      for (const g of a.groups) {
        if (!rng.chance(0.5)) continue;
        const p = gen.person({
          age: [35, 55],
          male: 0.7,
          edu: EDU_WORKER,
          party: 0.45,
          rank: 'NONE',
          grassroots: 1,
          home: null,
        });
        gen.pos(p, g, '居民组长', STAFF);
        workers.push(p);
      }
    }
    {
      const c = t.community;
      const s = gen.person({
        age: [40, 55],
        male: 0.5,
        edu: EDU_AREA,
        party: 1,
        rank: 'SECTION',
        grassroots: 1,
        home: c.key,
      });
      gen.pos(s, c, '党委书记', SECRETARY);
      const h = gen.person({
        age: [35, 52],
        male: 0.4,
        edu: EDU_AREA,
        party: 0.75,
        rank: 'SECTION',
        grassroots: 1,
        home: c.key,
      });
      gen.pos(h, c, '主任', PRINCIPAL);
      for (let d = 0; d < 2; d++) {
        const p = gen.person({
          age: [28, 50],
          male: 0.4,
          edu: EDU_AREA,
          party: 0.45,
          rank: 'DEPUTY_SECTION',
          grassroots: 1,
          home: c.key,
        });
        gen.pos(p, c, '副主任', LEAD);
      }
      const ns = rng.int(2, 4);
      for (let k = 0; k < ns; k++) {
        const clerk = rng.chance(0.3);
        const p = gen.person({
          age: [25, 50],
          male: 0.35,
          edu: EDU_AREA,
          party: 0.35,
          rank: clerk ? 'CLERK' : 'NONE',
          grassroots: 1,
          home: c.key,
        });
        gen.pos(p, c, rng.chance(0.5) ? '社区工作者' : '网格员', STAFF);
      }
      for (const q of t.quarters) {
        const p = gen.person({
          age: [38, 55],
          male: 0.45,
          edu: EDU_WORKER,
          party: 1,
          rank: 'NONE',
          grassroots: 1,
          home: c.key,
        });
        gen.pos(p, q.branch, '党支部书记', BRANCH);
        for (const g of q.groups) {
          if (!rng.chance(0.5)) continue;
          const l = gen.person({
            age: [35, 55],
            male: 0.4,
            edu: EDU_WORKER,
            party: 0.45,
            rank: 'NONE',
            grassroots: 1,
            home: c.key,
          });
          gen.pos(l, g, '居民组长', STAFF);
        }
      }
    }
    t.coops.forEach((c, i) => {
      const chair = gen.person({
        age: [35, 55],
        male: 0.85,
        edu: EDU_WORKER,
        party: 0.6,
        rank: 'NONE',
        grassroots: 1,
        home: null,
      });
      gen.pos(chair, c, '理事长', PRINCIPAL);
      const acc = gen.person({
        age: [25, 50],
        male: 0.4,
        edu: EDU_AREA,
        party: 0.3,
        rank: 'NONE',
        grassroots: 1,
        home: null,
      });
      gen.pos(acc, c, '会计', STAFF);
      if (i === 0 && rng.chance(0.5)) gen.branch(c, `${c.name}党支部`, 'Z01', null);
    });
    if (t.enterprise) {
      const e = t.enterprise;
      const gm = gen.person({
        age: [38, 55],
        male: 0.8,
        edu: EDU_CADRE,
        party: 0.8,
        rank: 'SECTION',
        grassroots: 0.6,
        home,
      });
      gen.pos(gm, e, '总经理', PRINCIPAL);
      const dgm = gen.person({
        age: [32, 52],
        male: 0.7,
        edu: EDU_CADRE,
        party: 0.6,
        rank: 'DEPUTY_SECTION',
        grassroots: 0.6,
        home,
      });
      gen.pos(dgm, e, '副总经理', LEAD);
      gen.branch(e, `${e.name}党支部`, 'Z01', home);
      const w = gen.person({
        age: [25, 50],
        male: 0.7,
        edu: EDU_WORKER,
        party: 0.3,
        rank: 'NONE',
        grassroots: 0.5,
        home,
      });
      gen.pos(w, e, '工人', STAFF);
    }
    if (t.project) {
      const pm = gen.person({
        age: [32, 52],
        male: 0.85,
        edu: EDU_CADRE,
        party: 0.6,
        rank: rng.chance(0.5) ? 'DEPUTY_SECTION' : 'NONE',
        grassroots: 0.6,
        home,
      });
      gen.pos(pm, t.project, '项目经理', PRINCIPAL);
    }
    for (const pt of t.points) {
      const p = gen.person({
        age: [30, 55],
        male: 0.85,
        edu: EDU_WORKER,
        party: 0.4,
        rank: 'NONE',
        grassroots: 1,
        home: null,
      });
      gen.pos(p, pt, '负责人', PRINCIPAL);
    }
  }

  // ---- Ordinary workers, spread round-robin over the area-like units until the roster is full ----
  const hosts = farms.flatMap((t) => t.areas.map((a) => ({ farm: t.farm.key, unit: a.unit })));
  for (let i = 0; gen.people.length < TARGET_PEOPLE; i++) {
    const h = at(hosts, i % hosts.length);
    gen.delegationKey = h.farm;
    const p = gen.person({
      age: [25, 55],
      male: 0.6,
      edu: EDU_WORKER,
      party: 0.35,
      rank: 'NONE',
      grassroots: 1,
      home: null,
    });
    gen.pos(p, h.unit, rng.pick(WORKER_TITLES), STAFF);
    workers.push(p);
  }

  // ---- Transfers on 2026-07-01: the old post ends the day before, the new one starts that day ----
  for (const [fromCode, toCode] of TRANSFERS) {
    const from = farmTree(fromCode).farm.key;
    const old = gen.positions.find((x) => x.unitKey === from && x.title === '副场长' && x.to === null);
    if (!old) throw new Error(`no 副场长 at ${fromCode}`);
    old.to = TRANSFER_LAST_DAY;
    gen.positions.push({ ...old, unitKey: farmTree(toCode).farm.key, from: TRANSFER_FIRST_DAY, to: null });
  }

  // ---- Deputies: ~60 in the 2021–2026 term, most re-elected for the term opening 2026-11-01 ----
  const members = (xs: DemoPerson[]): DemoPerson[] => xs.filter((p) => p.partyMember);
  const every = (xs: DemoPerson[], n: number): DemoPerson[] => xs.filter((_, i) => i % n === 0);
  const firstTerm = uniq([
    ...deputyPool,
    ...farmSecretaries,
    ...members(farmDirectors),
    ...every(deptHeads, 2),
    ...every(areaSecretaries, 8),
    ...every(branchHeads, 6),
    ...every(members(workers), 12),
  ]).slice(0, 60);
  const electing = (p: DemoPerson): string => gen.delegation.get(p.key) ?? bureau.key;
  const chosen = new Set(firstTerm.map((p) => p.key));
  const newcomers = members(workers)
    .filter((p) => !chosen.has(p.key))
    .filter((_, i) => i % 9 === 4)
    .slice(0, 15);
  firstTerm.forEach((p, i) => {
    gen.deputyTerms.push({ personKey: p.key, electingUnitKey: electing(p), from: OLD_TERM.from, to: OLD_TERM.to });
    // Principals always return; about one in four of the others steps down at the new congress.
    if (i < deputyPool.length + farmSecretaries.length || i % 4 !== 3) {
      gen.deputyTerms.push({ personKey: p.key, electingUnitKey: electing(p), from: NEW_TERM_FROM, to: null });
    }
  });
  for (const p of newcomers)
    gen.deputyTerms.push({ personKey: p.key, electingUnitKey: electing(p), from: NEW_TERM_FROM, to: null });

  return {
    units: gen.units,
    households: gen.households,
    people: gen.people,
    positions: gen.positions,
    deputyTerms: gen.deputyTerms,
  };
}

function uniq(xs: DemoPerson[]): DemoPerson[] {
  const seen = new Set<string>();
  return xs.filter((p) => (seen.has(p.key) ? false : (seen.add(p.key), true)));
}
