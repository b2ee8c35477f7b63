import type { Violation } from '@lianxi/rules';
import { Field, ObjectType } from 'type-graphql';
import { AppError } from './errors.js';
import type { Locale } from './i18n.js';

/** A rule check's finding on a record: ERROR refuses the write, WARNING is stored and shown. */
@ObjectType('RuleViolation')
export class RuleViolation {
  @Field(() => String, { description: 'A stable code, e.g. S2.DURATION.EARLY_END_WITHOUT_REASON.' })
  code!: string;

  @Field(() => String, { description: 'ERROR or WARNING.' })
  severity!: string;

  @Field(() => String, { description: 'In the caller\'s language.' })
  message!: string;

  @Field(() => String)
  messageZh!: string;

  @Field(() => String)
  messageEn!: string;
}

export function toRuleViolations(locale: Locale, violations: readonly Violation[]): RuleViolation[] {
  return violations.map((v) =>
    Object.assign(new RuleViolation(), {
      code: v.code,
      severity: v.severity,
      message: v.reason[locale],
      messageZh: v.reason.zh,
      messageEn: v.reason.en,
    }),
  );
}

/**
 * Refuses a write when a rule check found an ERROR: BAD_USER_INPUT naming the field, with every violation's
 * code in `extensions.violations`. Warnings pass; return them with the record.
 */
export function refuseOnErrors(violations: readonly Violation[], field: string): void {
  const errors = violations.filter((v) => v.severity === 'ERROR');
  const first = errors[0];
  if (!first) return;
  throw new AppError('BAD_USER_INPUT', first.reason, {
    field,
    rule: first.code,
    violations: errors.map((v) => ({ code: v.code, message: v.reason })),
  });
}
