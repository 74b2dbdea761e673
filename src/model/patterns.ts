/*
 * The patterns of docs/rubric-format.md and docs/answers-format.md in a module without dependencies: the zod schemas
 * (model/schema.ts) and the zod-free check of an answers file (answers/shape.ts) share them.
 */

// `constructor` and `prototype` would collide with properties every JavaScript object inherits.
export const ID_PATTERN = /^(?!(?:constructor|prototype)$)[a-z0-9][a-z0-9-]*$/;
export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
