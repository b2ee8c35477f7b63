// Domain vocabulary shared by the API (enums, validation) and the admin (labels). Titles are {zh, en}.

export interface Title {
  zh: string;
  en: string;
}

export const ORG_UNIT_KINDS = [
  'BUREAU',
  'BUREAU_DEPARTMENT',
  'DIRECT_UNIT',
  'FARM',
  'FARM_DEPARTMENT',
  'MANAGEMENT_AREA',
  'WORK_STATION',
  'LIVESTOCK_AREA',
  'COMMUNITY',
  'RESIDENTIAL_QUARTER',
  'RESIDENTS_GROUP',
  'ENTERPRISE',
  'INDUSTRIAL_PROJECT',
  'COOPERATIVE',
  'PRODUCTION_POINT',
  'PARTY_BRANCH',
] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const ORG_UNIT_KIND_TITLES: Record<OrgUnitKind, Title> = {
  BUREAU: { zh: '管理局', en: 'Bureau' },
  BUREAU_DEPARTMENT: { zh: '管理局机关部门', en: 'Bureau department' },
  DIRECT_UNIT: { zh: '局直单位', en: 'Bureau-direct unit' },
  FARM: { zh: '农场', en: 'Farm' },
  FARM_DEPARTMENT: { zh: '农场机关部门', en: 'Farm department' },
  MANAGEMENT_AREA: { zh: '管理区', en: 'Management area' },
  WORK_STATION: { zh: '作业站', en: 'Work station' },
  LIVESTOCK_AREA: { zh: '畜牧养殖区', en: 'Livestock area' },
  COMMUNITY: { zh: '社区', en: 'Community' },
  RESIDENTIAL_QUARTER: { zh: '居民小区', en: 'Residential quarter' },
  RESIDENTS_GROUP: { zh: '居民组', en: "Residents' group" },
  ENTERPRISE: { zh: '工业企业', en: 'Industrial enterprise' },
  INDUSTRIAL_PROJECT: { zh: '工业项目', en: 'Industrial project' },
  COOPERATIVE: { zh: '农业合作组织', en: 'Agricultural cooperative' },
  PRODUCTION_POINT: { zh: '生产作业点', en: 'Production point' },
  PARTY_BRANCH: { zh: '基层党支部', en: 'Grassroots Party branch' },
};

/**
 * Which kinds may sit directly under which. `null` is the root: only a bureau stands without a parent.
 * A Party branch may sit under any unit that has a Party organisation.
 */
export const ALLOWED_PARENT_KINDS: Record<OrgUnitKind, readonly (OrgUnitKind | null)[]> = {
  BUREAU: [null],
  BUREAU_DEPARTMENT: ['BUREAU'],
  DIRECT_UNIT: ['BUREAU'],
  FARM: ['BUREAU'],
  FARM_DEPARTMENT: ['FARM'],
  MANAGEMENT_AREA: ['FARM'],
  WORK_STATION: ['FARM'],
  LIVESTOCK_AREA: ['FARM'],
  COMMUNITY: ['FARM'],
  RESIDENTIAL_QUARTER: ['COMMUNITY'],
  RESIDENTS_GROUP: ['MANAGEMENT_AREA', 'WORK_STATION', 'LIVESTOCK_AREA', 'COMMUNITY', 'RESIDENTIAL_QUARTER'],
  ENTERPRISE: ['BUREAU', 'FARM'],
  INDUSTRIAL_PROJECT: ['FARM', 'ENTERPRISE'],
  COOPERATIVE: ['FARM', 'MANAGEMENT_AREA'],
  PRODUCTION_POINT: ['FARM', 'MANAGEMENT_AREA', 'WORK_STATION', 'LIVESTOCK_AREA'],
  PARTY_BRANCH: [
    'BUREAU',
    'BUREAU_DEPARTMENT',
    'DIRECT_UNIT',
    'FARM',
    'FARM_DEPARTMENT',
    'MANAGEMENT_AREA',
    'WORK_STATION',
    'LIVESTOCK_AREA',
    'COMMUNITY',
    'ENTERPRISE',
    'COOPERATIVE',
  ],
};

export function isAllowedParent(kind: OrgUnitKind, parentKind: OrgUnitKind | null): boolean {
  return ALLOWED_PARENT_KINDS[kind].includes(parentKind);
}

/** The kinds a unit of `parentKind` may have as children (for pickers). */
export function allowedChildKinds(parentKind: OrgUnitKind | null): OrgUnitKind[] {
  return ORG_UNIT_KINDS.filter((k) => ALLOWED_PARENT_KINDS[k].includes(parentKind));
}

export const UNIT_FLAGS = ['LAGGING', 'HEAVY_PETITION_LOAD'] as const;
export type UnitFlag = (typeof UNIT_FLAGS)[number];
export const UNIT_FLAG_TITLES: Record<UnitFlag, Title> = {
  LAGGING: { zh: '后进', en: 'Lagging' },
  HEAVY_PETITION_LOAD: { zh: '信访任务重', en: 'Heavy petition load' },
};

export const SECTORS = [
  'MANAGEMENT_AREA',
  'COMMUNITY',
  'ORGAN',
  'ENTERPRISE',
  'EDUCATION',
  'HEALTH',
  'WINDOW_SERVICE',
  'AGRICULTURE',
] as const;
export type Sector = (typeof SECTORS)[number];
export const SECTOR_TITLES: Record<Sector, Title> = {
  MANAGEMENT_AREA: { zh: '管理区', en: 'Management area' },
  COMMUNITY: { zh: '社区', en: 'Community' },
  ORGAN: { zh: '机关事业单位', en: 'Organ / institution' },
  ENTERPRISE: { zh: '企业', en: 'Enterprise' },
  EDUCATION: { zh: '教育', en: 'Education' },
  HEALTH: { zh: '卫生', en: 'Health' },
  WINDOW_SERVICE: { zh: '窗口服务', en: 'Window / service' },
  AGRICULTURE: { zh: '农业', en: 'Agriculture' },
};

export const HOUSEHOLD_FLAGS = [
  'WORKER_FAMILY',
  'POOR',
  'FIVE_GUARANTEES',
  'DISABLED_MEMBER',
  'EMPTY_NEST_ELDERLY',
  'LEFT_BEHIND_CHILDREN',
] as const;
export type HouseholdFlag = (typeof HOUSEHOLD_FLAGS)[number];
export const HOUSEHOLD_FLAG_TITLES: Record<HouseholdFlag, Title> = {
  WORKER_FAMILY: { zh: '职工家庭', en: 'Worker family' },
  POOR: { zh: '贫困户', en: 'Poor household' },
  FIVE_GUARANTEES: { zh: '五保户', en: 'Five guarantees' },
  DISABLED_MEMBER: { zh: '残疾人家庭', en: 'Disabled member' },
  EMPTY_NEST_ELDERLY: { zh: '空巢老人', en: 'Empty-nest elderly' },
  LEFT_BEHIND_CHILDREN: { zh: '留守儿童', en: 'Left-behind children' },
};
/** Households the policy calls needy (困难群众): S2.NEEDY, S2.COVER_LAGGING, S8.PAIR, S9.PAIR. */
export const NEEDY_HOUSEHOLD_FLAGS: readonly HouseholdFlag[] = [
  'POOR',
  'FIVE_GUARANTEES',
  'DISABLED_MEMBER',
  'EMPTY_NEST_ELDERLY',
  'LEFT_BEHIND_CHILDREN',
];

export const GENDERS = ['MALE', 'FEMALE'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_TITLES: Record<Gender, Title> = {
  MALE: { zh: '男', en: 'Male' },
  FEMALE: { zh: '女', en: 'Female' },
};

/** Ordered from lowest to highest. */
export const EDUCATION_LEVELS = [
  'PRIMARY',
  'JUNIOR_HIGH',
  'SENIOR_HIGH',
  'VOCATIONAL',
  'COLLEGE',
  'BACHELOR',
  'MASTER',
  'DOCTORATE',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export const EDUCATION_LEVEL_TITLES: Record<EducationLevel, Title> = {
  PRIMARY: { zh: '小学', en: 'Primary school' },
  JUNIOR_HIGH: { zh: '初中', en: 'Junior high school' },
  SENIOR_HIGH: { zh: '高中', en: 'Senior high school' },
  VOCATIONAL: { zh: '中专', en: 'Secondary vocational' },
  COLLEGE: { zh: '大专', en: 'College (dazhuan)' },
  BACHELOR: { zh: '本科', en: "Bachelor's degree" },
  MASTER: { zh: '硕士研究生', en: "Master's degree" },
  DOCTORATE: { zh: '博士研究生', en: 'Doctorate' },
};

/** Cadre ranks, lowest first. NONE: not a cadre (a worker or staff member without rank). */
export const RANKS = [
  'NONE',
  'CLERK',
  'DEPUTY_SECTION',
  'SECTION',
  'DEPUTY_DIVISION',
  'DIVISION',
  'DEPUTY_BUREAU',
  'BUREAU',
] as const;
export type Rank = (typeof RANKS)[number];
export const RANK_TITLES: Record<Rank, Title> = {
  NONE: { zh: '无职级', en: 'No rank' },
  CLERK: { zh: '科员', en: 'Clerk' },
  DEPUTY_SECTION: { zh: '副科级', en: 'Deputy section level' },
  SECTION: { zh: '正科级', en: 'Section level' },
  DEPUTY_DIVISION: { zh: '副处级', en: 'Deputy division level' },
  DIVISION: { zh: '正处级', en: 'Division level' },
  DEPUTY_BUREAU: { zh: '副厅级', en: 'Deputy bureau level' },
  BUREAU: { zh: '正厅级', en: 'Bureau level' },
};

export function rankAtLeast(rank: Rank, min: Rank): boolean {
  return RANKS.indexOf(rank) >= RANKS.indexOf(min);
}
