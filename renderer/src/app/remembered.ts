/** The briefing last opened in this browser profile, so the app reopens it rather than the first one. */
export const rememberedBriefingKey = 'briefing-last-id';

export function rememberedBriefingId(): number | null {
  try {
    const value = Number(localStorage.getItem(rememberedBriefingKey));
    return Number.isSafeInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

export function rememberBriefingId(id: number | null): void {
  try {
    if (id === null) localStorage.removeItem(rememberedBriefingKey);
    else localStorage.setItem(rememberedBriefingKey, String(id));
  } catch {
    // Storage disabled: the app then opens the first briefing, which is fine.
  }
}
