import type { DeckEngine } from './engine';
import { useDeckState } from './useDeckState';

/** 逐项显示 / 全部显示 and 动画 开/关 (persisted by the settings-storage controller). */
export function SettingsControls({ deck }: { readonly deck: DeckEngine }) {
  const revealMode = useDeckState(deck, (s) => s.settings.revealMode);
  const animate = useDeckState(deck, (s) => s.settings.animate);
  return (
    <div className="deck-settings" role="group" aria-label="放映设置">
      <button type="button" aria-pressed={revealMode === 'step'} onClick={() => deck.updateSettings({ revealMode: 'step' })}>
        逐项显示
      </button>
      <button type="button" aria-pressed={revealMode === 'all'} onClick={() => deck.updateSettings({ revealMode: 'all' })}>
        全部显示
      </button>
      <button type="button" aria-pressed={animate} onClick={() => deck.updateSettings({ animate: !animate })}>
        动画 {animate ? '开' : '关'}
      </button>
    </div>
  );
}
