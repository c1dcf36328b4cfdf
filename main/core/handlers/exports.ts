import { exportBriefing } from '../export/index';
import type { Handler } from './types';

/** 导出: the briefing as a file's name, type and bytes; the desktop app or the page saves them. */
export const exportFileHandler = (({ briefingId, format }, { db }) => exportBriefing(db, briefingId, format)) satisfies Handler<'exports:file'>;
