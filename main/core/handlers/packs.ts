import { exportPack, importPack } from '../briefings/pack';
import type { Handler } from './types';

export const exportPackHandler = (({ briefingId }, { db }) => exportPack(db, briefingId)) satisfies Handler<'packs:export'>;

export const importPackHandler = (({ bytes }, { db }) => importPack(db, bytes)) satisfies Handler<'packs:import'>;
