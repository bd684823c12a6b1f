// Defines every element. Each is also built alone as dist/<tag>.js.
export { BrandingChecklist } from './widgets/branding-checklist/branding-checklist.js';
