import { describe, expect, it } from 'vitest';
import { historyStep } from '../../../../renderer/src/edit/useUndoKeys';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('the editing view’s undo keys', () => {
  it('reads Ctrl+Z as undo, Ctrl+Shift+Z and Ctrl+Y as redo', () => {
    expect(historyStep(press('z', { ctrlKey: true }))).toBe('undo');
    expect(historyStep(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyStep(press('y', { ctrlKey: true }))).toBe('redo');
  });

  it('takes ⌘ for Ctrl on a Mac', () => {
    expect(historyStep(press('z', { metaKey: true }))).toBe('undo');
  });

  it('leaves other keys alone', () => {
    expect(historyStep(press('z'))).toBeNull();
    expect(historyStep(press('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyStep(press('y', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(historyStep(press('x', { ctrlKey: true }))).toBeNull();
  });
});
