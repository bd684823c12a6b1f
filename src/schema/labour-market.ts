import * as z from 'zod/mini';
import { CITY_LIMITS } from './constants.js';
import { SourceRef, Status, Translations } from './common.js';
import { Work } from './work.js';

export { Work };

const Id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const Text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** Something the book names, in its wording, with where it says so. */
const Sourced = {
  status: Status,
  source: SourceRef,
};

export const Group = z.strictObject({ id: Id, label: Text(200), text: Text(1000), ...Sourced });
export type Group = z.infer<typeof Group>;

/** A stage of an international student's route to work (Table 7.1). */
/** `integration`: Table 7.1's type of labour market integration at this stage, where it gives one. */
export const Stage = z.strictObject({ id: Id, label: Text(200), integration: z.optional(Text(300)), ...Sourced });
export type Stage = z.infer<typeof Stage>;

/** A barrier of section 7.3 (and a few named elsewhere in the chapter). */
export const Barrier = z.strictObject({ id: Id, label: Text(200), text: Text(1500), ...Sourced });
export type Barrier = z.infer<typeof Barrier>;

/**
 * A barrier the book names for one group (and, for students, one stage of Table 7.1), in its own
 * wording. `status: inferred` where the barrier's category is our reading of the wording.
 */
export const GroupBarrier = z.strictObject({
  group: Id,
  stage: z.optional(Id),
  barrier: Id,
  text: Text(1000),
  note: z.optional(Text(1000)),
  ...Sourced,
});
export type GroupBarrier = z.infer<typeof GroupBarrier>;

export const Example = z.strictObject({ name: Text(200), text: Text(1000), city: Text(200), ...Sourced });
export type Example = z.infer<typeof Example>;

/** A type of local initiative of Table 7.2 with the partner cities' example programmes. */
export const Initiative = z.strictObject({ id: Id, label: Text(200), examples: z.array(Example), ...Sourced });
export type Initiative = z.infer<typeof Initiative>;

/**
 * Which initiative addresses which barrier: `stated` where the book says so, `ours` where it is our
 * reading; both carry the reasoning and the lines it rests on.
 */
export const Link = z.strictObject({
  barrier: Id,
  initiative: Id,
  origin: z.enum(['stated', 'ours']),
  note: Text(1000),
  source: SourceRef,
});
export type Link = z.infer<typeof Link>;

type DataLike = {
  groups: { id: string }[];
  stages: { id: string }[];
  barriers: { id: string }[];
  initiatives: { id: string }[];
  groupBarriers: { group: string; stage?: string; barrier: string }[];
  links: { barrier: string; initiative: string }[];
  studentGroup: string;
};

/** Every reference points at an item of the dataset, and ids are unique. */
function checkRefs(d: DataLike, ctx: z.core.$RefinementCtx<DataLike>): void {
  const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', message, path, input: d });
  const ids = (list: { id: string }[], name: string) => {
    const set = new Set<string>();
    list.forEach((x, i) => {
      if (set.has(x.id)) issue([name, i, 'id'], `expected a unique id (${x.id} repeats)`);
      set.add(x.id);
    });
    return set;
  };
  const groups = ids(d.groups, 'groups');
  const stages = ids(d.stages, 'stages');
  const barriers = ids(d.barriers, 'barriers');
  const initiatives = ids(d.initiatives, 'initiatives');
  if (!groups.has(d.studentGroup)) issue(['studentGroup'], 'expected the id of one of groups');
  d.groupBarriers.forEach((g, i) => {
    if (!groups.has(g.group)) issue(['groupBarriers', i, 'group'], 'expected the id of one of groups');
    if (!barriers.has(g.barrier)) issue(['groupBarriers', i, 'barrier'], 'expected the id of one of barriers');
    if (g.stage !== undefined && !stages.has(g.stage)) issue(['groupBarriers', i, 'stage'], 'expected the id of one of stages');
  });
  d.links.forEach((l, i) => {
    if (!barriers.has(l.barrier)) issue(['links', i, 'barrier'], 'expected the id of one of barriers');
    if (!initiatives.has(l.initiative)) issue(['links', i, 'initiative'], 'expected the id of one of initiatives');
  });
}

/** The dataset of `<labour-market-barriers>` (data/labour-market-barriers.json). */
export const LabourMarketData = z
  .strictObject({
    version: z.literal(1),
    id: Id,
    title: Text(300),
    intro: z.optional(Text(2000)),
    work: Work,
    source: SourceRef,
    /** The group whose barriers Table 7.1 gives by stage. */
    studentGroup: Id,
    groups: z.array(Group).check(z.minLength(1), z.maxLength(30)),
    stages: z.array(Stage).check(z.maxLength(10)),
    barriers: z.array(Barrier).check(z.minLength(1), z.maxLength(40)),
    /** Barriers of 7.3 the book says most groups share (L808). */
    shared: z.strictObject({ barriers: z.array(Id), note: Text(1000), status: Status, source: SourceRef }),
    groupBarriers: z.array(GroupBarrier),
    initiatives: z.array(Initiative).check(z.minLength(1), z.maxLength(40)),
    links: z.array(Link),
    /** Barriers no initiative type addresses, and what the book says of them. */
    gapsNote: z.optional(z.strictObject({ text: Text(1500), status: Status, source: SourceRef })),
    translations: z.optional(Translations),
  })
  .check(z.superRefine(checkRefs));
export type LabourMarketData = z.infer<typeof LabourMarketData>;

export { CITY_LIMITS };

/** A city (or a year of it) and the initiative types it has. */
export const CityProfile = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(CITY_LIMITS.id)),
  name: z.string().check(z.maxLength(CITY_LIMITS.name)),
  initiatives: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(200)),
  updatedAt: z.number(),
});
export type CityProfile = z.infer<typeof CityProfile>;

/** What `<labour-market-barriers>` saves per `storage-key`. Which city is open is each tab's own. */
export const LabourMarketState = z.strictObject({
  cities: z.array(CityProfile).check(
    z.minLength(1),
    z.maxLength(CITY_LIMITS.cities),
    z.refine((list) => new Set(list.map((c) => c.id)).size === list.length, { message: 'expected unique city ids' }),
  ),
});
export type LabourMarketState = z.infer<typeof LabourMarketState>;
