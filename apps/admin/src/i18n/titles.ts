import {
  EDUCATION_LEVEL_TITLES,
  GENDER_TITLES,
  HOUSEHOLD_FLAG_TITLES,
  ORG_UNIT_KIND_TITLES,
  PROFILE_TITLES,
  RANK_TITLES,
  SECTOR_TITLES,
  UNIT_FLAG_TITLES,
  type Title,
} from '@lianxi/rules';

/**
 * Every word the admin shows, as {zh, en} pairs in one table, so the two catalogues cannot drift apart:
 * the vocabulary (kinds, ranks, flags, profiles…) comes from @lianxi/rules, which the API's error messages use
 * too; field names and the admin's own words are kept here beside them.
 */
export interface TitleTree {
  [key: string]: Title | TitleTree;
}

export const ENUM_TITLES = {
  OrgUnitKind: ORG_UNIT_KIND_TITLES,
  UnitFlag: UNIT_FLAG_TITLES,
  Sector: SECTOR_TITLES,
  HouseholdFlag: HOUSEHOLD_FLAG_TITLES,
  Gender: GENDER_TITLES,
  EducationLevel: EDUCATION_LEVEL_TITLES,
  Rank: RANK_TITLES,
  Profile: PROFILE_TITLES,
} satisfies Record<string, Record<string, Title>>;

export type EnumName = keyof typeof ENUM_TITLES;

const t = (zh: string, en: string): Title => ({ zh, en });

const common = {
  createdAt: t('创建时间', 'Created'),
  updatedAt: t('更新时间', 'Updated'),
  q: t('搜索', 'Search'),
  id: t('编号', 'ID'),
  version: t('版本', 'Version'),
};

export const RESOURCE_TITLES: TitleTree = {
  orgUnits: {
    name: t('单位 |||| 单位', 'Unit |||| Units'),
    fields: {
      ...common,
      name: t('单位名称', 'Name'),
      code: t('单位编码', 'Code'),
      kind: t('单位类型', 'Kind'),
      kinds: t('单位类型', 'Kinds'),
      parentId: t('上级单位', 'Parent unit'),
      flags: t('单位标记', 'Flags'),
      flag: t('单位标记', 'Flag'),
      sector: t('行业领域', 'Sector'),
      depth: t('层级', 'Level'),
      childCount: t('下级单位', 'Child units'),
      householdCount: t('居民户', 'Households'),
      personCount: t('人员', 'People'),
      underId: t('所属上级（含各级）', 'Anywhere under'),
      ancestors: t('所属路径', 'Path'),
    },
  },
  households: {
    name: t('居民户 |||| 居民户', 'Household |||| Households'),
    fields: {
      ...common,
      headName: t('户主姓名', "Head's name"),
      address: t('住址', 'Address'),
      phone: t('联系电话', 'Phone'),
      memberCount: t('家庭人口', 'Members'),
      flags: t('家庭类别', 'Flags'),
      unitId: t('所属居民组', "Residents' group"),
      underId: t('所在单位（含下级）', 'Anywhere under'),
      needy: t('困难群众', 'Needy'),
    },
  },
  people: {
    name: t('人员 |||| 人员', 'Person |||| People'),
    fields: {
      ...common,
      name: t('姓名', 'Name'),
      gender: t('性别', 'Gender'),
      birthDate: t('出生日期', 'Birth date'),
      education: t('学历', 'Education'),
      partyMember: t('中共党员', 'Party member'),
      partyJoinedOn: t('入党日期', 'Joined the Party'),
      rank: t('职级', 'Rank'),
      ranks: t('职级', 'Ranks'),
      reserveCadre: t('后备干部', 'Reserve cadre'),
      grassrootsExperience: t('基层工作经历', 'Grassroots experience'),
      homeCommunityId: t('居住社区', 'Home community'),
      idNumber: t('身份证号', 'ID number'),
      phone: t('联系电话', 'Phone'),
      unitId: t('所在单位', 'Unit'),
      underId: t('所在单位（含下级）', 'Anywhere under'),
      positions: t('任职记录', 'Positions'),
      deputyTerms: t('党代表任期', 'Deputy terms'),
      profiles: t('当前身份', 'Current profiles'),
      currentPositions: t('现任职务', 'Current posts'),
    },
  },
  positions: {
    name: t('任职 |||| 任职记录', 'Position |||| Positions'),
    fields: {
      ...common,
      unitId: t('任职单位', 'Unit'),
      title: t('职务', 'Post'),
      from: t('任职开始', 'From'),
      to: t('任职结束', 'To'),
      leadershipTeam: t('领导班子成员', 'Leadership team'),
      principal: t('主要领导', 'Principal leader'),
      partySecretary: t('党组织书记', 'Party secretary'),
      branchHead: t('党支部负责人', 'Branch head'),
      deptHead: t('部门主要负责人', 'Department head'),
    },
  },
  deputyTerms: {
    name: t('党代表任期 |||| 党代表任期', 'Deputy term |||| Deputy terms'),
    fields: {
      ...common,
      personId: t('党代表', 'Deputy'),
      electingUnitId: t('选举单位', 'Electing unit'),
      from: t('任期开始', 'From'),
      to: t('任期结束', 'To'),
      activeOn: t('在任日期', 'Serving on'),
      underId: t('选举单位（含下级）', 'Electing unit anywhere under'),
    },
  },
};

/** The admin's own words: menus, page titles, buttons, errors of the client itself. */
export const APP_TITLES: TitleTree = {
  app: {
    title: t('联系 · 党员干部联系服务群众', 'Lianxi · Cadres in touch with the masses'),
    short: t('联系', 'Lianxi'),
    language: t('语言', 'Language'),
  },
  menu: {
    tree: t('组织机构', 'Organisation'),
  },
  tree: {
    title: t('组织机构树', 'Organisation tree'),
    search: t('按名称查找单位', 'Find a unit by name'),
    matches: t('找到 %{smart_count} 个单位 |||| 找到 %{smart_count} 个单位', '%{smart_count} unit found |||| %{smart_count} units found'),
    too_many: t('只显示前 %{shown} 个匹配，请输入更完整的名称', 'Showing the first %{shown} matches; type more of the name'),
    no_match: t('没有名称包含“%{q}”的单位', 'No unit name contains "%{q}"'),
    counts: t('%{children} 个下级 · %{people} 人 · %{households} 户', '%{children} below · %{people} people · %{households} households'),
    open: t('打开单位页面', 'Open the unit page'),
    hint: t('点击单位名称左侧的箭头展开下级，点击名称打开单位页面', 'Expand with the arrow, open a unit by its name'),
  },
  unit: {
    tab_summary: t('概况', 'Summary'),
    tab_children: t('下级单位', 'Child units'),
    tab_people: t('人员', 'People'),
    tab_households: t('居民户', 'Households'),
    add_child: t('新建下级单位', 'Add a child unit'),
    code_hint: t('字母、数字和短横线，例如 JS-HS-A01', 'Letters, digits and dashes, e.g. JS-HS-A01'),
    add_household: t('新建居民户', 'Add a household'),
    add_person: t('新建人员', 'Add a person'),
    no_parent: t('（无上级，仅管理局）', '(none: only a bureau)'),
    parent_kinds: t('可选上级类型：%{kinds}', 'Allowed parent kinds: %{kinds}'),
    people_under: t('本单位及下级单位的人员', 'People of this unit and below'),
    households_under: t('本单位及下级单位的居民户', 'Households of this unit and below'),
  },
  person: {
    current_positions: t('现任职务', 'Current posts'),
    no_profiles: t('当前无适用身份', 'No profile applies today'),
    position_history: t('任职记录（最新在前）', 'Positions (newest first)'),
    add_position: t('添加任职', 'Add a position'),
    ongoing: t('至今', 'present'),
    profiles_hint: t('按今日（%{date}）在任职务、职级、党员身份和党代表任期推算', 'Derived from posts held today (%{date}), rank, Party membership and deputy terms'),
  },
  household: {
    needy_only: t('仅困难群众', 'Needy only'),
    flag_filter: t('家庭类别', 'Household flags'),
    masked_hint: t('号码已脱敏显示；不修改则保持原号码', 'Shown masked; leave as is to keep the number'),
  },
  filter: {
    yes: t('是', 'Yes'),
    no: t('否', 'No'),
  },
  error: {
    network: t('无法连接服务器，请检查网络后重试', 'Cannot reach the server; check the network and retry'),
    load_failed: t('数据加载失败', 'The data could not be loaded'),
    retry: t('重试', 'Retry'),
    unexpected: t('服务器返回了无法识别的数据', 'The server sent an unexpected answer'),
    conflict: t('数据已被他人修改，请刷新后再保存', 'Someone else changed this record; reload before saving'),
  },
  csv: {
    yes: t('是', 'Yes'),
    no: t('否', 'No'),
  },
};
