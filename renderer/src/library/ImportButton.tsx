import { acceptedImportTypes } from './import-controller';

/**
 * The library's import control: an `<input type="file">` that takes every format the readers take and a
 * prepared briefing (`.briefing`), dressed as a button (the label is what is seen and pressed; the input
 * stays in the page for keyboards and tests).
 */
export function ImportButton({ disabled, onFile, children }: { readonly disabled: boolean; readonly onFile: (file: File) => void; readonly children: string }) {
  return (
    <label className="library-import" data-disabled={disabled}>
      <input
        className="visually-hidden"
        type="file"
        accept={acceptedImportTypes}
        disabled={disabled}
        aria-label="导入报告文件"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared at once, so choosing the same file again is a change too (an import after a refusal).
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <span aria-hidden="true">＋</span>
      {children}
    </label>
  );
}
