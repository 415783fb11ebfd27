import { resolve } from 'node:path';

/** `apps/api`, the same from src (jest) and dist (node): both sit one level below it. */
export const API_ROOT = resolve(__dirname, '../..');
/** The repository root: demo fixtures are read from here, never from outside it. */
export const REPO_ROOT = resolve(API_ROOT, '../..');
