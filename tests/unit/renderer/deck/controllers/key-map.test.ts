import { describe, expect, it } from 'vitest';
import { commandForKey, type KeyPress } from '../../../../../renderer/src/deck/controllers/key-map';
import type { Overlay } from '../../../../../renderer/src/deck/engine';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...mods });
const idle = { overlay: 'none' as Overlay, typedNumber: '' };

describe('the key map', () => {
  it.each(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'])('%j goes forward', (key) => {
    expect(commandForKey(press(key), idle)).toBe('next');
  });

  it.each(['ArrowLeft', 'ArrowUp', 'PageUp'])('%j goes back', (key) => {
    expect(commandForKey(press(key), idle)).toBe('prev');
  });

  it('Shift+Space goes back', () => {
    expect(commandForKey(press(' ', { shiftKey: true }), idle)).toBe('prev');
  });

  it.each([
    ['Home', 'first'],
    ['End', 'last'],
    ['g', 'jump'],
    ['G', 'jump'],
    ['o', 'overview'],
    ['Escape', 'escape'],
    ['b', 'black'],
    ['.', 'black'],
    ['w', 'white'],
    ['f', 'fullscreen'],
    ['p', 'presenter'],
    ['?', 'help'],
    ['7', 'digit'],
  ])('%j → %s', (key, command) => {
    expect(commandForKey(press(key), idle)).toBe(command);
  });

  it('Enter after digits jumps; Backspace erases only while digits are typed', () => {
    const typing = { overlay: 'none' as Overlay, typedNumber: '12' };
    expect(commandForKey(press('Enter'), typing)).toBe('commit-number');
    expect(commandForKey(press('Backspace'), typing)).toBe('erase-digit');
    expect(commandForKey(press('Backspace'), idle)).toBeNull();
  });

  it('leaves browser shortcuts and unknown keys alone', () => {
    expect(commandForKey(press('r', { ctrlKey: true }), idle)).toBeNull();
    expect(commandForKey(press('ArrowLeft', { altKey: true }), idle)).toBeNull();
    expect(commandForKey(press('f', { metaKey: true }), idle)).toBeNull();
    expect(commandForKey(press('x'), idle)).toBeNull();
    expect(commandForKey(press('F5'), idle)).toBeNull();
  });

  it('the overview keeps arrows and Enter for its grid, but O and Esc still close it', () => {
    const overview = { overlay: 'overview' as Overlay, typedNumber: '' };
    expect(commandForKey(press('ArrowRight'), overview)).toBeNull();
    expect(commandForKey(press('Enter'), overview)).toBeNull();
    expect(commandForKey(press('3'), overview)).toBeNull();
    expect(commandForKey(press('o'), overview)).toBe('overview');
    expect(commandForKey(press('Escape'), overview)).toBe('escape');
  });

  it('the jump dialog keeps every key but Esc', () => {
    const jump = { overlay: 'jump' as Overlay, typedNumber: '' };
    expect(commandForKey(press('g'), jump)).toBeNull();
    expect(commandForKey(press('ArrowDown'), jump)).toBeNull();
    expect(commandForKey(press('Escape'), jump)).toBe('escape');
  });
});
