import type { annotationLimits } from '../../../main/core/annotations/model';

/**
 * The core's limits (main/core/annotations/model.ts) the editors enforce as you type. Repeated as values
 * because the renderer may import only types from main/; the type pins them to the core's literal values,
 * so a change there that is not made here fails to compile.
 */
export const limits: Pick<typeof annotationLimits, 'bodyChars' | 'authorChars' | 'pointsPerStroke' | 'importBytes'> = {
  bodyChars: 4000,
  authorChars: 64,
  pointsPerStroke: 5000,
  importBytes: 20_971_520,
};
