import { z } from 'zod';

/** A store row's id as a request carries it (a briefing, an annotation …): a positive safe integer. */
export const rowId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
