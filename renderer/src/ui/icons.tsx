import type { JSX } from 'react';

/**
 * The few line icons of the annotation tools, drawn as inline SVG in the text colour (no icon font, no
 * images to fetch). Decorative: the buttons carry the words in their labels.
 */
export type IconName = 'undo' | 'redo' | 'search' | 'close' | 'note' | 'pen' | 'highlighter' | 'eraser' | 'laser' | 'trash' | 'plus';

const paths: Readonly<Record<IconName, JSX.Element>> = {
  undo: <path d="M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />,
  redo: <path d="m15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />,
  search: (
    <>
      <circle cx="11" cy="11" r="6.5" />
      <path d="m20 20-4.2-4.2" />
    </>
  ),
  close: <path d="M6 6l12 12M18 6 6 18" />,
  note: <path d="M5 4.5h14a1.5 1.5 0 0 1 1.5 1.5v9a1.5 1.5 0 0 1-1.5 1.5h-6.5L8 20.5v-4H5A1.5 1.5 0 0 1 3.5 15V6A1.5 1.5 0 0 1 5 4.5ZM8 9h8M8 12.5h5" />,
  pen: <path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L8 18l-4 1 1-4Z" />,
  highlighter: <path d="m9 11 6-6 4 4-6 6M9 11l-4 4v2h4l4-4M9 11l4 4M4 21h8" />,
  eraser: <path d="m7 21-4.3-4.3a1 1 0 0 1 0-1.4l10-10a1 1 0 0 1 1.4 0l5.6 5.6a1 1 0 0 1 0 1.4L11 21M7 21h14M8.5 9.5l6 6" />,
  laser: (
    <>
      <circle cx="12" cy="12" r="3" />
      <path d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3" />
    </>
  ),
  trash: <path d="M4 7h16M9.5 7V4.5h5V7M6.5 7l1 13h9l1-13M10 11v5.5M14 11v5.5" />,
  plus: <path d="M12 5v14M5 12h14" />,
};

export function Icon({ name }: { readonly name: IconName }): JSX.Element {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
        {paths[name]}
      </g>
    </svg>
  );
}
