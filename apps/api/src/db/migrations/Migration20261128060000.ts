import { Migration } from '@mikro-orm/migrations';

/**
 * The live trips whose conduct checklist is not fully confirmed, indexed: a roll-up reads only these for S1.CONDUCT
 * (check-suspects.ts; the condition here must stay the one it queries, or PostgreSQL will not use the index).
 */
export class Migration20261128060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "research_trip_conduct_suspects" on "research_trip" ("unit_id", "occurred_on") where "deleted_at" is null and not "stationed" and not coalesce("travel_light" and "no_reception" and "no_disturbance", false);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "research_trip_conduct_suspects";`);
  }
}
