/** Closing the libraries a test opened before its folders are removed. */
import type { OpenedLibrary } from '../../src/library.js';

/**
 * Keeps the libraries passed to `track`; `closeAll` closes them (a watching library may still be applying a
 * change or saving into its index folder, and removing that folder meanwhile fails with ENOTEMPTY or leaves
 * files behind) and forgets them.
 */
export function libraryCloser(): { track<T extends OpenedLibrary>(library: T): T; closeAll(): Promise<void> } {
  const opened: OpenedLibrary[] = [];
  return {
    track: (library) => {
      opened.push(library);
      return library;
    },
    closeAll: async () => {
      await Promise.all(opened.splice(0).map((library) => library.close()));
    },
  };
}
