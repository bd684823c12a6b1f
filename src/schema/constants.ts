// Values the schemas and the elements share, kept apart from the schemas so that an element can use
// them without loading zod: the schemas load only when something needs validating (custom data,
// share links, imports, saved records), never for the bundled data alone.

/** An http(s) URL; anything else (javascript:, data:) is refused. */
export const HTTP_URL = /^https?:\/\/[^\s]+$/i;

/** The answers to a checklist question, in the order shown. */
export const CHECKLIST_ANSWERS = ['yes', 'partly', 'no', 'na'] as const;

/**
 * The limits of what a user enters and saves in a checklist. The UI takes its `maxlength`s, name
 * shortening and unique names from these, so that nothing it saves is refused on the next load.
 */
export const MAX_NOTES = 20000;
export const MAX_LEAD = 500;
export const MAX_ASSESSMENT_NAME = 200;
export const MAX_ASSESSMENT_ID = 100;

/** The six forms of human capital of Welcoming International Talent, ch. 8, in axis order. */
export const CAPITAL_IDS = ['economic', 'social', 'information', 'cultural', 'psychological', 'language'] as const;
/** The answers to a statement of the radar's self-assessment, in the order shown. */
export const RADAR_ANSWERS = ['agree', 'disagree', 'not-sure'] as const;
/** The radar compares at most this many profiles, so that colours and line styles stay distinguishable. */
export const MAX_PROFILES = 4;
/** The longest profile name and id; the UI derives its `maxlength` and name shortening from them. */
export const MAX_PROFILE_NAME = 80;
export const MAX_PROFILE_ID = 40;

/** Limits of a saved action plan; the inputs' `maxlength` comes from here. */
export const PLAN_LIMITS = {
  name: 200,
  id: 100,
  title: 300,
  owner: 200,
  partners: 500,
  notes: 2000,
  actions: 300,
  plans: 50,
} as const;
/** The status of a plan's action. */
export const ACTION_STATUSES = ['planned', 'under-way', 'done'] as const;

/** Limits of the labour-market widget's saved state, also the `maxlength` of the inputs. */
export const CITY_LIMITS = { name: 200, id: 100, cities: 50 } as const;
/** The answers to the plan's readiness questions. */
export const READINESS_ANSWERS = ['yes', 'partly', 'no'] as const;
