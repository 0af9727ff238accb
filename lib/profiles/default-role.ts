/**
 * The flagship role: scored when the caller names none (the report says which, in `match.profile`).
 * A module of its own so that the web app can name it without loading the pipeline.
 */
export const DEFAULT_ROLE = "ml-engineer";
