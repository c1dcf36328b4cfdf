import { createStateStore, type StateStore } from '../ui/state-store';

/** 笔 / 荧光笔 / 橡皮 draw or erase saved ink; 激光笔 only points and leaves nothing. */
export type InkTool = 'pen' | 'highlighter' | 'eraser' | 'laser';

/** Few, quiet colours that sit with the slides' palette: the accent red, the navy, and three for contrast. */
export const inkColours: readonly { readonly value: string; readonly name: string }[] = [
  { value: '#a61f2b', name: '红色' },
  { value: '#14263d', name: '深蓝' },
  { value: '#1f6fb2', name: '蓝色' },
  { value: '#2e7d5b', name: '绿色' },
  { value: '#e0a91b', name: '黄色' },
];

/** Widths as a fraction of the slide width (the stored unit): about 7 px and 28 px on the 1920 px stage. */
export const inkWidths = { pen: 0.0036, highlighter: 0.0145 } as const;

export interface InkToolsState {
  /** The tool in hand; null when the pointer is an ordinary pointer again. */
  readonly tool: InkTool | null;
  readonly penColour: string;
  readonly highlighterColour: string;
}

export type InkToolsStore = StateStore<InkToolsState>;

export function createInkTools(): InkToolsStore {
  return createStateStore<InkToolsState>({ tool: null, penColour: '#a61f2b', highlighterColour: '#e0a91b' });
}

/** Take up `tool`, or put it down when it is already in hand (what the I and L keys do). */
export function toggleTool(tools: InkToolsStore, tool: InkTool): void {
  tools.setState(({ tool: current }) => ({ tool: current === tool ? null : tool }));
}

/** I takes up the pen, or puts down whichever drawing tool is in hand. */
export function toggleInk(tools: InkToolsStore): void {
  tools.setState(({ tool }) => ({ tool: tool === null || tool === 'laser' ? 'pen' : null }));
}

/** The colour the current tool draws with. */
export function colourOf(state: InkToolsState): string {
  return state.tool === 'highlighter' ? state.highlighterColour : state.penColour;
}
