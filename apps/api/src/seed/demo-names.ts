// Name lists for the demo bureau (demo-bureau.ts). Kept apart so the generator reads as structure, not data.

/** The eleven farms of 九三管理局 with the short code used in unit codes (pinyin initials). */
export const FARMS: readonly { name: string; short: string; code: string }[] = [
  { name: '鹤山农场', short: '鹤山', code: 'HS' },
  { name: '大西江农场', short: '大西江', code: 'DXJ' },
  { name: '尖山农场', short: '尖山', code: 'JS' },
  { name: '荣军农场', short: '荣军', code: 'RJ' },
  { name: '红五月农场', short: '红五月', code: 'HWY' },
  { name: '七星泡农场', short: '七星泡', code: 'QXP' },
  { name: '嫩北农场', short: '嫩北', code: 'NB' },
  { name: '建边农场', short: '建边', code: 'JB' },
  { name: '跃进农场', short: '跃进', code: 'YJ' },
  { name: '山河农场', short: '山河', code: 'SH' },
  { name: '嫩江农场', short: '嫩江', code: 'NJ' },
];

/**
 * Common surnames in Heilongjiang, most frequent first; the generator weights by position so 王/李/张/刘
 * dominate as they do in real rosters.
 */
// prettier-ignore
export const SURNAMES: readonly string[] = [
  '王', '李', '张', '刘', '陈', '杨', '赵', '于', '孙', '周', '吴', '马', '高', '郭', '黄', '徐', '朱', '姜',
  '曲', '宋', '韩', '冯', '董', '田', '崔', '程', '范', '付', '许', '邓', '曹', '白', '贾', '吕', '潘', '齐',
  '任', '袁', '孟', '单', '鲁', '薛', '谭', '何', '林', '邢', '丁', '侯', '隋', '尹',
];

/** Characters for given names; older and younger generations named differently, so two sets each. */
// prettier-ignore
export const MALE_GIVEN_OLD: readonly string[] = [
  '国', '建', '军', '明', '海', '峰', '林', '东', '春', '立', '志', '永', '成', '庆', '宝', '福', '金', '山',
  '文', '华', '平', '德', '喜', '贵', '学', '忠', '富', '胜', '全', '树', '广', '玉', '长', '振', '洪', '刚',
  '伟', '勇', '强', '斌', '波', '辉', '义', '江', '利', '民', '财', '发',
];
// prettier-ignore
export const MALE_GIVEN_YOUNG: readonly string[] = [
  '磊', '涛', '鹏', '超', '宇', '浩', '杰', '鑫', '博', '晨', '旭', '阳', '龙', '帅', '亮', '凯', '健', '飞',
  '昊', '然', '松', '楠', '思', '佳', '俊', '轩', '明', '伟', '强', '东',
];
// prettier-ignore
export const FEMALE_GIVEN_OLD: readonly string[] = [
  '丽', '红', '霞', '艳', '敏', '静', '娟', '英', '玲', '芳', '燕', '梅', '秀', '兰', '凤', '萍', '华', '玉',
  '春', '桂', '荣', '淑', '彩', '云', '香', '琴', '杰', '波',
];
// prettier-ignore
export const FEMALE_GIVEN_YOUNG: readonly string[] = [
  '洁', '琳', '颖', '雪', '慧', '倩', '婷', '晶', '丹', '欣', '雨', '琪', '悦', '佳', '楠', '月', '爽', '璐',
  '莹', '薇', '蕾', '宁', '娜', '瑶', '思', '新',
];

export const QUARTER_NAMES: readonly string[] = [
  '幸福小区',
  '和谐小区',
  '丰收小区',
  '新华小区',
  '阳光小区',
  '北苑小区',
  '东方小区',
  '康乐小区',
  '兴农小区',
];

/** County-level division codes of Heilongjiang near 九三 (嫩江, 北安, 讷河, 五大连池, 克山, 依安, 拜泉, 龙江). */
// prettier-ignore
export const ID_AREA_CODES: readonly string[] = [
  '231121', '231121', '231121', '231181', '230281', '231182', '230229', '230223', '230231', '230221',
];

// prettier-ignore
export const MOBILE_PREFIXES: readonly string[] = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157',
  '158', '159', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '199',
];

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Chinese ordinal numeral for 1–99 (一, 十, 十一, 二十三): unit names say 第三管理区, not 第3管理区. */
export function zhNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`zhNumber: ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens] ?? ''}十`;
  return head + (DIGITS[ones] ?? '');
}
