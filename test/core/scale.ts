/**
 * Sizes of the core's scale tests: full under `npm test`, small in Stryker's mutant runs, where each of
 * them would run once per mutant it covers (seconds each; docs/mutation.md). Stryker's workers carry
 * STRYKER_MUTATOR_WORKER in their environment. What they check is the same at either size.
 */
export const underMutation = process.env.STRYKER_MUTATOR_WORKER !== undefined;
export const size = (full: number, small: number) => (underMutation ? small : full);
