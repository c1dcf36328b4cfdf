import { searchBriefing } from '../annotations/search';
import type { Handler } from './types';

export const searchHandler = ((input, { db }) => searchBriefing(db, input)) satisfies Handler<'search:query'>;
