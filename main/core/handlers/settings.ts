import { readAuthorSettings, saveAuthorName } from '../annotations/author';
import type { Handler } from './types';

export const getSettingsHandler = ((_input, { db }) => readAuthorSettings(db)) satisfies Handler<'settings:get'>;

export const setSettingsHandler = (({ authorName }, { db }) => saveAuthorName(db, authorName)) satisfies Handler<'settings:set'>;
