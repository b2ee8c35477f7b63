import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageOf } from '../../graphql/pagination.js';
import { DateScalar } from '../../graphql/scalars.js';
import type { DeputyTermEntity } from './deputy-term.entity.js';

@ObjectType('DeputyTerm', { description: 'A Party-congress deputy\'s term (党代表任期).' })
export class DeputyTerm {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => ID, { description: 'The electing unit (选举单位).' })
  electingUnitId!: string;

  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar, { nullable: true })
  to!: string | null;

  @Field(() => Int)
  version!: number;
}

export function toDeputyTerm(e: DeputyTermEntity): DeputyTerm {
  const d = new DeputyTerm();
  d.id = e.id;
  d.personId = e.person.id;
  d.electingUnitId = e.electingUnit.id;
  d.from = e.startsOn;
  d.to = e.endsOn;
  d.version = e.version;
  return d;
}

@ObjectType('DeputyTermPage')
export class DeputyTermPage extends PageOf(DeputyTerm) {}
