/**
 * The relationship workflow's states in Latvian, by their English name as the execution
 * reports it. Both come from one table in shared/ (next to each other, so a new or renamed
 * state cannot lose its Latvian name).
 */
export { LATVIAN_STATE_NAME } from "@shared/workflow/relationship-state-names";
