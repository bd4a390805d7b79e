import { schemaOnUse } from '../../lib/schema-on-use';

/**
 * The vision forms' rules (the contract's Zod schemas), loaded when a form is first shown:
 * Vision is a page people open first, and its first scripts do not run Zod
 * (docs/decisions/0069-vision-without-zod.md).
 */
const vision = () => import('../../../contracts/vision');

export const purposeBody = schemaOnUse(() => vision().then((m) => m.PurposeBody));
export const createValueBody = schemaOnUse(() => vision().then((m) => m.CreateValueBody));
export const createAspirationBody = schemaOnUse(() => vision().then((m) => m.CreateAspirationBody));
export const assessmentBody = schemaOnUse(() => vision().then((m) => m.AssessmentBody));
