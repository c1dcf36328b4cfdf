/** Text sizes tried, largest first, for a handout row's notes and annotations that do not fit their box. */
const fitSteps = [1, 0.94, 0.88, 0.82, 0.76, 0.7];

const overflows = (box: HTMLElement): boolean => box.scrollHeight > box.clientHeight + 1;

/**
 * A handout page has room for three slides and their words; long notes are set smaller (down to 70 %)
 * rather than pushed onto a page of their own, so every handout has the same pages. What still does not
 * fit is marked `data-overflow` (the print shows that it is cut, never silently).
 */
export function fitHandoutText(root: ParentNode): void {
  const boxes = [...root.querySelectorAll<HTMLElement>('.handout-text')];
  for (const box of boxes) {
    box.removeAttribute('data-overflow');
    for (const step of fitSteps) {
      box.style.setProperty('--handout-fit', String(step));
      if (!overflows(box)) break;
    }
    if (overflows(box)) box.setAttribute('data-overflow', '');
  }
}
