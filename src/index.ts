// Defines every element at once (the demo and tests use it). The package's entry is the lazy
// loader, src/loader.ts (dist/city-widgets.js); each element is built alone as dist/<tag>.js.
export { BrandingChecklist } from './widgets/branding-checklist/branding-checklist.js';
export { CapitalRadar } from './widgets/capital-radar/capital-radar.js';
export { NetworkCompare } from './widgets/network-compare/network-compare.js';
export { DiplomacyCapacity } from './widgets/diplomacy-capacity/diplomacy-capacity.js';
export { TalentGovernance } from './widgets/talent-governance/talent-governance.js';
export { LabourMarketBarriers } from './widgets/labour-market-barriers/labour-market-barriers.js';
export { InclusionActionPlan } from './widgets/inclusion-action-plan/inclusion-action-plan.js';
