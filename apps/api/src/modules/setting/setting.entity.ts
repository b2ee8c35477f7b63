import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Facts about this installation, e.g. when the demo bureau was seeded (so it is seeded once, ever). */
@Entity({ tableName: 'app_setting' })
export class SettingEntity {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'json' })
  value!: unknown;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
