import { useRef, type ReactNode } from 'react';

/*
 * The import / export pair every list with a shareable file has (templates, corrections, team rules).
 */

/** Import and export as a JSON file. The chosen file is let go at once, so choosing the same file again imports again. */
export function FileButtons({ importLabel, exportLabel, fileLabel, busy = false, canExport, onExport, onFile, children }: {
  importLabel: string;
  exportLabel: string;
  fileLabel: string;
  busy?: boolean;
  canExport: boolean;
  onExport: () => void;
  onFile: (file: File) => void;
  /** Buttons that come first in the row (the template library's "Novo modelo"). */
  children?: ReactNode;
}) {
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <div className="row">
      {children}
      <button type="button" className="btn" disabled={busy} onClick={() => fileRef.current?.click()}>
        {importLabel}
      </button>
      <button type="button" className="btn" disabled={busy || !canExport} onClick={onExport}>
        {exportLabel}
      </button>
      <input
        ref={fileRef}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label={fileLabel}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
