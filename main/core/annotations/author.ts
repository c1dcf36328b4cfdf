import { userInfo } from 'node:os';
import type { Db } from '../store/connection';
import { getSetting, setSetting } from '../store/queries/settings';
import { annotationLimits } from '../../shared/annotations';
import type { AuthorSettings } from '../../shared/annotations';

const authorKey = 'author.name';

/** Who writes annotations on this machine until a name is set: the OS account name. */
export function defaultAuthorName(env: NodeJS.ProcessEnv = process.env): string {
  let name = '';
  try {
    name = userInfo().username;
  } catch {
    // userInfo() throws for a uid with no passwd entry (some containers); fall back to the environment.
    name = env.USER ?? env.USERNAME ?? '';
  }
  const trimmed = name.trim().slice(0, annotationLimits.authorChars);
  return trimmed === '' ? '未署名' : trimmed;
}

export function readAuthorSettings(db: Db): AuthorSettings {
  const stored = getSetting(db, authorKey);
  return stored === null
    ? { authorName: defaultAuthorName(), authorNameIsDefault: true }
    : { authorName: stored, authorNameIsDefault: false };
}

/** The display name new annotations are signed with. */
export function currentAuthor(db: Db): string {
  return readAuthorSettings(db).authorName;
}

export function saveAuthorName(db: Db, name: string, now: Date = new Date()): AuthorSettings {
  setSetting(db, authorKey, name, now.toISOString());
  return { authorName: name, authorNameIsDefault: false };
}
