import './pre-drawn.css';

/** id of the layer the host draws ahead of the app (pre-draw.tsx), over the app until the app has drawn. */
export const preDrawnLayerId = 'pre-drawn-slide';

/**
 * Called once the app's own slide is on screen (or the app shows something else: an error, another view):
 * from then on the app is what is seen, and the pre-drawn copy goes.
 */
export function removePreDrawnLayer(): void {
  document.getElementById(preDrawnLayerId)?.remove();
}
