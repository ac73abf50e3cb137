import { useEffect } from 'react';
import { watchLibrary } from '../storage/library-watch';

/**
 * Runs `onChange` after templates, profiles, the active profile or the user change anywhere in the extension (another
 * section of the same page included). Pass a stable callback (useCallback): a new one subscribes again.
 */
export function useLibraryChange(onChange: () => void): void {
  useEffect(() => watchLibrary(onChange), [onChange]);
}
