import { registerEnumType } from 'type-graphql';
import {
  EDUCATION_LEVELS,
  EDUCATION_LEVEL_TITLES,
  GENDERS,
  GENDER_TITLES,
  HOUSEHOLD_FLAGS,
  HOUSEHOLD_FLAG_TITLES,
  ORG_UNIT_KINDS,
  PROFILE_KEYS,
  PROFILE_TITLES,
  ORG_UNIT_KIND_TITLES,
  RANKS,
  RANK_TITLES,
  SECTORS,
  SECTOR_TITLES,
  UNIT_FLAGS,
  UNIT_FLAG_TITLES,
  type Title,
} from '@lianxi/rules';

/** type-graphql wants an enum object; the vocabulary lives in @lianxi/rules as arrays with titles. */
function enumOf<K extends string>(values: readonly K[], titles: Record<K, Title>, name: string, description: string) {
  const obj = Object.fromEntries(values.map((v) => [v, v])) as { [P in K]: P };
  registerEnumType(obj, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      values.map((v) => [v, { description: `${titles[v].zh} · ${titles[v].en}` }]),
    ) as { [P in K]: { description: string } },
  });
  return obj;
}

export const OrgUnitKindEnum = enumOf(ORG_UNIT_KINDS, ORG_UNIT_KIND_TITLES, 'OrgUnitKind', 'Kind of organisation unit.');
export const UnitFlagEnum = enumOf(UNIT_FLAGS, UNIT_FLAG_TITLES, 'UnitFlag', 'Flags a unit carries for the rules.');
export const SectorEnum = enumOf(SECTORS, SECTOR_TITLES, 'Sector', 'Sector of a unit (S2.MIX.ORGAN, S7.CONTENT).');
export const HouseholdFlagEnum = enumOf(HOUSEHOLD_FLAGS, HOUSEHOLD_FLAG_TITLES, 'HouseholdFlag', 'Flags a household carries.');
export const GenderEnum = enumOf(GENDERS, GENDER_TITLES, 'Gender', 'Gender.');
export const EducationLevelEnum = enumOf(EDUCATION_LEVELS, EDUCATION_LEVEL_TITLES, 'EducationLevel', 'Highest education, lowest first.');
export const RankEnum = enumOf(RANKS, RANK_TITLES, 'Rank', 'Cadre rank (职级), lowest first.');
export const ProfileKeyEnum = enumOf(PROFILE_KEYS, PROFILE_TITLES, 'ProfileKey', 'Position profile a rule applies to (spec: Subjects).');
